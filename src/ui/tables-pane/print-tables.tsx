// The three tables for the printed inspection report: plain grids, every figure with its mark
// (! a failing total, • part of a failing sum, ? left blank where a rule needs a figure,
// ≈ one reading of several, ✎ corrected), so the marks survive black-and-white printing.
import type { ReportDocument } from '../../core/types';
import type { T } from '../i18n/i18n';
import { colLabel, docLayout, rowFullLabel, TABLE_KEYS } from '../report-labels/labels';
import { blankByCell, cellId, failingByCell, failingTotals } from './cell-marks';

export function PrintTables({ doc, t }: { doc: ReportDocument; t: T }) {
  const bad = failingByCell(doc);
  const totals = failingTotals(doc);
  const blank = blankByCell(doc);
  return (
    <>
      <p className="pr-legend">{t('prLegend')}</p>
      {TABLE_KEYS.map((key) => {
        const table = doc.tables[key];
        const layout = docLayout(doc, key);
        return (
          <section key={key} className="pr-table">
            <h3>{layout.title}</h3>
            {!table ? (
              <p>{t('tpMissing')}</p>
            ) : (
              layout.blocks.map((b) => {
                const cells = new Map(table.cells.map((c) => [`${c.row}:${c.col}`, c]));
                return (
                  <table key={b.id}>
                    {b.title ? <caption>{b.title}</caption> : null}
                    <thead>
                      <tr>
                        <th scope="col">{b.corner}</th>
                        {b.cols.map((c) => (
                          <th key={c.key} scope="col">{colLabel(layout, c.key, b.rows[0]?.key)}</th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {b.rows.map((r) => (
                        <tr key={r.key}>
                          <th scope="row">{rowFullLabel(layout, r.key)}</th>
                          {b.cols.map((c) => {
                            const cell = cells.get(`${r.key}:${c.key}`);
                            const id = cellId(key, r.key, c.key);
                            const mark = totals.has(id) ? '!' : bad.has(id) ? '•' : blank.has(id) ? '?' : '';
                            const status = cell?.status === 'ambiguous' ? '≈' : cell?.status === 'corrected' ? '✎' : '';
                            const fixed = cell?.status === 'corrected' && cell.corrected ? `（${cell.corrected.from ?? t('blank')}）` : '';
                            return (
                              <td key={c.key} className={mark === '!' ? 'pr-bad' : mark ? 'pr-mark' : undefined}>
                                {mark}
                                {cell?.value ?? (cell?.raw || '')}
                                {status}
                                {fixed}
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                );
              })
            )}
          </section>
        );
      })}
    </>
  );
}
