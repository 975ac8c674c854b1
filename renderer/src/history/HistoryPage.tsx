import { useTranslation } from 'react-i18next';
import type { HistoryView } from '../../../preload/views';
import { ChartSection } from './ChartSection';
import { CheckInsSection } from './CheckInsSection';
import { chartDays } from './chartDays';
import { ExportSection } from './ExportSection';
import { StreaksSection } from './StreaksSection';
import { SoreExercisesSection } from './SoreExercisesSection';
import { TodayAtAGlance } from './TodayAtAGlance';
import type { ExportFormat, ExportState } from './useHistoryExport';
import type { PutBack } from './usePutBack';
import { checkInTotals, soreExercises } from './wellbeing';

export interface HistoryPageProps {
  readonly view: HistoryView;
  /** The language numbers, durations and dates are written in. */
  readonly locale: string;
  readonly exportState: ExportState;
  readonly onExport: (format: ExportFormat) => void;
  /** The exercises left out, and putting one back. */
  readonly exclusions: PutBack;
  /** How long an absence must last to count as a natural break; null while the settings load. */
  readonly naturalBreakAfterSeconds: number | null;
}

/**
 * The history window, from props: today, streaks, the last month, how the neck felt after breaks,
 * the exercises that hurt, and export; or a word that there is nothing yet.
 */
export function HistoryPage({ view, locale, exportState, onExport, exclusions, naturalBreakAfterSeconds }: HistoryPageProps) {
  const { t } = useTranslation();
  const series = chartDays(view.days, view.today.date);
  return (
    <main className="history" aria-labelledby="history-heading">
      <h1 id="history-heading">{t('history.title')}</h1>
      {view.days.length === 0 ? (
        <section className="history-section empty" aria-labelledby="history-empty">
          <h2 id="history-empty">{t('history.empty.heading')}</h2>
          <p>{t('history.empty.text')}</p>
        </section>
      ) : (
        <>
          <TodayAtAGlance today={view.today} goal={view.goal} locale={locale} />
          <StreaksSection streaks={view.streaks} goal={view.goal} />
          <ChartSection series={series} goal={view.goal} locale={locale} naturalBreakAfterSeconds={naturalBreakAfterSeconds} />
          <CheckInsSection totals={checkInTotals(series)} days={series.length} locale={locale} />
          <SoreExercisesSection
            exercises={soreExercises(view.days, exclusions.excluded)}
            locale={locale}
            onPutBack={exclusions.putBack}
            managed={exclusions.managed}
            error={exclusions.error}
          />
          <ExportSection state={exportState} onExport={onExport} />
        </>
      )}
    </main>
  );
}
