import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import { useSecondsUntil } from '../hooks/useSecondsUntil';
import type { ActiveSession } from '../sessionTypes';
import { NoticeView } from './NoticeView';

/** Seconds between live-region announcements of the countdown. */
const ANNOUNCE_EVERY_SECONDS = 10;

/**
 * Container: the notice's countdown, talking to the bridge. It has no keys of its own: the notice
 * window never takes focus (typing must carry on undisturbed), so only its buttons act.
 */
export function Notice({ bridge, session }: { bridge: BreakwiseBridge; session: ActiveSession }) {
  const { t } = useTranslation();
  const seconds = useSecondsUntil(session.untilWallMs);
  const announced = useRef<string>('');
  const kind = t(`kind.${session.kind}`);
  if (announced.current === '' || (seconds > 0 && seconds % ANNOUNCE_EVERY_SECONDS === 0)) {
    announced.current = t('notice.announce', { kind, seconds });
  }
  return (
    <NoticeView
      kind={session.kind}
      seconds={seconds}
      announcement={announced.current}
      canSnooze={session.canSnooze}
      canSkip={session.canSkip}
      onStart={() => void bridge.respond({ response: 'start' })}
      onSnooze={() => void bridge.respond({ response: 'snooze' })}
      onSkip={() => void bridge.respond({ response: 'skip' })}
    />
  );
}
