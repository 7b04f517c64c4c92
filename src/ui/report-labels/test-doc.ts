// A small hand-made ReportDocument for the inspector views' tests: the text holds every cell
// it lists, so each span points at its own figure.
import type { Cell, Check, Garble, ReportDocument, Table, TableKey } from '../../core/types';
import { say } from '../../core/diagnostics';
import { layoutFor, type TableFormat } from './labels';

type Values = Record<string, Record<string, number | null>>;

export function makeTable(key: TableKey, format: TableFormat, values: Values, at: { text: string }): Table {
  const layout = layoutFor(key, format);
  const rows: Table['rows'] = {};
  const cells: Cell[] = [];
  const start = at.text.length;
  for (const b of layout.blocks) {
    for (const r of b.rows) {
      rows[r.key] = {};
      at.text += `${r.path.join('')}`;
      for (const c of b.cols) {
        const v = values[r.key]?.[c.key] ?? null;
        rows[r.key][c.key] = v;
        at.text += ' ';
        const s = at.text.length;
        const raw = v === null ? '' : String(v);
        at.text += raw;
        cells.push({ row: r.key, col: c.key, value: v, raw, span: v === null ? null : [s, at.text.length] });
      }
      at.text += '\n';
    }
  }
  return { span: [start, at.text.length], rows, cells };
}

export function makeDoc(opts: {
  format?: TableFormat;
  applications?: Values | null;
  reviewLitigation?: Values | null;
  proactive?: Values | null;
  checks?: Check[];
  garbles?: Garble[];
  prose?: string;
}): ReportDocument {
  const format = opts.format ?? '2019';
  const at = { text: opts.prose ?? '某某局2020年政府信息公开工作年度报告\n' };
  const table = (k: TableKey) => {
    const v = opts[k];
    return v === null || v === undefined ? null : makeTable(k, format, v, at);
  };
  const proactive = table('proactive');
  const applications = table('applications');
  const reviewLitigation = table('reviewLitigation');
  return {
    schema: 'gouji.report/1',
    source: { name: 'test.txt', bytes: at.text.length, encoding: 'utf-8', kind: 'text' },
    text: at.text,
    meta: { agency: '某某局', year: 2020, format, script: 'simplified' },
    tables: { proactive, applications, reviewLitigation },
    checks: opts.checks ?? [],
    garbles: opts.garbles ?? [],
    duplicates: [],
    cleanedText: at.text,
  };
}

/** Table 三 with row 一 not adding up (5 + 1 ≠ 7) and the balance of 总计 broken. */
export function brokenDoc(): ReportDocument {
  const zero = { naturalPerson: 0, commercial: 0, research: 0, publicInterest: 0, legal: 0, otherOrg: 0, total: 0 };
  const doc = makeDoc({
    applications: {
      newReceived: { ...zero, naturalPerson: 5, otherOrg: 1, total: 7 },
      carriedOver: { ...zero },
      granted: { ...zero, naturalPerson: 3, total: 3 },
      partiallyGranted: { ...zero, naturalPerson: 2, otherOrg: 1, total: 3 },
      resultsTotal: { ...zero, naturalPerson: 5, otherOrg: 1, total: 6 },
      carriedForward: { naturalPerson: null, total: null },
    },
    reviewLitigation: { review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 } },
    proactive: { regulations: { made: 0, published: 0, total: 7 }, procurement: { projects: 3, amount: 94.52 } },
    checks: [
      {
        id: 'applications.rowTotal.newReceived', status: 'fail', expected: 6, actual: 7,
        cells: [['newReceived', 'naturalPerson'], ['newReceived', 'commercial'], ['newReceived', 'research'], ['newReceived', 'publicInterest'], ['newReceived', 'legal'], ['newReceived', 'otherOrg'], ['newReceived', 'total']],
        ...say('check.rowTotal.differs', { row: 'newReceived', expected: 6, actual: 7 }),
      },
      {
        id: 'applications.balance.total', status: 'fail', expected: 7, actual: 6,
        cells: [['newReceived', 'total'], ['carriedOver', 'total'], ['resultsTotal', 'total'], ['carriedForward', 'total']],
        ...say('check.balance.differs', { col: 'total', expected: 7, actual: 6 }),
      },
      { id: 'applications.rowTotal.granted', status: 'pass', expected: 3, actual: 3, cells: [['granted', 'total']], ...say('check.rowTotal.equal', { row: 'granted', expected: 3, actual: 3 }) },
      { id: 'reviewLitigation.total.review', status: 'pass', expected: 1, actual: 1, cells: [['review', 'total']], ...say('check.reviewTotal.equal', { row: 'review', expected: 1, actual: 1 }) },
      { id: 'reviewLitigation.total.litigationDirect', status: 'skipped', expected: null, actual: null, cells: [], ...say('check.reviewTotal.skipped', { row: 'litigationDirect' }) },
    ],
  });
  const i = doc.text.indexOf('报告');
  doc.garbles = [
    { kind: 'injected', span: [i, i + 1], text: doc.text[i], suggestion: '' },
    { kind: 'invisible', span: [1, 2], text: doc.text[1], suggestion: '', reason: 'U+200B' },
  ];
  doc.duplicates = [{ span: [0, 4], of: [10, 14] }];
  return doc;
}
