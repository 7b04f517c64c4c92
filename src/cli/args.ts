// Command-line arguments of `npm run -s inspect -- [options] PATH...`, parsed without touching
// the file system so the rules can be tested alone.

export interface CliArgs {
  out: string | null;
  /** the summary CSV to write, or null */
  summary: string | null;
  /** worker threads; null = one per core */
  jobs: number | null;
  /** files, folders (recursed) or .zip archives, as given */
  files: string[];
  help: boolean;
  /** garble detection: 'precise' (default, almost no false flags) or 'thorough' (more recall) */
  garbles: 'precise' | 'thorough';
  /** false with --no-text: per-report JSON without `text` and `cleanedText` */
  text: boolean;
  /** --times: where the time went, per stage, on standard error at the end */
  times: boolean;
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; message: string };

export const USAGE_LINE = 'usage: npm run -s inspect -- [--out DIR] [--summary FILE.csv] [--jobs N] [--thorough] [--no-text] [--times] PATH...';

export const USAGE = `${USAGE_LINE}

Inspects each PATH — a file (text, HTML, Word or PDF), a folder (read recursively) or a .zip —
with the same core as the browser app.
  --out DIR          one gouji.report/1 JSON document per report, DIR/<name>.json, and
                     DIR/batch.json (gouji.batch/1: a row per report and the year chains)
  --summary FILE     the summary CSV, one row per report (UTF-8 with BOM, as the browser writes)
  --jobs N           worker threads (default: one per core)
  --thorough         find more injected characters, at the cost of more false flags
  --no-text          leave text and cleanedText out of the per-report documents (bulk runs)
  --times            at the end, the time spent per stage (start-up, read, inspect, JSON, write)
With a single file and neither --out nor --summary, the document is printed to standard output.
Progress goes to standard error. Exit status 1 when some file could not be read, 2 on a usage error.`;

function value(argv: readonly string[], i: number, a: string): { v: string; next: number } | null {
  const eq = a.indexOf('=');
  if (a.startsWith('--') && eq > 0) return { v: a.slice(eq + 1), next: i };
  const v = argv[i + 1];
  return v === undefined ? null : { v, next: i + 1 };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: CliArgs = { out: null, summary: null, jobs: null, files: [], help: false, garbles: 'precise', text: true, times: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyFiles) {
      args.files.push(a);
      continue;
    }
    const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (a === '--') onlyFiles = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--thorough') args.garbles = 'thorough';
    else if (a === '--no-text') args.text = false;
    else if (a === '--times') args.times = true;
    else if (name === '-o' || name === '--out' || name === '--summary' || name === '--jobs' || name === '-j') {
      const got = value(argv, i, a);
      if (got === null || got.v === '') return { ok: false, message: `${name} needs ${name === '--jobs' || name === '-j' ? 'a number' : name === '--summary' ? 'a file' : 'a directory'}` };
      i = got.next;
      if (name === '--summary') args.summary = got.v;
      else if (name === '--jobs' || name === '-j') {
        if (!/^[1-9]\d{0,3}$/.test(got.v)) return { ok: false, message: `--jobs needs a whole number from 1, not ${got.v}` };
        args.jobs = Number(got.v);
      } else args.out = got.v;
    } else if (a.startsWith('-') && a !== '-') return { ok: false, message: `unknown option ${a}` };
    else args.files.push(a);
  }
  if (args.help) return { ok: true, args };
  if (args.files.length === 0) return { ok: false, message: 'no PATH given' };
  return { ok: true, args };
}

/** "reports/海南 2020.txt" → "海南 2020"; a dotfile keeps its name; "a.tar.gz" → "a.tar". */
export function stem(base: string): string {
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Output names, unique within one run (case-insensitively): a.txt, a.html → a.json, a-2.json. */
export class OutputNames {
  private readonly used = new Set<string>();
  next(base: string): string {
    const s = stem(base) || 'report';
    let name = `${s}.json`;
    for (let n = 2; this.used.has(name.toLowerCase()) || name.toLowerCase() === 'batch.json'; n++) name = `${s}-${n}.json`;
    this.used.add(name.toLowerCase());
    return name;
  }
}

export function outputNames(bases: readonly string[]): string[] {
  const names = new OutputNames();
  return bases.map((b) => names.next(b));
}
