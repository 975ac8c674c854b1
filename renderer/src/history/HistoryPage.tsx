import { useTranslation } from 'react-i18next';
import type { HistoryView } from '../../../preload/views';
import { ChartSection } from './ChartSection';
import { chartDays } from './chartDays';
import { ExportSection } from './ExportSection';
import { StreaksSection } from './StreaksSection';
import { TodayAtAGlance } from './TodayAtAGlance';
import type { ExportFormat, ExportState } from './useHistoryExport';

export interface HistoryPageProps {
  readonly view: HistoryView;
  /** The language numbers, durations and dates are written in. */
  readonly locale: string;
  readonly exportState: ExportState;
  readonly onExport: (format: ExportFormat) => void;
}

/** The history window, from props: today, streaks, the last month and export; or a word that there is nothing yet. */
export function HistoryPage({ view, locale, exportState, onExport }: HistoryPageProps) {
  const { t } = useTranslation();
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
          <ChartSection series={chartDays(view.days, view.today.date)} goal={view.goal} locale={locale} />
          <ExportSection state={exportState} onExport={onExport} />
        </>
      )}
    </main>
  );
}
