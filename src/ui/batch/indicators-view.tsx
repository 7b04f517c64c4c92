// The indicators with their formulas, and how they spread across the batch.
import { useMemo } from 'react';
import { INDICATORS, INDICATOR_EMPTY_RULE } from '../../core/batch';
import { useGouji } from '../store/store';
import { useBatchEntries } from './use-entries';
import { useT } from '../i18n/i18n';
import { indicatorValues, stats } from './batch-chart-data';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

export function IndicatorsView() {
  const t = useT();
  const lang = useGouji((s) => s.lang);
  const entries = useBatchEntries();
  const rows = useMemo(() => INDICATORS.map((d) => ({ d, values: indicatorValues(entries, d.key) })), [entries]);
  return (
    <section className="bg-indicators" aria-label={t('batchViewIndicators')}>
      <p className="bg-note">
        {lang === 'zh' ? `${t('indicatorsIntro')}${INDICATOR_EMPTY_RULE.zh}。` : `${t('indicatorsIntro')} ${INDICATOR_EMPTY_RULE.en}.`}
      </p>
      <table data-testid="indicators-table">
        <thead>
          <tr>
            <th scope="col">{t('indicatorName')}</th>
            <th scope="col">{t('indicatorFormula')}</th>
            <th scope="col">{t('indicatorCount')}</th>
            <th scope="col">{t('indicatorMedian')}</th>
            <th scope="col">{t('indicatorMin')}</th>
            <th scope="col">{t('indicatorMax')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ d, values }) => {
            const s = stats(values);
            return (
              <tr key={d.key}>
                <th scope="row">{lang === 'zh' ? d.zh : d.en}</th>
                <td className="bg-formula">{lang === 'zh' ? d.formulaZh : d.formulaEn}</td>
                <td className="bg-num">{values.length} / {entries.length}</td>
                <td className="bg-num">{pct(s.median)}</td>
                <td className="bg-num">{pct(s.min)}</td>
                <td className="bg-num">{pct(s.max)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
