// A report without the standard tables: the figures its prose states (core/tables/prose-table.ts),
// one row each, with the words it was read from; selecting them finds them in the source.
import type { ProseTable } from '../../core/types';
import type { Lang } from '../i18n/lang';
import { PROSE_TABLE_WORDS } from '../i18n/prose-table';
import { useGouji } from '../store/store';

export function ProseTableView({ table, lang }: { table: ProseTable; lang: Lang }) {
  const setSelection = useGouji((s) => s.setSelection);
  const w = PROSE_TABLE_WORDS[lang];
  return (
    <section className="tp-table tp-prose" data-table="prose" aria-labelledby="tp-h-prose">
      <h2 id="tp-h-prose" className="tp-title">{w.title}</h2>
      <p className="tp-intro">{w.intro}</p>
      {table.rows.length === 0 ? (
        <p className="tp-missing">{w.none}</p>
      ) : (
        <div className="tp-scroll">
          <table className="tp-grid tp-prose-grid">
            <caption className="tp-sr">{w.title}</caption>
            <thead>
              <tr>
                <th scope="col">{w.item}</th>
                <th scope="col">{w.figure}</th>
                <th scope="col">{w.source}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.key} data-row={r.key}>
                  <th scope="row" className="tp-rowhead">{w.rows[r.key]}</th>
                  <td className="tp-prose-value">
                    {r.unit === '元' ? w.fee(r.value) : w.count(r.value)}
                    {r.otherValues?.length ? <span className="tp-prose-other">{w.elsewhere.replace('{values}', r.otherValues.join(lang === 'zh' ? '、' : ', '))}</span> : null}
                  </td>
                  <td>
                    <button type="button" className="tp-prose-src" aria-label={w.goTo.replace('{raw}', r.raw)} onClick={() => setSelection({ kind: 'span', span: r.span })}>
                      <span lang="zh">{r.raw}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
