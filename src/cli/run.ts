// The command line's work: read each file, inspect it with the same core the browser uses,
// write its gouji.report/1 document (or the error document). Returns the exit status.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { inspectBytes } from '../core/inspect';
import { reportJsonText } from '../core/export/report-json';
import type { ErrorDocument, ReportDocument } from '../core/types';
import { outputNames, parseArgs, USAGE } from './args';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

function readFailure(file: string, e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return `文件不存在（no such file: ${file}）`;
  if (code === 'EISDIR') return `这是一个目录，不是文件（is a directory: ${file}）`;
  if (code === 'EACCES' || code === 'EPERM') return `没有读取权限（permission denied: ${file}）`;
  return `无法读取文件（could not read ${file}: ${e instanceof Error ? e.message : String(e)}）`;
}

async function inspectFile(file: string, mode: 'precise' | 'thorough'): Promise<ReportDocument | ErrorDocument> {
  const name = basename(file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    return { schema: 'gouji.report/1', error: readFailure(file, e), source: { name } };
  }
  try {
    return await inspectBytes(bytes, name, { garbles: { mode } });
  } catch (e) {
    // A bug in a stage must cost one file, not the whole run.
    const detail = e instanceof Error ? e.message : String(e);
    return { schema: 'gouji.report/1', error: `检查失败（inspection failed: ${detail}）`, source: { name, bytes: bytes.length } };
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`gouji: ${parsed.message}\n${USAGE}\n`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.out !== null) await mkdir(args.out, { recursive: true });
  const names = outputNames(args.files.map((f) => basename(f)));
  let failed = 0;
  for (let i = 0; i < args.files.length; i++) {
    const file = args.files[i];
    const doc = await inspectFile(file, args.garbles);
    if ('error' in doc) {
      failed++;
      io.stderr(`gouji: ${file}: ${doc.error}\n`);
    }
    const json = reportJsonText(doc);
    if (args.out === null) io.stdout(json);
    else await writeFile(join(args.out, names[i]), json, 'utf8');
  }
  return failed > 0 ? 1 : 0;
}
