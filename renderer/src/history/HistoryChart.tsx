import { useTranslation } from 'react-i18next';
import type { HistoryView } from '../../../preload/views';
import { breaksOf, type ChartDay } from './chartDays';
import { MINUTE_STEPS, niceTicks } from './chartTicks';
import { formatDuration, formatShortDate } from './formatting';

/*
 * Two panels over the same days, drawn in viewBox units and scaled to the window's width:
 *
 *   Breaks per day            ▐▌ taken, ▯ natural on top, - - goal
 *   ▐▌    ▐▌ ▐▌       ▐▌ ▐▌
 *   Longest sitting stretch   ●─● line through the days with data, - - goal's limit
 *   Mar 2      Mar 9  …  today
 */
const VIEW_WIDTH = 640;
const AXIS_WIDTH = 34;
const RIGHT_MARGIN = 6;
/** Room above a panel for its title, clear of the axis figure at the panel's top. */
const TITLE_HEIGHT = 30;
const TITLE_BASELINE_ABOVE = 14;
const PANEL_HEIGHT = 96;
const PANEL_GAP = 14;
const DATE_LABELS_HEIGHT = 22;
const VIEW_HEIGHT = 2 * (TITLE_HEIGHT + PANEL_HEIGHT) + PANEL_GAP + DATE_LABELS_HEIGHT;
const BAR_SHARE = 0.7;
/** A day with data but no breaks gets a sliver, so it differs from a day without data (nothing). */
const ZERO_MARK_HEIGHT = 2;
const DOT_RADIUS = 2.6;
/** Dates under the chart: today and every week back from it. */
const LABEL_EVERY_DAYS = 7;
const SECONDS_PER_MINUTE = 60;
/** Half the axis figures' height: a tick's figure is centred on its line. */
const TICK_LABEL_SHIFT = 4;

const BREAKS_TOP = TITLE_HEIGHT;
const BREAKS_BOTTOM = BREAKS_TOP + PANEL_HEIGHT;
const SITTING_TOP = BREAKS_BOTTOM + PANEL_GAP + TITLE_HEIGHT;
const SITTING_BOTTOM = SITTING_TOP + PANEL_HEIGHT;

export interface HistoryChartProps {
  readonly series: readonly ChartDay[];
  readonly goal: HistoryView['goal'];
  readonly locale: string;
}

/** Breaks per day as bars and the longest sitting stretch as a line, for the days of `series`; an image with its summary as its name. */
export function HistoryChart({ series, goal, locale }: HistoryChartProps) {
  const { t } = useTranslation();
  const slot = (VIEW_WIDTH - AXIS_WIDTH - RIGHT_MARGIN) / Math.max(1, series.length);
  const centre = (i: number) => AXIS_WIDTH + (i + 0.5) * slot;
  const kept = series.flatMap((entry) => (entry.day === null ? [] : [entry.day]));
  const mostBreaks = Math.max(0, ...kept.map(breaksOf));
  const longestSeconds = Math.max(0, ...kept.map((day) => day.longestSittingSeconds));
  const breaksAxis = niceTicks(Math.max(goal.breaksPerDay, mostBreaks));
  const sittingAxis = niceTicks(Math.max(goal.maxSittingMinutes, longestSeconds / SECONDS_PER_MINUTE), undefined, MINUTE_STEPS);
  const breaksMax = breaksAxis.top;
  const sittingMaxMinutes = sittingAxis.top;
  const breaksY = (count: number) => BREAKS_BOTTOM - (count / breaksMax) * PANEL_HEIGHT;
  const sittingY = (seconds: number) => SITTING_BOTTOM - (seconds / SECONDS_PER_MINUTE / sittingMaxMinutes) * PANEL_HEIGHT;
  const number = new Intl.NumberFormat(locale);
  const first = series[0]?.date;
  const last = series[series.length - 1]?.date;
  const summary = t('history.chart.summary', {
    days: series.length,
    from: first === undefined ? '' : formatShortDate(first, locale),
    to: last === undefined ? '' : formatShortDate(last, locale),
    active: kept.length,
    breaks: kept.reduce((sum, day) => sum + breaksOf(day), 0),
    most: mostBreaks,
    longest: formatDuration(longestSeconds, locale),
  });
  return (
    <svg className="history-chart" role="img" aria-label={summary} viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`} preserveAspectRatio="xMidYMid meet">
      <text className="chart-title" x={0} y={BREAKS_TOP - TITLE_BASELINE_ABOVE}>
        {t('history.chart.breaksPanel')}
      </text>
      <text className="chart-title" x={0} y={SITTING_TOP - TITLE_BASELINE_ABOVE}>
        {t('history.chart.sittingPanel')}
      </text>
      <YAxis ticks={breaksAxis.ticks} y={breaksY} format={(n) => number.format(n)} />
      <YAxis ticks={sittingAxis.ticks} y={(minutes) => sittingY(minutes * SECONDS_PER_MINUTE)} format={(n) => number.format(n)} />
      <GoalLine y={breaksY(goal.breaksPerDay)} />
      <GoalLine y={sittingY(goal.maxSittingMinutes * SECONDS_PER_MINUTE)} />
      {series.map(({ date, day }, i) => {
        if (day === null) return null;
        const x = centre(i) - (slot * BAR_SHARE) / 2;
        const width = slot * BAR_SHARE;
        const takenTop = breaksY(day.breaksTaken);
        const naturalTop = breaksY(breaksOf(day));
        return (
          <g key={date}>
            {breaksOf(day) === 0 && <rect className="chart-zero" x={x} y={BREAKS_BOTTOM - ZERO_MARK_HEIGHT} width={width} height={ZERO_MARK_HEIGHT} />}
            {day.breaksTaken > 0 && <rect className="chart-taken" x={x} y={takenTop} width={width} height={BREAKS_BOTTOM - takenTop} />}
            {day.naturalBreaks > 0 && <rect className="chart-natural" x={x} y={naturalTop} width={width} height={takenTop - naturalTop} />}
          </g>
        );
      })}
      {sittingSegments(series).map((segment) => (
        <polyline key={segment[0]} className="chart-line" points={segment.map((i) => `${centre(i)},${sittingY(series[i]?.day?.longestSittingSeconds ?? 0)}`).join(' ')} />
      ))}
      {series.map(({ date, day }, i) => day !== null && <circle key={date} className="chart-dot" cx={centre(i)} cy={sittingY(day.longestSittingSeconds)} r={DOT_RADIUS} />)}
      {series.map(({ date }, i) =>
        (series.length - 1 - i) % LABEL_EVERY_DAYS === 0 ? (
          <text key={date} className="chart-date" x={i === series.length - 1 ? centre(i) + slot / 2 : centre(i)} y={VIEW_HEIGHT - 6} textAnchor={i === series.length - 1 ? 'end' : 'middle'}>
            {formatShortDate(date, locale)}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** A panel's baseline and a faint line at each readable step, its figure beside the axis. */
function YAxis({ ticks, y, format }: { ticks: readonly number[]; y: (value: number) => number; format: (value: number) => string }) {
  return (
    <g className="chart-axis">
      {ticks.map((tick) => (
        <g key={tick}>
          <line className={tick === 0 ? 'baseline' : 'gridline'} x1={AXIS_WIDTH} x2={VIEW_WIDTH - RIGHT_MARGIN} y1={y(tick)} y2={y(tick)} />
          <text x={AXIS_WIDTH - 6} y={y(tick) + TICK_LABEL_SHIFT} textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

const GoalLine = ({ y }: { y: number }) => <line className="chart-goal" x1={AXIS_WIDTH} x2={VIEW_WIDTH - RIGHT_MARGIN} y1={y} y2={y} />;

/** Runs of consecutive days with data (as indexes): the sitting line breaks where a day has none. */
function sittingSegments(series: readonly ChartDay[]): number[][] {
  const segments: number[][] = [];
  let run: number[] = [];
  series.forEach((entry, i) => {
    if (entry.day !== null) run.push(i);
    else if (run.length > 0) {
      segments.push(run);
      run = [];
    }
  });
  if (run.length > 0) segments.push(run);
  return segments.filter((segment) => segment.length > 1);
}
