// Outcomes and applicants of table 三 as bar charts. recharts is loaded on demand (React.lazy),
// each chart has its figures in words and in a small table; nothing is drawn for a blank table.
import { lazy, Suspense } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { applicantBars, outcomeBars } from './chart-data';
// oxlint-disable-next-line import/no-unassigned-import -- the pane's stylesheet
import './charts.css';

const BarFigure = lazy(() => import('./charts-view'));

export function Charts() {
  const doc = useGouji((s) => s.doc);
  const lang = useGouji((s) => s.lang);
  const t = useT();
  if (!doc) return <section className="ch-pane" aria-label={t('tabCharts')}><p className="ch-empty">{t('noDoc')}</p></section>;
  const outcomes = outcomeBars(doc, lang);
  const applicants = applicantBars(doc, lang);
  return (
    <section className="ch-pane" aria-label={t('tabCharts')}>
      {!outcomes && !applicants ? (
        <p className="ch-empty">{t('chNone')}</p>
      ) : (
        <Suspense fallback={<p className="ch-empty">{t('chLoading')}</p>}>
          {outcomes ? <BarFigure title={t('chOutcomes')} bars={outcomes} blank={t('blank')} valueLabel={t('chValue')} /> : <p className="ch-empty">{t('chOutcomes')}：{t('chNoneOne')}</p>}
          {applicants ? <BarFigure title={t('chApplicants')} bars={applicants} blank={t('blank')} valueLabel={t('chValue')} /> : <p className="ch-empty">{t('chApplicants')}：{t('chNoneOne')}</p>}
        </Suspense>
      )}
    </section>
  );
}
