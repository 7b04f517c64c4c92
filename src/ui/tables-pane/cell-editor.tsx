// Correcting one cell: pick one of the other readings of an ambiguous cell, or type the figure
// the report meant. The checks run again at once (store: correctCell); the cell keeps what the
// report printed and what was read, and can be set back.
import { useId, useState, type FormEvent } from 'react';
import type { Cell, TableKey } from '../../core/types';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';

/** "1,234" / "１２" / "-3" / "" → a figure (null for blank), or undefined when it is not one */
export function parseFigure(input: string): number | null | undefined {
  const s = input.normalize('NFKC').replace(/[,\s]/g, '');
  if (s === '') return null;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return undefined;
  return Number(s);
}

export function CellEditor({ table, row, col, cell, label }: { table: TableKey; row: string; col: string; cell: Cell | undefined; label: string }) {
  const t = useT();
  const correctCell = useGouji((s) => s.correctCell);
  const revertCell = useGouji((s) => s.revertCell);
  const [text, setText] = useState('');
  const [bad, setBad] = useState(false);
  const id = useId();
  if (!cell) return null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = parseFigure(text);
    if (v === undefined) {
      setBad(true);
      return;
    }
    setBad(false);
    setText('');
    void correctCell(table, row, col, v);
  };
  const shown = (v: number | null) => (v === null ? t('blank') : String(v));

  return (
    <div className="tp-editor" role="group" aria-label={t('ceTitle', { cell: label })}>
      {cell.status === 'ambiguous' && cell.alternatives?.length ? (
        <span className="tp-alts">
          {t('ceAmbiguous')}
          {cell.alternatives.map((a) => (
            <button key={String(a)} type="button" className="tp-alt" onClick={() => void correctCell(table, row, col, a)}>
              {shown(a)}
            </button>
          ))}
        </span>
      ) : null}
      {cell.status === 'corrected' && cell.corrected ? (
        <span className="tp-was">
          {t('ceWas', { from: shown(cell.corrected.from), raw: cell.raw || t('blank') })}
          <button type="button" onClick={() => void revertCell(table, row, col)}>{t('ceRevert')}</button>
          {cell.alternatives?.length ? (
            <>
              {' '}{t('ceOthers')}
              {[cell.corrected.from, ...cell.alternatives].filter((a) => a !== cell.value).map((a) => (
                <button key={String(a)} type="button" className="tp-alt" onClick={() => void correctCell(table, row, col, a)}>
                  {shown(a)}
                </button>
              ))}
            </>
          ) : null}
        </span>
      ) : null}
      <form className="tp-fix" onSubmit={submit}>
        <label htmlFor={id}>{t('ceTypeLabel')}</label>
        <input
          id={id}
          inputMode="decimal"
          value={text}
          size={8}
          aria-invalid={bad || undefined}
          aria-describedby={bad ? `${id}-err` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">{t('ceApply')}</button>
        {bad ? <span id={`${id}-err`} className="tp-fix-err" role="alert">{t('ceNotFigure')}</span> : null}
      </form>
    </div>
  );
}
