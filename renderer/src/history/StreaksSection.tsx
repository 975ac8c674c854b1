import { useTranslation } from 'react-i18next';
import type { HistoryView } from '../../../preload/views';
import { Figure } from './TodayAtAGlance';

/** The current and longest streak of desk days that met the goal, and what counts as one. */
export function StreaksSection({ streaks, goal }: { streaks: HistoryView['streaks']; goal: HistoryView['goal'] }) {
  const { t } = useTranslation();
  return (
    <section className="history-section" aria-labelledby="history-streaks">
      <h2 id="history-streaks">{t('history.streaks.heading')}</h2>
      <dl className="glance">
        <Figure label={t('history.streaks.current')} value={t('history.streaks.days', { count: streaks.current })} />
        <Figure label={t('history.streaks.longest')} value={t('history.streaks.days', { count: streaks.longest })} />
      </dl>
      <p className="hint">{t('history.streaks.explain', { breaks: goal.breaksPerDay, minutes: goal.maxSittingMinutes })}</p>
    </section>
  );
}
