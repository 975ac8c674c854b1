import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryView } from '../../../preload/views';
import { breaksTowardGoal, longestAllowedSittingSeconds, metBreakGoal, sittingWithinGoal } from '../../../main/core/shared/dayGoal';
import type { DaySummary } from './chartDays';
import { formatDuration } from './formatting';

/** Today so far: breaks against the goal, time at the desk, the longest stretch against the goal's limit, routines, snoozes and skips. */
export function TodayAtAGlance({ today, goal, locale }: { today: DaySummary; goal: HistoryView['goal']; locale: string }) {
  const { t } = useTranslation();
  const breaks = breaksTowardGoal(today);
  const maxSittingSeconds = longestAllowedSittingSeconds(goal);
  const sittingTooLong = !sittingWithinGoal(today, goal);
  const breakGoalMet = metBreakGoal(today, goal);
  return (
    <section className="history-section" aria-labelledby="history-today">
      <h2 id="history-today">{t('history.today.heading')}</h2>
      <dl className="glance">
        <Figure label={t('history.today.breaks')} value={t('history.today.breaksValue', { done: breaks, goal: goal.breaksPerDay })}>
          <span className="detail">{t('history.today.breaksDetail', { taken: today.breaksTaken, natural: today.naturalBreaks })}</span>
          <span className={breakGoalMet ? 'detail met' : 'detail'}>
            {breakGoalMet ? t('history.today.goalMet') : t('history.today.goalLeft', { count: goal.breaksPerDay - breaks })}
          </span>
        </Figure>
        <Figure label={t('history.today.active')} value={formatDuration(today.activeSeconds, locale)} />
        <Figure label={t('history.today.longest')} value={formatDuration(today.longestSittingSeconds, locale)}>
          <span className="detail">{t('history.today.longestGoal', { max: formatDuration(maxSittingSeconds, locale) })}</span>
          {sittingTooLong && <span className="detail over">{t('history.today.longestOver')}</span>}
        </Figure>
        <Figure label={t('history.today.routines')} value={t('history.count', { count: today.routinesCompleted })} />
        <Figure label={t('history.today.snoozed')} value={t('history.count', { count: today.breaksSnoozed })} />
        <Figure label={t('history.today.skipped')} value={t('history.count', { count: today.breaksSkipped })} />
      </dl>
    </section>
  );
}

/** One figure of a summary: its name, its value large, and any details under it. */
export function Figure({ label, value, children }: { label: string; value: string; children?: ReactNode }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        <span className="value">{value}</span>
        {children}
      </dd>
    </div>
  );
}
