// --times: where a run's time went, so a slow run can be told apart — start-up, reading,
// inspecting (the core), JSON, writing, and the main thread's own work (listing and handing
// out jobs, the year chains, batch.json, the summary CSV). Stage times are summed over the
// threads that ran them (wall time on each thread: on a busy machine they include waiting).
import type { StageTimes } from './job';

const ms = (x: number) => x.toFixed(0);

export class RunTimes {
  readonly stages = { read: 0, inspect: 0, json: 0, write: 0 };
  /** inspect time of each thread's first report (loading the core's data, compiling) */
  firstInspect = 0;
  reports = 0;
  /** per thread: ms from its start until the core had loaded */
  readonly coreLoaded: number[] = [];
  /** ms from the process's start to the first job handed out */
  startup: number | null = null;
  readonly main: Record<string, number> = {};

  started(): void {
    this.startup ??= performance.now();
  }

  add(t: StageTimes): void {
    this.reports++;
    this.stages.read += t.read;
    this.stages.json += t.json;
    this.stages.write += t.write;
    if (t.loadedAt !== undefined) this.coreLoaded.push(t.loadedAt);
    if (t.first) this.firstInspect += t.inspect;
    else this.stages.inspect += t.inspect;
  }

  /** time `f` as the main thread's stage `name` */
  async onMain<T>(name: string, f: () => T | Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      this.main[name] = (this.main[name] ?? 0) + performance.now() - t0;
    }
  }

  /** one line: "times (ms): start-up 180; per report …" */
  text(): string {
    const s = this.stages;
    const per = (x: number) => (this.reports ? (x / this.reports).toFixed(2) : '0');
    const main = Object.entries(this.main).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
    return (
      `times (ms, process start = 0): first job handed out at ${this.startup === null ? '—' : ms(this.startup)}; ` +
      `core loaded ${this.coreLoaded.map(ms).join(', ')} ms after its thread started; ` +
      `summed over ${this.reports} reports: read ${ms(s.read)}, inspect ${ms(s.inspect)} + ${ms(this.firstInspect)} for each thread's first report (loads the lexicon), JSON ${ms(s.json)}, write ${ms(s.write)}; ` +
      `per report: read ${per(s.read)}, inspect ${per(s.inspect + this.firstInspect)}, JSON ${per(s.json)}, write ${per(s.write)}; ` +
      `main thread: ${main}; end ${ms(performance.now())}`
    );
  }
}
