// The command line's work: list the inputs, inspect them on a pool of worker threads with the
// same core the browser uses, write each document as it is done, then the batch document
// (DIR/batch.json) and the summary CSV. Returns the exit status.
import { availableParallelism } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { batchDocument, batchJsonText, ChainBook, summaryCsv, type ChainInput, type SummaryRow } from '../core/batch';
import { OutputNames, parseArgs, USAGE, USAGE_LINE } from './args';
import { countInputs, expand, isSingleFile, type ExpandStats } from './inputs';
import type { Job, JobOptions, JobResult } from './job';
import { makeRunner } from './pool';
import { Progress } from './progress';
import { RunTimes } from './times';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: draw a bar */
  stderrIsTTY?: boolean;
  columns?: number;
}

/**
 * The next input is looked up (stat, readdir, a zip member) while the current one is being
 * inspected, instead of after: with --jobs 1 the listing would otherwise come between reports.
 */
function prefetch<T>(it: AsyncIterator<T>): () => Promise<IteratorResult<T>> {
  let pending = it.next();
  return () => {
    const got = pending;
    pending = got.then((r) => (r.done ? r : it.next()));
    pending.catch(() => {}); // a failure is thrown to the caller that awaits it, once
    return got;
  };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`gouji: ${parsed.message}\n${USAGE_LINE}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const print = args.out === null && args.summary === null;
  if (print && !(await isSingleFile(args.files))) {
    io.stderr(`gouji: several reports (a folder, a zip or more than one file) need --out DIR or --summary FILE.csv\n${USAGE_LINE}\n`);
    return 2;
  }
  if (args.out !== null) await mkdir(args.out, { recursive: true });

  const opts: JobOptions = { out: args.out, text: args.text, garbles: args.garbles, print, times: args.times };
  const times = args.times ? new RunTimes() : null;
  const jobs = print ? 1 : (args.jobs ?? Math.max(1, availableParallelism()));
  // GOUJI_CLI_POOL=threads: a worker thread even for --jobs 1 (the benchmark compares both ways)
  const runner = makeRunner(opts, jobs, jobs > 1 || (!print && process.env.GOUJI_CLI_POOL === 'threads'));
  const progress = print ? null : new Progress({ write: io.stderr, isTTY: io.stderrIsTTY === true, columns: io.columns });
  const stats: ExpandStats = { skipped: 0 };
  // the total is counted beside the work (a quick walk by name), not before it
  const counted = progress
    ? countInputs(args.files).then(
        (total) => total !== null && progress.expect(total),
        () => {},
      )
    : null;
  const names = new OutputNames();
  const rows: SummaryRow[] = [];
  const chains: ChainInput[] = [];
  // each link is judged as soon as both its reports are back, while the threads work on the
  // next ones (this thread is mostly idle then), not all after the pool
  const book = new ChainBook();
  let failed = 0;
  let missing = 0;

  // The inputs are listed lazily; each lane (the runner keeps each thread DEPTH jobs ahead)
  // takes the next one when it is free.
  const inputs = prefetch(expand(args.files, stats));
  let index = 0;
  let listing = true;
  const next = async (): Promise<Job | null> => {
    times?.started();
    const t0 = performance.now();
    const n = await inputs();
    if (times) times.main.listing = (times.main.listing ?? 0) + performance.now() - t0;
    if (n.done) {
      if (listing) progress?.listed();
      listing = false;
      return null;
    }
    progress?.found();
    const input = n.value;
    if ('error' in input && input.missing) missing++;
    const job: Job = { index: index++, file: input.file, base: input.base, json: args.out === null ? null : names.next(input.base) };
    if ('path' in input) job.path = input.path;
    else if ('bytes' in input) job.bytes = input.bytes;
    else job.error = input.error;
    return job;
  };
  const done = (r: JobResult) => {
    if (r.times) times?.add(r.times);
    rows[r.index] = r.row;
    chains[r.index] = r.chain;
    if (!print) {
      const t0 = performance.now();
      book.add(r.chain);
      if (times) times.main.links = (times.main.links ?? 0) + performance.now() - t0;
    }
    if (r.row.error !== null) {
      failed++;
      const line = `gouji: ${r.row.file}: ${r.row.error}`;
      if (progress) progress.line(line);
      else io.stderr(`${line}\n`);
    }
    if (r.printed !== undefined) io.stdout(r.printed);
    progress?.finished(r.row.error === null);
  };
  const lane = async () => {
    for (let job = await next(); job !== null; job = await next()) done(await runner.run(job));
  };
  try {
    await Promise.all(Array.from({ length: runner.lanes }, lane));
  } finally {
    await runner.close();
  }
  await counted;

  const onMain = <T>(name: string, f: () => T | Promise<T>) => (times ? times.onMain(name, f) : f());
  if (!print) {
    const chainList = await onMain('chains', () => book.chains(chains));
    const out = args.out;
    if (out !== null) await onMain('batch.json', () => writeFile(join(out, 'batch.json'), batchJsonText(batchDocument(rows, chainList)), 'utf8'));
    const summary = args.summary;
    if (summary !== null) await onMain('summary', () => writeFile(summary, summaryCsv(rows), 'utf8'));
    const skipped = stats.skipped ? `, ${stats.skipped} hidden files skipped` : '';
    const links = chainList.reduce((n, c) => n + c.checks.filter((k) => k.status === 'fail').length, 0);
    const where = runner.threads > 0 ? `${runner.threads} worker threads` : 'one thread';
    progress?.end(`${rows.length} reports, ${failed} unreadable, ${chainList.length} bodies, ${links} failed year-chain checks${skipped} (${where})`);
  }
  if (times) io.stderr(`gouji: ${times.text()}\n`);
  if (missing > 0) io.stderr(`${USAGE_LINE}\n`);
  return failed > 0 ? 1 : 0;
}
