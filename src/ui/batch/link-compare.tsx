// One link of a chain, both reports side by side: each check with expected and actual, and for
// every cell it reads the printed figure in its report's text, with a way to open that report
// in the inspector at that cell.
import { useEffect, useMemo, useState } from 'react';
import type { ChainCell, ChainCheck } from '../../core/batch';
import type { ReportDocument } from '../../core/types';
import { useGouji } from '../store/store';
import { useT, type PlainKey } from '../i18n/i18n';
import { getReport } from '../storage';
import { chainCheckText } from '../report-labels/check-text';
import { Worded } from '../i18n/worded';
import type { Link } from './chains-view';

const CONTEXT = 24;
const order = (c: ChainCheck) => (c.status === 'fail' ? 0 : c.status === 'uncertain' ? 1 : c.status === 'pass' ? 2 : 3);

function Snippet({ doc, cell }: { doc: ReportDocument | undefined; cell: ChainCell }) {
  const t = useT();
  if (!doc || !cell.span) return <span className="muted">{t('chainCellNoSpan')}</span>;
  const [a, b] = cell.span;
  const before = doc.text.slice(Math.max(0, a - CONTEXT), a).replace(/\s+/g, ' ');
  const after = doc.text.slice(b, b + CONTEXT).replace(/\s+/g, ' ');
  return (
    <span className="bg-snippet">
      …{before}
      <mark>{doc.text.slice(a, b)}</mark>
      {after}…
    </span>
  );
}

export function LinkCompare({ link, onClose }: { link: Link; onClose: () => void }) {
  const t = useT();
  const entries = useGouji((s) => s.batch.entries);
  const open = useGouji((s) => s.openBatchReport);
  const lang = useGouji((s) => s.lang);
  const keyOf = useMemo(() => new Map(entries.map((e) => [e.path, e.key])), [entries]);
  const files = useMemo(() => [...new Set(link.checks.flatMap((c) => c.cells.map((x) => x.file)))], [link]);
  const [docs, setDocs] = useState<Record<string, ReportDocument>>({});
  useEffect(() => {
    let live = true;
    void Promise.all(files.map(async (f) => [f, (await getReport(keyOf.get(f) ?? ''))?.doc] as const)).then((got) => {
      if (live) setDocs(Object.fromEntries(got.filter((g): g is [string, ReportDocument] => !!g[1])));
    });
    return () => {
      live = false;
    };
  }, [files, keyOf]);

  const checks = [...link.checks].sort((a, b) => order(a) - order(b));
  const year = (c: ChainCell) => (c.side === 'from' ? link.from : link.to);
  return (
    <section className="bg-compare" aria-labelledby="bg-compare-title" data-testid="link-compare">
      <header>
        <h3 id="bg-compare-title">{t('chainCompareTitle', { agency: link.chain.agency, from: link.from, to: link.to })}</h3>
        <button type="button" onClick={onClose}>{t('chainClose')}</button>
      </header>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('chainCheck')}</th>
            <th scope="col">{t('chainExpected')}</th>
            <th scope="col">{t('chainActual')}</th>
            <th scope="col">{t('chainYearCell', { year: link.from })}</th>
            <th scope="col">{t('chainYearCell', { year: link.to })}</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.id} className={`bg-check-${c.status}`}>
              <th scope="row">
                <span className={c.status === 'fail' ? 'pill pill-bad' : c.status === 'uncertain' ? 'pill pill-warn' : 'pill'}>
                  {t(`chainStatus_${c.status}` as PlainKey)}
                </span>{' '}
                <code>{c.id}</code>
                <div className="bg-check-msg"><Worded text={chainCheckText(c, lang)} /></div>
              </th>
              <td className="bg-num">{c.expected ?? '—'}</td>
              <td className="bg-num">{c.actual ?? '—'}</td>
              {(['from', 'to'] as const).map((side) => (
                <td key={side}>
                  {c.cells.filter((x) => x.side === side).map((x, i) => (
                    <div key={i} className="bg-cell-ref">
                      <Snippet doc={docs[x.file]} cell={x} />{' '}
                      {keyOf.has(x.file) && (
                        <button type="button" className="bg-open-at" onClick={() => void open(keyOf.get(x.file)!, x)}>
                          {t('chainOpenAt', { year: year(x) })}
                        </button>
                      )}
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
