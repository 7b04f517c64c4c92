// The three tables as one CSV file that Excel opens correctly: UTF-8 with a byte-order mark
// (without it Excel reads Chinese as ANSI), CRLF line ends, every non-empty field quoted,
// blank cells empty (null is not 0), text a spreadsheet would run as a formula neutralised
// (core/export/csv.ts, OWASP). Tables follow each other, separated by an empty line; then one
// line per cell with its status (read / ambiguous / corrected), its other readings and, for a
// corrected cell, the figure that was read.
import type { ReportDocument } from '../../core/types';
import { csvCellText } from '../../core/export/csv';
import { colLabel, docLayout, rowFullLabel, TABLE_KEYS } from '../report-labels/labels';

export const BOM = '\uFEFF';

const W = {
  source: '来源',
  agency: '机关',
  year: '年度',
  format: '模板',
  missing: '（报告中未找到此表）',
  item: '项目',
  cells: '单元格明细',
  cellHeader: ['表', '行', '列', '数值', '原文', '状态', '其他读法', '读出的数值', '更正时间'],
};

/** A field: empty stays empty; anything else neutralised (no formula), quoted, quotes doubled. */
export function field(v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  return `"${csvCellText(v).replace(/"/g, '""')}"`;
}

const line = (fields: (string | number | null | undefined)[]) => fields.map(field).join(',');

/** The CSV text, without the byte-order mark (add BOM for a file). */
export function tablesCsv(doc: ReportDocument): string {
  const out: string[] = [
    line([W.source, doc.source.name, W.agency, doc.meta.agency, W.year, doc.meta.year, W.format, doc.meta.format]),
  ];
  for (const key of TABLE_KEYS) {
    const table = doc.tables[key];
    const layout = docLayout(doc, key);
    out.push('', line([layout.title]));
    if (!table) {
      out.push(line([W.missing]));
      continue;
    }
    for (const b of layout.blocks) {
      const corner = b.title ? `${b.title} ${b.corner}` : W.item;
      out.push(line([corner, ...b.cols.map((c) => colLabel(layout, c.key, b.rows[0]?.key))]));
      for (const r of b.rows) {
        out.push(line([rowFullLabel(layout, r.key), ...b.cols.map((c) => table.rows[r.key]?.[c.key] ?? null)]));
      }
    }
  }
  out.push('', line([W.cells]), line(W.cellHeader));
  for (const key of TABLE_KEYS) {
    for (const c of doc.tables[key]?.cells ?? []) {
      out.push(line([
        key, c.row, c.col, c.value, c.raw, c.status ?? 'read',
        c.alternatives?.map((a) => a ?? '').join('/') ?? null,
        c.corrected ? (c.corrected.from ?? '') : null,
        c.corrected?.at ?? null,
      ]));
    }
  }
  return out.join('\r\n') + '\r\n';
}

export function csvFileName(sourceName: string): string {
  const base = sourceName.replace(/\.[^.]+$/, '') || 'report';
  return `${base}.tables.csv`;
}
