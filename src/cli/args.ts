// Command-line arguments of `npm run -s inspect -- [--out DIR] FILE...`, parsed without
// touching the file system so the rules can be tested alone.

export interface CliArgs {
  out: string | null;
  files: string[];
  help: boolean;
  /** garble detection: 'precise' (default, almost no false flags) or 'thorough' (more recall) */
  garbles: 'precise' | 'thorough';
}

export type ParsedArgs = { ok: true; args: CliArgs } | { ok: false; message: string };

export const USAGE = `usage: npm run -s inspect -- [--out DIR] [--thorough] FILE...

Inspects each FILE (text, HTML, Word or PDF) and writes one gouji.report/1 JSON document
per file to DIR/<name without extension>.json. With a single FILE and no --out, the document
is printed to standard output. --thorough finds more injected characters at the cost of more
false flags. Exit status 1 when some file could not be read.`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const files: string[] = [];
  let out: string | null = null;
  let help = false;
  let garbles: CliArgs['garbles'] = 'precise';
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyFiles) files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a === '-h' || a === '--help') help = true;
    else if (a === '--thorough') garbles = 'thorough';
    else if (a === '-o' || a === '--out') {
      const v = argv[++i];
      if (v === undefined || v === '') return { ok: false, message: `${a} needs a directory` };
      out = v;
    } else if (a.startsWith('--out=')) {
      out = a.slice(6);
      if (!out) return { ok: false, message: '--out needs a directory' };
    } else if (a.startsWith('-') && a !== '-') return { ok: false, message: `unknown option ${a}` };
    else files.push(a);
  }
  if (help) return { ok: true, args: { out, files, help, garbles } };
  if (files.length === 0) return { ok: false, message: 'no FILE given' };
  if (files.length > 1 && out === null) return { ok: false, message: 'several files need --out DIR' };
  return { ok: true, args: { out, files, help, garbles } };
}

/** "reports/海南 2020.txt" → "海南 2020"; a dotfile keeps its name; "a.tar.gz" → "a.tar". */
export function stem(base: string): string {
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Output names for the inputs, unique within one run: a.txt, a.html → a.json, a-2.json. */
export function outputNames(bases: readonly string[]): string[] {
  const used = new Set<string>();
  return bases.map((b) => {
    const s = stem(b) || 'report';
    let name = `${s}.json`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${s}-${n}.json`;
    used.add(name.toLowerCase());
    return name;
  });
}
