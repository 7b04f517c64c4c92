// Sort keys for the grid's text columns. Comparing two Chinese strings through Intl.Collator
// costs far more than comparing two numbers, and a sort of 5,000 rows makes ~60,000 comparisons
// (every click, every flush into a sorted grid). Here each distinct value gets its rank in the
// collator's order once: a sort then compares ranks, and only a value never seen before costs
// collator calls (a binary search, ~13 of them among 5,000 values).

/** A group of values the collator holds equal (same rank: the sort keeps their input order). */
interface Group {
  value: string;
  rank: number;
}

export class CollationRanks {
  private readonly groups: Group[] = [];
  private readonly byValue = new Map<string, Group>();
  /** groups were inserted since the ranks were last numbered (numbered when next read) */
  private stale = false;

  constructor(private readonly compare: (a: string, b: string) => number) {}

  /** Give every value not seen before its place among the others. */
  add(values: Iterable<string>): void {
    for (const v of values) this.addOne(v);
  }

  has(v: string): boolean {
    return this.byValue.has(v);
  }

  /** One value's place (a binary search: ~log2(size) collator calls when it is new). */
  addOne(v: string): void {
    if (this.byValue.has(v)) return;
    // the first group whose value is not below v
    let lo = 0;
    let hi = this.groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.groups[mid]!.value, v) < 0) lo = mid + 1;
      else hi = mid;
    }
    const at = this.groups[lo];
    if (at && this.compare(at.value, v) === 0) {
      this.byValue.set(v, at);
      return;
    }
    const g: Group = { value: v, rank: 0 };
    this.groups.splice(lo, 0, g);
    this.byValue.set(v, g);
    this.stale = true;
  }

  /** The rank of a value given to add() (values the collator holds equal share one). */
  rank(v: string): number {
    const g = this.byValue.get(v);
    if (!g) throw new Error('CollationRanks: a value was not added before the sort');
    if (this.stale) {
      for (let i = 0; i < this.groups.length; i++) this.groups[i]!.rank = i;
      this.stale = false;
    }
    return g.rank;
  }

  get size(): number {
    return this.byValue.size;
  }
}
