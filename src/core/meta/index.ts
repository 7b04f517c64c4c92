// Report metadata: the reporting body (simplified script, sliced from the folded text), the
// year reported on (not the signing date), the template format and the script. Read on the text
// with the garbles the detector is sure of taken out (spans still point into the text shown),
// every piece of evidence weighed: the title, the statistics period, the signature (name and
// signing date), the body's own wording, the template; `decidedBy` says which evidence agreed.
import type { Format, Garble, Meta, MetaEvidence, Section, Span } from '../types';
import type { TextContext } from '../context';
import { detectScript } from '../normalize/script';
import { foldChar } from '../normalize/fold';
import { compiler, isAgencyName, publisher, recurringSubject, signature, subjectCounts, type Found } from './agency';
import { cleanPos, cleanView, joinWrapped, origSpan, type CleanView } from './clean';
import { findTitles, type Title } from './title';
import { repairName, type NameWords } from './repair';
import { bodyYear, parseYear, statisticsYear } from './year';
import { formatFromText } from './format';

/** Where a title may stand: before the first section heading (or near the start). */
function headEnd(view: CleanView, sections: Section[]): number {
  const first = sections.length ? Math.min(...sections.map((s) => s.headingSpan[0])) : -1;
  return first > 0 ? cleanPos(view, first) : Math.min(view.folded.length, 5000);
}

/**
 * The titles before `head`; when none names the body, the head is read again with its wrapped
 * lines joined (converters break a title over two or three lines), spans mapped back to `view`.
 */
function readTitles(view: CleanView, head: number): Title[] {
  const titles = findTitles(view.folded, 0, head);
  const joined = joinWrapped(view, 0, head, (line) => AGENCY_TAIL.test(line));
  if (joined === view) return titles;
  const back = (sp: Span): Span => [cleanPos(view, joined.orig.at(sp[0])!), cleanPos(view, joined.orig.at(Math.max(sp[0], sp[1] - 1))!) + (sp[1] > sp[0] ? 1 : 0)];
  const more = findTitles(joined.folded, 0, cleanPos(joined, view.orig.at(head)!)).map((t) => ({
    agency: t.agency && { value: t.agency.value, span: back(t.agency.span) },
    year: t.year && { value: t.year.value, span: back(t.year.span) },
    span: back(t.span),
  }));
  const plain = titles.find((t) => t.agency)?.agency;
  const wrapped = more.find((t) => t.agency)?.agency;
  if (!wrapped) return titles;
  // the joined reading wins when the plain one found nothing or only the name's last line
  if (!plain || (wrapped.span[0] < plain.span[0] && wrapped.span[1] >= plain.span[1])) return more;
  return titles;
}

/** a line ending with a whole name (市政府, 公安局): the line after it is not its wrapped tail */
const AGENCY_TAIL = /(?:政府|办公厅|办公室|委员会|局|厅|委|署|院|部|处|所|中心|街道|办事处)$/;

interface Piece<T> {
  kind: MetaEvidence;
  found: Found<T>;
  weight: number;
  /** runs injected in the name were taken out (repair.ts) */
  repaired?: boolean;
  /** what the clean view took out inside the name's span ('' nothing) */
  removed?: string;
}

// how far each kind of evidence is trusted (a title outweighs any one other; two others agreeing
// outweigh a title — a damaged title year loses to the period and the signing date)
const YEAR_WEIGHT: Record<string, number> = { title: 4, period: 3, signature: 2, body: 1 };
const AGENCY_WEIGHT: Record<string, number> = { title: 4, signature: 3, subject: 2, publisher: 1, mention: 1 };

/** what a short form drops from a body's name (某县[人民]政府, 某市卫生健康[员会] → 委): not injected */
const SHORT_FORM_GAP = /^(?:人民|员会|公室|公厅)$/;

/**
 * Whether `short` is `long` with a few runs of characters taken out (injected runs): the same
 * first and last characters, every character of `short` in order in `long`, at most three gaps.
 */
function runsInside(short: string, long: string): boolean {
  return gapsInside(short, long) !== null;
}

/** The runs `long` holds beyond `short` when runsInside(short, long), else null. */
function gapsInside(short: string, long: string): string[] | null {
  if (short.length >= long.length || short.length < 2) return null;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return null;
  let j = 0;
  const gaps: string[] = [];
  let inGap = false;
  for (let i = 0; i < long.length; i++) {
    if (j < short.length && long[i] === short[j]) {
      j++;
      inGap = false;
    } else if (!inGap) {
      inGap = true;
      gaps.push(long[i]!);
    } else gaps[gaps.length - 1] += long[i]!;
  }
  return j === short.length && gaps.length <= 3 && !gaps.every((g) => SHORT_FORM_GAP.test(g)) ? gaps : null;
}

/** The folded characters the clean view took out inside a span of it (a name's removed runs). */
function removedInside(view: CleanView, folded: string, span: Span): string {
  let out = '';
  for (let i = span[0] + 1; i < span[1]; i++) {
    const a = view.orig.at(i - 1)!;
    const b = view.orig.at(i)!;
    if (b > a + 1) out += folded.slice(a + 1, b);
  }
  return out;
}

/**
 * A name that does not end like a body's because the detector took its last character with the
 * run injected right after it (九江市医疗保障[峘罦淺貺局]2021年 read as a run): the name with the
 * run's last one to three characters, when that ends like a body's name.
 */
function lastCharTaken(view: CleanView, folded: string, found: Found<string>): Found<string> | null {
  const [s, e] = found.span;
  if (e <= s) return null;
  const a = view.orig.at(e - 1)!;
  const b = view.orig.at(e)!;
  const run = folded.slice(a + 1, b);
  for (let k = 1; k <= Math.min(3, run.length - 1); k++) {
    const name = found.value + run.slice(-k);
    if (isAgencyName(name, true)) return { value: name, span: found.span };
  }
  return null;
}

/**
 * A name with runs injected that the detector missed, read as words with them taken out; a name
 * printed the same way twice or more is as printed (injected runs do not repeat).
 */
function repairPiece(p: Piece<string>, words: NameWords, folded: string): void {
  const v = p.found.value;
  if (!isAgencyName(v, true) || folded.indexOf(v) !== folded.lastIndexOf(v)) return;
  const fixed = repairName(words, v);
  if (fixed && isAgencyName(fixed, true)) {
    p.found = { value: fixed, span: p.found.span };
    p.repaired = true;
  }
}

function decideAgency(pieces: Piece<string>[]): { found: Found<string>; by: MetaEvidence[] } | null {
  if (pieces.length === 0) return null;
  const overCleaned = (v: string, u: string, gaps: string[]) =>
    pieces.some((p) => p.found.value === u && !p.removed) &&
    pieces.every((p) => p.found.value !== v || (p.removed !== undefined && p.removed !== '' && gaps.every((g) => p.removed!.includes(g))));
  // a name with a run injected inside it is the same name: it votes for the clean one
  const score = new Map<string, { w: number; by: MetaEvidence[]; first: Piece<string> }>();
  for (const p of pieces) {
    const v = p.found.value;
    const e = score.get(v) ?? { w: 0, by: [], first: p };
    e.w += p.weight;
    if (!e.by.includes(p.kind)) e.by.push(p.kind);
    if (p.repaired && !e.by.includes('words')) e.by.push('words');
    score.set(v, e);
  }
  for (const [v, e] of score) {
    for (const [u, f] of score) {
      const gaps = u !== v ? gapsInside(v, u) : null;
      if (!gaps) continue;
      // the detector took out a run that held a character of the name (市场[愄氛溫闀] taken out
      // whole as 场愄氛溫闀): where the longer name is printed whole elsewhere, the short one is
      // the damaged reading and votes for it
      const [to, from] = overCleaned(v, u, gaps) ? [f, e] : [e, f];
      to.w += from.w;
      for (const k of from.by) if (!to.by.includes(k)) to.by.push(k);
    }
  }
  let best: { w: number; by: MetaEvidence[]; first: Piece<string> } | null = null;
  for (const e of score.values()) if (!best || e.w > best.w) best = e;
  return { found: best!.first.found, by: best!.by };
}

function decideYear(pieces: Piece<number>[], format: Format): { found: Found<number>; by: MetaEvidence[] } | null {
  if (pieces.length === 0) return null;
  const score = new Map<number, { w: number; by: MetaEvidence[]; first: Piece<number> }>();
  for (const p of pieces) {
    const e = score.get(p.found.value) ?? { w: 0, by: [], first: p };
    e.w += p.weight;
    e.by.push(p.kind);
    // the span shows the year as printed: a signing date's year is the next one
    if (e.first.kind === 'signature' && p.kind !== 'signature') e.first = p;
    score.set(p.found.value, e);
  }
  // the template narrows the years: 2019's for 2019–2020, 2021's from 2021 on
  if (format === '2019' || format === '2021') {
    for (const [y, e] of score) {
      if ((format === '2019' && (y === 2019 || y === 2020)) || (format === '2021' && y >= 2021)) {
        e.w += 0.5;
        e.by.push('template');
      }
    }
  }
  let best: { w: number; by: MetaEvidence[]; first: Piece<number> } | null = null;
  for (const e of score.values()) if (!best || e.w > best.w) best = e;
  return { found: best!.first.found, by: best!.by };
}

/**
 * `garbles`: the detector's finds on this text (the pipeline runs it first); those it is sure of
 * are taken out before reading, as are invisible characters, U+FFFD and markup in any case.
 * `words` (the detector's lexicon and gazetteer, given when the document is damaged): names
 * that do not read as words lose the runs injected in them (repair.ts).
 */
export function detectMeta(ctx: TextContext, sections: Section[], format: Format, garbles: readonly Garble[] = [], words?: NameWords): Meta {
  const view = cleanView(ctx, garbles);
  const folded = view.folded;
  const head = headEnd(view, sections);
  const titles = readTitles(view, head);
  // A title that gives both wins over one that gives half (chrome may quote other titles).
  const full = titles.find((t) => t.agency && t.year);
  const titleAgency = full?.agency ?? titles.find((t) => t.agency)?.agency ?? null;
  const titleYear = full?.year ?? titles.find((t) => t.year)?.year ?? null;
  const sig = signature(folded);

  const agencies: Piece<string>[] = [];
  // a title's name need not end like a body's (海关, 学校 …), but one that does not is weak
  // evidence: characters injected between the year and 政府信息公开 read as a name otherwise
  const titleName = titleAgency && !isAgencyName(titleAgency.value, true) ? (lastCharTaken(view, ctx.folded, titleAgency) ?? titleAgency) : titleAgency;
  // (a name given back a character the detector took is a repair: decidedBy says 'words'; its
  // span stays the part printed outside the run, which the clean view can map back)
  if (titleName) agencies.push({ kind: 'title', found: titleName, weight: isAgencyName(titleName.value, true) ? AGENCY_WEIGHT.title! : 1, repaired: titleName !== titleAgency || undefined });
  if (sig.agency) agencies.push({ kind: 'signature', found: sig.agency, weight: AGENCY_WEIGHT.signature! });
  const counts = subjectCounts(folded); // counted once for both questions below
  const subject = recurringSubject(folded, 2, counts);
  if (subject) agencies.push({ kind: 'subject', found: subject, weight: AGENCY_WEIGHT.subject! });
  // named once in the body ("2023年，XX局…"): weak alone, but it is the clean form of a name
  // printed elsewhere with a run injected (decideAgency lets that one vote for it)
  const once = subject ? null : recurringSubject(folded, 1, counts);
  if (once) agencies.push({ kind: 'subject', found: once, weight: AGENCY_WEIGHT.mention! });
  // (only a name no other piece explains: a clean form printed elsewhere already outvotes it)
  if (words) for (const p of agencies) if (!agencies.some((q) => runsInside(q.found.value, p.found.value))) repairPiece(p, words, folded);
  // the compiler or contact the prose names: the clean full name beside a subject's short form;
  // a mention's weight, since a government's office compiles and signs for the government
  // (title 县人民政府, contact and signature 县人民政府办公室: the title must still win)
  // and the full form of a subject's short form (由青石市浦口区教育局办公室编制; 2024年，区教育局…)
  // takes that subject's vote
  const comp = compiler(folded);
  if (comp) {
    const short = agencies.findIndex((p) => p.kind === 'subject' && p.found.value.length < comp.value.length && comp.value.endsWith(p.found.value));
    const weight = AGENCY_WEIGHT.mention! + (short >= 0 ? agencies[short]!.weight : 0);
    if (short >= 0) agencies.splice(short, 1);
    agencies.push({ kind: 'body', found: comp, weight });
  }
  if (agencies.length === 0) {
    const pub = publisher(folded, head);
    if (pub) agencies.push({ kind: 'publisher', found: pub, weight: AGENCY_WEIGHT.publisher! });
  }

  const years: Piece<number>[] = [];
  if (titleYear) years.push({ kind: 'title', found: titleYear, weight: YEAR_WEIGHT.title! });
  const period = statisticsYear(folded);
  if (period) years.push({ kind: 'period', found: period, weight: YEAR_WEIGHT.period! });
  if (sig.date) {
    // signed early in the next year, as reports are
    const v = parseYear(sig.date.value);
    if (Number.isFinite(v)) years.push({ kind: 'signature', found: { value: v - 1, span: sig.date.span }, weight: YEAR_WEIGHT.signature! });
  }
  // the body's wording weighs least (one stray 2019年度 must not outrank the others)
  // (after the title: the title's own year is already counted)
  const titleSpan = (full ?? titles.find((t) => t.year))?.span;
  const body = bodyYear(folded, titleSpan ? titleSpan[1] : 0);
  if (body) years.push({ kind: 'body', found: body, weight: YEAR_WEIGHT.body! });

  for (const p of agencies) p.removed = removedInside(view, ctx.folded, p.found.span);
  const agency = decideAgency(agencies);
  const fmtHint = format !== 'unknown' ? format : 'unknown';
  const year = decideYear(years, fmtHint);
  const y = year?.found.value ?? null;
  return {
    agency: agency ? asPrinted(agency.found, view, ctx.text) : null,
    year: y,
    format: format !== 'unknown' ? format : formatFromText(folded, y),
    script: detectScript(ctx.text),
    agencySpan: agency ? origSpan(view, agency.found.span) : null,
    yearSpan: year ? origSpan(view, year.found.span) : null,
    decidedBy: { agency: agency?.by ?? [], year: year?.by ?? [] },
  };
}

/**
 * The agency as printed, in simplified script: the fold's phrase replacements (档案→文件,
 * 专案→项目 …) help matching but must not rename a body (某市档案局 is not 某市文件局), so each
 * character of the found name is folded on its own from the original text. The name may have
 * lost an injected run, so its characters are matched in order inside the span.
 */
function asPrinted(found: Found<string>, view: CleanView, text: string): string {
  const [s, e] = found.span;
  const name = found.value;
  let out = '';
  let k = 0;
  for (let i = s; i < e && k < name.length; i++) {
    if (view.folded[i] !== name[k]) continue;
    const c = text[view.orig.at(i)!]!;
    const single = foldChar(c);
    // a phrase fold changed this character: the printed one, folded alone, is the name's
    out += single !== name[k] && /[\u4e00-\u9fff]/.test(single) ? single : name[k]!;
    k++;
  }
  return k === name.length ? out : name;
}
