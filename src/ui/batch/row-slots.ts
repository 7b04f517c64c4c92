// The grid's DOM rows, recycled while it scrolls (batch-grid.tsx).
/**
 * Which DOM row (slot) shows which report while the grid scrolls. A row that stays in view keeps
 * its slot, so React leaves it alone; a row scrolled in takes the slot of one scrolled out, so
 * React changes that element's text and position instead of removing one element and building
 * another. (Keys by index modulo a fixed number gave entering rows keys no row had; modulo the
 * rows shown moved every row to another slot whenever that count changed by one.)
 */
export class RowSlots {
  private slots = new Map<string, number>();
  private next = 0;

  /** the slot of each id shown now, keeping those of ids shown before */
  assign(ids: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const id of ids) {
      const s = this.slots.get(id);
      if (s !== undefined) out.set(id, s);
    }
    const taken = new Set(out.values());
    const free = [...this.slots.values()].filter((s) => !taken.has(s)).sort((a, b) => a - b);
    for (const id of ids) if (!out.has(id)) out.set(id, free.shift() ?? this.next++);
    this.slots = out;
    return out;
  }
}
