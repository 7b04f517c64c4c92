// The printable inspection report (print, or save as PDF from the browser's print dialog):
// the report's metadata, every finding with its figures, source line and review, the three
// tables with their marks, the tool's version and the date. Mounted only while printing, so
// the screen pays nothing for it; app.css hides everything else in print.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { issueCounts } from '../issues/issue-model';
import { PrintFindings } from '../issues/print-findings';
import { PrintTables } from '../tables-pane/print-tables';
import pkg from '../../../package.json';

/** when the browser began printing, while it prints (beforeprint → afterprint); else null */
export function usePrinting(): Date | null {
  const [printing, setPrinting] = useState<Date | null>(null);
  useEffect(() => {
    // the report must be in the page before the browser lays it out for print
    const before = () => flushSync(() => setPrinting(new Date()));
    const after = () => setPrinting(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export function PrintReport({ at }: { at: Date }) {
  const t = useT();
  const doc = useGouji((s) => s.doc);
  const lang = useGouji((s) => s.lang);
  const reviews = useGouji((s) => s.reviews);
  if (!doc) return null;
  const n = issueCounts(doc);
  const when = at.toISOString().slice(0, 16).replace('T', ' ');
  const rows: [string, string][] = [
    [t('prFile'), doc.source.name === 'pasted text' ? t('pastedText') : doc.source.name],
    [t('agency'), doc.meta.agency ?? '—'],
    [t('year'), doc.meta.year === null ? '—' : String(doc.meta.year)],
    [t('prFormat'), doc.meta.format],
    [t('prEncoding'), `${doc.source.encoding} · ${doc.source.kind}`],
    [t('prTool'), `${t('appTitle')} Gouji ${pkg.version}`],
    [t('prDate'), `${when} UTC`],
  ];
  return (
    <article className="print-report" aria-label={t('prTitle')}>
      <h1>{t('prTitle')}</h1>
      <dl className="pr-meta">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="pr-counts">
        {[t('countFailed', { n: n.failed }), t('countUncertain', { n: n.uncertain }), t('countWarnings', { n: n.warnings }), t('countGarbles', { n: n.garbles }), t('countNotes', { n: n.notes })].join(' · ')}
      </p>
      <h2>{t('prFindings')}</h2>
      <PrintFindings doc={doc} lang={lang} t={t} reviews={reviews} />
      <h2>{t('prTables')}</h2>
      <PrintTables doc={doc} t={t} />
    </article>
  );
}
