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

/** about how wide an 11 px label is: Chinese characters full width, the rest about 6.5 px */
const labelPx = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 11 : 6.5), 0);

export default function BinsFigure({ title, bins, valueLabel, layout }: Props) {
  const ranking = layout === 'ranking';
  // the rule names' axis as wide as the longest name, up to 45% of the window; longer names
  // are cut with an ellipsis (the full name is in the tooltip and the figure's label)
  const labelWidth = Math.round(Math.min(Math.max(80, ...bins.map((b) => labelPx(b.label) + 12)), Math.max(120, window.innerWidth * 0.45)));
  const fit = (s: string) => {
    if (labelPx(s) + 12 <= labelWidth) return s;
    let out = s;
    while (out.length > 1 && labelPx(out) + 12 + 8 > labelWidth) out = out.slice(0, -1);
    return `${out}…`;
  };
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
                <YAxis type="category" dataKey="label" width={labelWidth} tickFormatter={fit} tick={{ fontSize: 11, fill: '#1f2328' }} stroke="#dcdad3" interval={0} />
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
