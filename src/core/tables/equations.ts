// Table 三's column equations, counted for the split search of glued rows (applications.ts
// settleGlued): how many hold, two per column — the balance (收到 + 上年结转 = 办理结果总计 +
// 结转下年) and the results' total (the result rows add up to 办理结果总计).

/** The plain count over rows keyed by name (the reference the fast scorer is tested against). */
export function equationsHeld(vals: Map<string, number[]>, resultKeys: readonly string[], n: number): number {
  const received = vals.get('newReceived');
  const carried = vals.get('carriedOver');
  const total = vals.get('resultsTotal');
  const forward = vals.get('carriedForward');
  const results = resultKeys.map((k) => vals.get(k));
  let s = 0;
  for (let c = 0; c < n; c++) {
    if ((received?.[c] ?? 0) + (carried?.[c] ?? 0) === (total?.[c] ?? 0) + (forward?.[c] ?? 0)) s++;
    let sum = 0;
    for (const r of results) sum += r?.[c] ?? 0;
    if (sum === (total?.[c] ?? 0)) s++;
  }
  return s;
}

/**
 * The same count, for a search that changes a few rows between counts (up to 5,000 readings
 * per table, many tables in a pasted batch): each row's figures are held by its role in an
 * array, so a count makes no lookup and no array; `set` changes one row. Same sums in the same
 * order as equationsHeld, so the same equalities hold.
 */
export class EquationScorer {
  /** figures by role: 0 received, 1 carried over, 2 results total, 3 carried forward, 4… the results */
  private readonly rows: (number[] | undefined)[];
  /** the roles of each row key (a key may stand in no equation) */
  private readonly roles = new Map<string, number[]>();

  constructor(
    vals: ReadonlyMap<string, number[]>,
    resultKeys: readonly string[],
    private readonly n: number,
  ) {
    const keys = ['newReceived', 'carriedOver', 'resultsTotal', 'carriedForward', ...resultKeys];
    this.rows = keys.map((k) => vals.get(k));
    keys.forEach((k, i) => {
      const r = this.roles.get(k);
      if (r) r.push(i);
      else this.roles.set(k, [i]);
    });
  }

  set(key: string, figures: number[]): void {
    const r = this.roles.get(key);
    if (r) for (const i of r) this.rows[i] = figures;
  }

  score(): number {
    const rows = this.rows;
    const received = rows[0];
    const carried = rows[1];
    const total = rows[2];
    const forward = rows[3];
    let s = 0;
    for (let c = 0; c < this.n; c++) {
      const t = total?.[c] ?? 0;
      if ((received?.[c] ?? 0) + (carried?.[c] ?? 0) === t + (forward?.[c] ?? 0)) s++;
      let sum = 0;
      for (let i = 4; i < rows.length; i++) sum += rows[i]?.[c] ?? 0;
      if (sum === t) s++;
    }
    return s;
  }
}
