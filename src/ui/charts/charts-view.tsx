// The recharts part of the charts pane (loaded lazily: recharts stays out of the first load).
import { Bar as RBar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Bar } from './chart-data';
import { describeBars } from './chart-data';

interface Props {
  title: string;
  bars: Bar[];
  blank: string;
  valueLabel: string;
}

export default function BarFigure({ title, bars, blank, valueLabel }: Props) {
  const data = bars.map((b) => ({ label: b.label, value: b.value }));
  const height = 28 * bars.length + 24;
  return (
    <figure className="ch-figure">
      <figcaption className="ch-title">{title}</figcaption>
      <div role="img" aria-label={describeBars(title, bars, blank)} className="ch-plot" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke="#ebe9e3" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: '#5d6470' }} stroke="#dcdad3" />
            <YAxis type="category" dataKey="label" width={96} tick={{ fontSize: 12, fill: '#1f2328' }} stroke="#dcdad3" interval={0} />
            <Tooltip formatter={(v) => [v ?? blank, valueLabel]} cursor={{ fill: '#e6eef8' }} isAnimationActive={false} />
            <RBar dataKey="value" fill="#1d5fa8" barSize={16} isAnimationActive={false}>
              <LabelList dataKey="value" position="right" style={{ fontSize: 11, fill: '#1f2328' }} />
            </RBar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="ch-table">
        <caption className="ch-sr">{title}</caption>
        <tbody>
          <tr>
            {bars.map((b) => (
              <th key={b.key} scope="col">{b.label}</th>
            ))}
          </tr>
          <tr>
            {bars.map((b) => (
              <td key={b.key} className={b.value === null ? 'ch-blank' : undefined}>{b.value ?? blank}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
