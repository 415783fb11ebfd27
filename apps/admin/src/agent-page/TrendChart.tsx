import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { fixed } from '../leaderboard/value-format';
import { rankTicks, worstRank, type TrendPoint } from './agent-scores';

/**
 * Score (left axis) and rank (right axis, 1 at the top) over consecutive periods. recharts is large: this file is
 * loaded on its own (React.lazy in AgentScorePage), after the numbers are already on screen.
 */
export const TrendChart = ({ points }: { points: TrendPoint[] }) => {
  const translate = useTranslate();
  const scoreName = translate('ys.agent_page.score');
  const rankName = translate('ys.agent_page.rank');
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="period" />
        <YAxis yAxisId="score" domain={['auto', 'auto']} tickFormatter={(value: number) => fixed(value, 0)} />
        <YAxis yAxisId="rank" orientation="right" reversed allowDecimals={false} domain={[1, worstRank(points)]} ticks={rankTicks(worstRank(points))} />
        <Tooltip formatter={(value, name) => (typeof value === 'number' && name === scoreName ? fixed(value) : String(value ?? '—'))} />
        <Legend />
        <Line yAxisId="score" type="linear" dataKey="score" name={scoreName} stroke="#1f5fa8" strokeWidth={2} connectNulls={false} isAnimationActive={false} />
        <Line yAxisId="rank" type="stepAfter" dataKey="rank" name={rankName} stroke="#e08a00" strokeDasharray="4 3" connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
};
