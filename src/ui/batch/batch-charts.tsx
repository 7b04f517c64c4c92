// Batch charts: the distribution of each indicator across the reports, and failures by rule.
// recharts loads on demand (React.lazy); the figures are also in the chart's label.
import { lazy, Suspense, useMemo } from 'react';
import { INDICATORS } from '../../core/batch';
import { useGouji } from '../store/store';
import { useBatchEntries } from './use-entries';
import { useT } from '../i18n/i18n';
import { failuresByRule, histogram, indicatorValues } from './batch-chart-data';
import { ruleLabel } from './rule-label';

const BinsFigure = lazy(() => import('./batch-charts-view'));

export function BatchCharts() {
  const t = useT();
  const lang = useGouji((s) => s.lang);
  const entries = useBatchEntries();
  // the 30 rules failed most, worded (the id stays for rules outside the four families)
  const rules = useMemo(() => failuresByRule(entries).slice(0, 30).map((b) => ({ ...b, label: ruleLabel(b.label, lang) })), [entries, lang]);
  const dists = useMemo(
    () => INDICATORS.map((d) => ({ d, values: indicatorValues(entries, d.key) })),
    [entries],
  );
  return (
    <section className="bg-charts" aria-label={t('batchViewCharts')}>
      <Suspense fallback={<p className="bg-note">{t('chLoading')}</p>}>
        {rules.length ? (
          <BinsFigure title={t('batchChartsFailures')} bins={rules} valueLabel={t('batchChartsReports')} layout="ranking" />
        ) : (
          <p className="bg-note">{t('batchChartsNoFailures')}</p>
        )}
        {dists.map(({ d, values }) => (
          <div key={d.key} className="bg-chart-block">
            <BinsFigure
              title={t('batchChartsIndicator', { name: lang === 'zh' ? d.zh : d.en, n: values.length })}
              bins={histogram(values)}
              valueLabel={t('batchChartsReports')}
              layout="histogram"
            />
            <p className="bg-formula">{lang === 'zh' ? d.formulaZh : d.formulaEn}</p>
          </div>
        ))}
      </Suspense>
    </section>
  );
}
