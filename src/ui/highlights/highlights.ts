// The marks the source view draws over doc.text: figures of failing checks, each kind of
// garble, duplicated blocks and table notes. Derived from the document alone.
import type { ReportDocument, Span } from '../../core/types';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/i18n';
import { cellLabel, checkFamily, checkTable, docLayout, familyLabel, garbleLabel, showGarbleText, TABLE_KEYS } from '../report-labels/labels';
import { noteText } from '../report-labels/note-text';
import { garbleReason } from '../report-labels/garble-reason';
import { checkText } from '../report-labels/check-text';
import { unquote } from '../i18n/quote';
// oxlint-disable-next-line import/no-unassigned-import -- the pane's stylesheet
import './highlights.css';

export type HighlightKind = 'check' | 'garble' | 'duplicate' | 'note';

export interface InspectorHighlight {
  span: Span;
  kind: HighlightKind;
  className: string;
  title: string;
}

/** Sorted by start, longer spans first at equal start; spans may nest (a figure inside a duplicated block). */
export function highlightsFor(doc: ReportDocument, lang: Lang = 'zh'): InspectorHighlight[] {
  const out: InspectorHighlight[] = [];
  const byCell = new Map<string, InspectorHighlight>();
  const valid = (s: Span | null | undefined): s is Span => !!s && s[0] < s[1] && s[1] <= doc.text.length;

  for (const check of doc.checks) {
    if (check.status !== 'fail' && check.status !== 'uncertain') continue;
    // an uncertain rule is not a mismatch: its figures are marked apart, and never "实为 0"
    const blank = check.status === 'uncertain';
    const family = familyLabel(checkFamily(check.id), lang);
    const message = unquote(checkText(doc, check, lang));
    const why = blank
      ? translate(lang, 'checkWhyBlank', { family, message })
      : translate(lang, 'checkWhy', { family, message, expected: check.expected ?? '—', actual: check.actual ?? '—' });
    const className = blank ? 'hl-uncertain' : 'hl-check';
    const table = checkTable(check.id);
    const t = table && doc.tables[table];
    if (table && t) {
      const layout = docLayout(doc, table);
      for (const [row, col] of check.cells) {
        const cell = t.cells.find((c) => c.row === row && c.col === col);
        if (!valid(cell?.span)) continue;
        const key = `${cell.span[0]}:${cell.span[1]}`;
        const have = byCell.get(key);
        if (have) {
          if (!have.title.includes(why)) have.title += `\n${why}`;
          if (!blank) have.className = 'hl-check'; // a mismatch outranks a blank
          continue;
        }
        const h: InspectorHighlight = { span: cell.span, kind: 'check', className, title: `${cellLabel(layout, row, col)}\n${why}` };
        byCell.set(key, h);
        out.push(h);
      }
    }
    for (const s of check.spans ?? []) if (valid(s) && !byCell.has(`${s[0]}:${s[1]}`)) out.push({ span: s, kind: 'check', className, title: why });
  }

  for (const g of doc.garbles) {
    if (!valid(g.span)) continue;
    const fix = g.suggestion ? translate(lang, 'suggest', { s: g.suggestion }) : translate(lang, 'remove');
    const title = `${garbleLabel(g.kind, lang)}：${showGarbleText(g.text)}（${fix}）${g.reason ? ` · ${unquote(garbleReason(g, lang))}` : ''}`;
    out.push({ span: g.span, kind: 'garble', className: `hl-garble hl-garble-${g.kind}`, title });
  }

  for (const d of doc.duplicates) {
    if (valid(d.span)) out.push({ span: d.span, kind: 'duplicate', className: 'hl-duplicate', title: translate(lang, 'dupBlock', { at: d.of[0] }) });
  }

  for (const k of TABLE_KEYS) {
    for (const n of doc.tables[k]?.notes ?? []) {
      if (!valid(n.span)) continue;
      const note = noteText(doc, k, n, lang);
      out.push({ span: n.span, kind: 'note', className: 'hl-note', title: `${note.label}：${unquote(note.text)}` });
    }
  }

  return out.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
}
