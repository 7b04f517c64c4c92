// Outcomes and applicants of table 三 as bar charts. recharts is loaded on demand (React.lazy),
// each chart has its figures in words and in a small table; nothing is drawn for a blank table.
import { lazy, Suspense } from 'react';
import { useGouji } from '../store/store';
import { applicantBars, outcomeBars } from './chart-data';
// oxlint-disable-next-line import/no-unassigned-import -- the pane's stylesheet
import './charts.css';

const BarFigure = lazy(() => import('./charts-view'));

const W = {
  zh: {
    pane: '图表', noDoc: '尚未打开报告。', loading: '正在加载图表…', blank: '空', value: '件数',
    outcomes: '办理结果（总计列）', applicants: '申请人（本年新收）',
    none: '表三（收到和处理政府信息公开申请情况）未找到或全为空白，没有可画的图。',
    noneOne: '这一组数字全为空白。',
  },
  en: {
    pane: 'Charts', noDoc: 'No report open yet.', loading: 'Loading charts…', blank: 'blank', value: 'requests',
    outcomes: 'Outcomes (total column)', applicants: 'Who applied (new this year)',
    none: 'Table 三 (requests received and handled) is absent or entirely blank: nothing to draw.',
    noneOne: 'These figures are all blank.',
  },
};

export function Charts() {
  const doc = useGouji((s) => s.doc);
  const lang = useGouji((s) => s.lang);
  const w = W[lang];
  if (!doc) return <section className="ch-pane" aria-label={w.pane}><p className="ch-empty">{w.noDoc}</p></section>;
  const outcomes = outcomeBars(doc, lang);
  const applicants = applicantBars(doc, lang);
  return (
    <section className="ch-pane" aria-label={w.pane}>
      {!outcomes && !applicants ? (
        <p className="ch-empty">{w.none}</p>
      ) : (
        <Suspense fallback={<p className="ch-empty">{w.loading}</p>}>
          {outcomes ? <BarFigure title={w.outcomes} bars={outcomes} blank={w.blank} valueLabel={w.value} /> : <p className="ch-empty">{w.outcomes}：{w.noneOne}</p>}
          {applicants ? <BarFigure title={w.applicants} bars={applicants} blank={w.blank} valueLabel={w.value} /> : <p className="ch-empty">{w.applicants}：{w.noneOne}</p>}
        </Suspense>
      )}
    </section>
  );
}
