// The recharts part of the batch charts (loaded lazily: recharts stays out of the first load).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Bin } from './batch-chart-data';

interface Props {
  title: string;
  bins: Bin[];
  valueLabel: string;
  /** vertical bars (a histogram) or horizontal ones (named rules) */
  layout: 'histogram' | 'ranking';
}

export default function BinsFigure({ title, bins, valueLabel, layout }: Props) {
  const ranking = layout === 'ranking';
  const height = ranking ? 24 * bins.length + 32 : 180;
  return (
    <figure className="bc-figure">
      <figcaption className="bc-title">{title}</figcaption>
      <div role="img" aria-label={`${title}: ${bins.map((b) => `${b.label} ${b.count}`).join('; ')}`} className="bc-plot" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bins} layout={ranking ? 'vertical' : 'horizontal'} margin={{ top: 4, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#ebe9e3" vertical={!ranking} horizontal={!ranking} />
            {ranking ? (
              <>
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: '#5d6470' }} stroke="#dcdad3" />
                <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 11, fill: '#1f2328' }} stroke="#dcdad3" interval={0} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 10, fill: '#5d6470' }} stroke="#dcdad3" interval={0} angle={-30} textAnchor="end" height={48} />
                <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#5d6470' }} stroke="#dcdad3" width={36} />
              </>
            )}
            <Tooltip formatter={(v) => [v, valueLabel]} cursor={{ fill: '#e6eef8' }} isAnimationActive={false} />
            <Bar dataKey="count" fill="#1d5fa8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
