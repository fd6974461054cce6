/** The municipality's theme profile as horizontal bars (recharts); the table beside it carries the same data. */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { percent } from '../../../lib/labels.ts';

export interface ProfileBar {
  id: string;
  label: string;
  share: number;
}

export function ThemeProfileChart({ bars, title }: { bars: readonly ProfileBar[]; title: string }) {
  const { lang } = useI18n();
  const height = Math.max(160, bars.length * 28 + 40);
  return (
    <figure className="chart" style={{ height, margin: 0 }} role="img" aria-label={title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...bars]} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e3dfd4" />
          <XAxis type="number" domain={[0, 1]} tickFormatter={(v: number) => percent(v, lang)} stroke="#4f5a61" fontSize={12} />
          <YAxis type="category" dataKey="label" width={170} stroke="#4f5a61" fontSize={12} interval={0} />
          <Tooltip formatter={(v) => percent(Number(v), lang)} />
          <Bar dataKey="share" fill="#1f4e5f" radius={[0, 3, 3, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
