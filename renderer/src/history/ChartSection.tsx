import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryView } from '../../../preload/views';
import type { ChartDay } from './chartDays';
import { formatShortDate } from './formatting';
import { HistoryChart } from './HistoryChart';
import { HistoryTable } from './HistoryTable';

const TABLE_ID = 'history-table';
const SECONDS_PER_MINUTE = 60;

/**
 * The last month as a chart, and the same numbers as a table. The table is always there for
 * screen readers (the chart is one image to them); on screen it shows on request.
 */
export function ChartSection({
  series,
  goal,
  locale,
  naturalBreakAfterSeconds,
}: {
  series: readonly ChartDay[];
  goal: HistoryView['goal'];
  locale: string;
  /** How long an absence must last to count; null while the settings load. */
  naturalBreakAfterSeconds: number | null;
}) {
  const { t } = useTranslation();
  const [tableShown, setTableShown] = useState(false);
  const from = series[0]?.date;
  const to = series[series.length - 1]?.date;
  const range = { from: from === undefined ? '' : formatShortDate(from, locale), to: to === undefined ? '' : formatShortDate(to, locale) };
  return (
    <section className="history-section" aria-labelledby="history-chart">
      <h2 id="history-chart">{t('history.chart.heading', { days: series.length })}</h2>
      <HistoryChart series={series} goal={goal} locale={locale} />
      <ul className="chart-legend">
        <li>
          <Swatch kind="taken" /> {t('history.chart.legendTaken')}
        </li>
        <li>
          <Swatch kind="natural" /> {t('history.chart.legendNatural')}
        </li>
        <li>
          <Swatch kind="line" /> {t('history.chart.legendSitting')}
        </li>
        <li>
          <Swatch kind="goal" /> {t('history.chart.legendGoal', { breaks: goal.breaksPerDay, minutes: goal.maxSittingMinutes })}
        </li>
      </ul>
      {/* When time away counts: the goal takes natural breaks, but only real ones within a desk day. */}
      <p className="hint natural-explain">
        {naturalBreakAfterSeconds === null
          ? t('history.chart.naturalCounts')
          : t('history.chart.naturalCountsAfter', { minutes: Math.round(naturalBreakAfterSeconds / SECONDS_PER_MINUTE), breaks: goal.breaksPerDay })}
      </p>
      <button type="button" className="link-button" aria-expanded={tableShown} aria-controls={TABLE_ID} onClick={() => setTableShown((shown) => !shown)}>
        {tableShown ? t('history.table.hide') : t('history.table.show')}
      </button>
      <div className={tableShown ? 'table-frame' : 'visually-hidden'}>
        <HistoryTable id={TABLE_ID} series={series} locale={locale} caption={t('history.table.caption', range)} />
      </div>
    </section>
  );
}

/** A legend's sample of what the chart draws (decoration: the text beside it names it). */
function Swatch({ kind }: { kind: 'taken' | 'natural' | 'line' | 'goal' }) {
  return (
    <svg className="swatch" viewBox="0 0 20 12" aria-hidden="true" focusable="false">
      {kind === 'taken' && <rect className="chart-taken" x={4} y={1} width={12} height={10} />}
      {kind === 'natural' && <rect className="chart-natural" x={4} y={1} width={12} height={10} />}
      {kind === 'line' && (
        <>
          <line className="chart-line" x1={1} x2={19} y1={6} y2={6} />
          <circle className="chart-dot" cx={10} cy={6} r={2.6} />
        </>
      )}
      {kind === 'goal' && <line className="chart-goal" x1={1} x2={19} y1={6} y2={6} />}
    </svg>
  );
}
