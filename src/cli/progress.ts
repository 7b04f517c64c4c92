// Progress on standard error: a bar redrawn in place when stderr is a terminal, plain lines
// (at most one a second, and the last) when it is a file or a pipe.

export interface ProgressOut {
  write: (s: string) => void;
  isTTY: boolean;
  columns?: number;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export class Progress {
  private done = 0;
  private failed = 0;
  /** total inputs, once every PATH has been listed (null while still listing) */
  private total: number | null = null;
  private seen = 0;
  private readonly start: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly out: ProgressOut, private readonly now: () => number = Date.now) {
    this.start = now();
  }

  /** an input was found (the total grows while folders and zips are still being listed) */
  found(): void {
    this.seen++;
  }

  listed(): void {
    this.total = this.seen;
  }

  /** the total, when known before the work starts */
  expect(total: number): void {
    this.total = total;
  }

  /** a line of its own (an error), above the bar */
  line(s: string): void {
    this.clear();
    this.out.write(`${s}\n`);
    this.drawn = false;
    this.draw(true);
  }

  finished(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    this.draw(false);
  }

  private status(): string {
    const secs = Math.max((this.now() - this.start) / 1000, 1e-3);
    const rate = this.done / secs;
    const total = this.total ?? this.seen;
    const left = this.total === null || rate === 0 ? '' : ` · ${duration((this.total - this.done) / rate)} left`;
    const errors = this.failed ? ` · ${this.failed} unreadable` : '';
    return `${this.done}/${total}${this.total === null ? '+' : ''} reports · ${rate.toFixed(1)}/s${left}${errors}`;
  }

  private clear(): void {
    if (this.out.isTTY && this.drawn) this.out.write('\r\x1b[K');
  }

  private draw(force: boolean): void {
    const t = this.now();
    const last = this.total !== null && this.done === this.total;
    if (this.out.isTTY) {
      if (!force && !last && t - this.lastDraw < 100) return;
      this.lastDraw = t;
      // no bar while the total is unknown (a zip still streaming): a bar would only guess
      const width = Math.max(10, Math.min(30, (this.out.columns ?? 80) - 60));
      const fill = this.total === null ? 0 : Math.round((width * this.done) / Math.max(this.total, 1));
      const bar = this.total === null ? '' : `[${'#'.repeat(fill)}${'.'.repeat(Math.max(0, width - fill))}] `;
      this.out.write(`\r\x1b[K${bar}${this.status()}`);
      this.drawn = true;
      return;
    }
    if (force) return;
    if (!last && t - this.lastDraw < 1000) return;
    this.lastDraw = t;
    this.out.write(`gouji: ${this.status()}\n`);
  }

  /** the closing line */
  end(summary: string): void {
    this.clear();
    this.out.write(`gouji: ${summary} in ${duration((this.now() - this.start) / 1000)}\n`);
  }
}
