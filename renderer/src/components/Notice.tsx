import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from '../bridge';
import { useSecondsUntil } from '../hooks/useSecondsUntil';
import type { ActiveSession } from '../sessionTypes';
import { NoticeView } from './NoticeView';

/** Seconds between live-region announcements of the countdown. */
const ANNOUNCE_EVERY_SECONDS = 10;

/** Container: the notice's countdown and keys, talking to the bridge. */
export function Notice({ bridge, session }: { bridge: BreakwiseBridge; session: ActiveSession }) {
  const { t } = useTranslation();
  const seconds = useSecondsUntil(session.untilWallMs);
  const announced = useRef<string>('');
  const kind = t(`kind.${session.kind}`);
  if (announced.current === '' || (seconds > 0 && seconds % ANNOUNCE_EVERY_SECONDS === 0)) {
    announced.current = t('notice.announce', { kind, seconds });
  }
  const start = () => void bridge.respond({ response: 'start' });
  const snooze = () => void bridge.respond({ response: 'snooze' });
  const skip = () => void bridge.respond({ response: 'skip' });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) start();
      if (event.key === 'Escape' && session.canSnooze) snooze();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <NoticeView
      kind={session.kind}
      seconds={seconds}
      announcement={announced.current}
      canSnooze={session.canSnooze}
      canSkip={session.canSkip}
      onStart={start}
      onSnooze={snooze}
      onSkip={skip}
    />
  );
}
