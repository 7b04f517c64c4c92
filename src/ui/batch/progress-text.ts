// Figures of a running batch: reports per second and time left, from what is done so far.
export interface RunFigures {
  rate: number | null;
  /** seconds left, or null until a rate is known */
  etaSeconds: number | null;
}

export function runFigures(done: number, total: number, elapsedMs: number): RunFigures {
  if (done === 0 || elapsedMs <= 0) return { rate: null, etaSeconds: null };
  const rate = done / (elapsedMs / 1000);
  return { rate, etaSeconds: Math.max(0, (total - done) / rate) };
}

/** 75 → {m:1, s:15}; under a minute → {m:0, s} */
export function splitSeconds(seconds: number): { m: number; s: number } {
  const t = Math.round(seconds);
  return { m: Math.floor(t / 60), s: t % 60 };
}

/** bytes as B / KB / MB / GB (1024-based, one decimal from MB) */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
