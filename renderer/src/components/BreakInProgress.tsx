import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import { useSecondsUntil } from '../hooks/useSecondsUntil';
import type { ActiveSession } from '../sessionTypes';

/**
 * The break window until the guided player lands: what break this is, how long is left, and
 * the ways out the settings allow. Its flows (finish, snooze, skip) are the real ones.
 */
export function BreakInProgress({ bridge, session }: { bridge: BreakwiseBridge; session: ActiveSession }) {
  const { t } = useTranslation();
  const seconds = useSecondsUntil(session.untilWallMs);
  return (
    <main className="break" aria-labelledby="break-heading">
      <h1 id="break-heading">{t(`kind.${session.kind}`)}</h1>
      <p className="countdown">{t('break.timeLeft', { seconds })}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void bridge.finishBreak()}>
          {t('break.done')}
        </button>
        {session.canSnooze && (
          <button type="button" onClick={() => void bridge.respond({ response: 'snooze' })}>
            {t('notice.snooze')}
          </button>
        )}
        {session.canSkip && (
          <button type="button" onClick={() => void bridge.respond({ response: 'skip' })}>
            {t('notice.skip')}
          </button>
        )}
      </div>
    </main>
  );
}
