// The three standard tables as the template prints them, beside the source. Cells feeding a
// failing check are flagged; hovering, focusing or clicking a cell selects it (the source view
// follows), and a span selected in the source selects the cell printed there.
import { useEffect, useMemo, useRef } from 'react';
import type { Cell, Check, TableKey } from '../../core/types';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { cellLabel, checkFamily, docLayout, familyLabel, TABLE_KEYS, tableFormat } from '../report-labels/labels';
import { noteText } from '../report-labels/note-text';
import { checkText } from '../report-labels/check-text';
import { unquote } from '../i18n/quote';
import { Worded } from '../i18n/worded';
import { blankByCell, failingByCell, failingTotals, selectedCells } from './cell-marks';
import { GridTable, type CellState } from './grid-table';
import { CellEditor } from './cell-editor';
import { ProseTableView } from './prose-table';
// oxlint-disable-next-line import/no-unassigned-import -- the pane's stylesheet
import './tables-pane.css';

export function TablesPane() {
  const doc = useGouji((s) => s.doc);
  const lang = useGouji((s) => s.lang);
  const selection = useGouji((s) => s.selection);
  const setSelection = useGouji((s) => s.setSelection);
  const t = useT();
  const root = useRef<HTMLElement>(null);

  const bad = useMemo(() => (doc ? failingByCell(doc) : new Map<string, Check[]>()), [doc]);
  const blank = useMemo(() => (doc ? blankByCell(doc) : new Map<string, Check[]>()), [doc]);
  const totals = useMemo(() => (doc ? failingTotals(doc) : new Set<string>()), [doc]);
  const sel = useMemo(() => (doc ? selectedCells(doc, selection) : { ids: new Set<string>(), focus: null }), [doc, selection]);

  // Bring the selected cell into view unless the user is already on it.
  useEffect(() => {
    if (!sel.focus || !root.current) return;
    const [table, row, col] = sel.focus.split(':');
    const el = root.current.querySelector<HTMLElement>(`[data-table="${table}"] [data-cell="${row}:${col}"]`);
    // a cell picked here is already in view; one chosen elsewhere (issue, source) goes to the middle
    const block = useGouji.getState().selection?.kind === 'cell' ? 'nearest' : 'center';
    if (el && el !== document.activeElement && !el.matches(':hover')) el.scrollIntoView({ block, inline: 'nearest' });
  }, [sel.focus]);

  if (!doc) return <section className="tp-pane" aria-label={t('tabTables')}><p className="tp-empty">{t('noDoc')}</p></section>;
  const present = TABLE_KEYS.filter((k) => doc.tables[k]);

  const why = (c: Check) =>
    c.status === 'uncertain'
      ? t('checkWhyBlank', { family: familyLabel(checkFamily(c.id), lang), message: unquote(checkText(doc, c, lang)) })
      : t('checkWhy', { family: familyLabel(checkFamily(c.id), lang), message: unquote(checkText(doc, c, lang)), expected: c.expected ?? '—', actual: c.actual ?? '—' });
  const explain = (key: TableKey) => (row: string, col: string, checks: Check[] | undefined) =>
    [cellLabel(docLayout(doc, key), row, col), ...(checks ?? []).map(why)].join('\n');

  const pick = (key: TableKey) => (row: string, col: string, cell: Cell | undefined) => {
    const cur = useGouji.getState().selection;
    if (cur?.kind === 'cell' && cur.table === key && cur.row === row && cur.col === col) return;
    setSelection({ kind: 'cell', table: key, row, col, span: cell?.span ?? null });
  };

  const focused = sel.focus ? sel.focus.split(':') : null;
  const focusedTable = focused ? (focused[0] as TableKey) : null;
  const focusedChecks = sel.focus ? [...(bad.get(sel.focus) ?? []), ...(blank.get(sel.focus) ?? [])] : [];
  const focusedCell = focused && focusedTable ? doc.tables[focusedTable]?.cells.find((c) => c.row === focused[1] && c.col === focused[2]) : undefined;

  return (
    <section className="tp-pane" aria-label={t('tabTables')} ref={root}>
      {present.length === 0 ? <p className="tp-empty">{t('tpNoTables')}</p> : null}
      {present.length === 0 && doc.proseTable ? <ProseTableView table={doc.proseTable} lang={lang} /> : null}
      {present.length > 0
        ? TABLE_KEYS.map((key) => {
            const table = doc.tables[key];
            const layout = docLayout(doc, key);
            const state: CellState = {
              bad, blank, blankText: t('tpBlank'), totals,
              guessText: (alts) => t('tpAmbiguous', { alts }), fixedText: (from) => t('tpCorrected', { from }), selected: sel.ids, explain: explain(key), badText: t('tpBad'), partText: t('tpPart') };
            return (
              <section key={key} className="tp-table" data-table={key} aria-labelledby={`tp-h-${key}`}>
                <h2 id={`tp-h-${key}`} className="tp-title">
                  {layout.title}
                  {table && key !== 'reviewLitigation' ? <span className="tp-badge">{t('tpFormat', { f: tableFormat(table, doc.meta.format) })}</span> : null}
                </h2>
                {!table ? (
                  <p className="tp-missing">{t('tpMissing')}</p>
                ) : (
                  <>
                    {layout.blocks.map((b) => (
                      <div key={b.id} className="tp-block">
                        {b.title ? <h3 className="tp-subtitle">{b.title}</h3> : null}
                        <div className="tp-scroll">
                          <GridTable tableKey={key} block={b} table={table} state={state} caption={b.title ? `${layout.title} ${b.title}` : layout.title} onPick={pick(key)} />
                        </div>
                      </div>
                    ))}
                    {table.notes?.length ? (
                      <ul className="tp-notes" aria-label={t('tableNotes')}>
                        {table.notes.map((n, i) => {
                          const note = noteText(doc, key, n, lang);
                          return (
                            <li key={i}>
                              <button type="button" disabled={!n.span} onClick={() => n.span && setSelection({ kind: 'span', span: n.span })}>
                                <strong>{note.label}</strong>{lang === 'en' ? ': ' : '：'}<Worded text={note.text} />
                              </button>
                            </li>
                          );
                        })}
                      </ul>
                    ) : null}
                  </>
                )}
              </section>
            );
          })
        : null}
      <div className="tp-foot">
        {focused && focusedTable ? (
          <p className={`tp-status${focusedChecks.some((c) => c.status === 'fail') ? ' tp-status-bad' : focusedChecks.length ? ' tp-status-blank' : ''}`} aria-live="polite">
            <span className="tp-status-label">{cellLabel(docLayout(doc, focusedTable), focused[1], focused[2])}</span>
            <span className="tp-status-value">= {focusedCell?.value ?? (focusedCell?.raw || t('blank'))}</span>
            {focusedChecks.map((c) => (
              <span key={c.id} className="tp-status-check">
                {why(c)}
              </span>
            ))}
          </p>
        ) : (
          <p className="tp-status tp-hint">{t('tpHint')}</p>
        )}
        {focused && focusedTable ? (
          <CellEditor
            key={sel.focus}
            table={focusedTable}
            row={focused[1]}
            col={focused[2]}
            cell={focusedCell}
            label={cellLabel(docLayout(doc, focusedTable), focused[1], focused[2])}
          />
        ) : null}
      </div>
    </section>
  );
}

