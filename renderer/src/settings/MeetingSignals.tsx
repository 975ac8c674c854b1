import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUSY_REASONS, type BusyReason } from '../../../main/core/shared/busyReasons';
import type { BreakwiseBridge } from '../bridge';

export type SignalAvailability = 'works' | 'unavailable';
export type MeetingSignalsView = Readonly<Record<BusyReason, SignalAvailability>>;

/**
 * Asks once, when the settings window opens, which meeting signals this computer can read (one
 * full look at the OS in the main process). Null while the answer is on its way or if none came.
 */
export function useMeetingSignals(bridge: BreakwiseBridge): MeetingSignalsView | null {
  const [signals, setSignals] = useState<MeetingSignalsView | null>(null);
  useEffect(() => {
    let current = true;
    void bridge.getMeetingSignals().then((reply) => {
      if (current && reply.ok) setSignals(reply.value);
    });
    return () => {
      current = false;
    };
  }, [bridge]);
  return signals;
}

/** Which signals work here: a signal this computer cannot read never holds a break, and the person should know. */
export function MeetingSignals({ signals }: { signals: MeetingSignalsView | null }) {
  const { t } = useTranslation();
  return (
    <div className="group meeting-signals" aria-labelledby="meeting-signals-heading">
      <h3 id="meeting-signals-heading">{t('settings.meetingSignals.heading')}</h3>
      {signals === null ? (
        <p className="hint">{t('settings.meetingSignals.checking')}</p>
      ) : (
        <ul>
          {BUSY_REASONS.map((signal) => (
            <li key={signal} className={signals[signal]}>
              {t(`settings.options.meetings.signals.${signal}`)}: <span>{t(`settings.meetingSignals.${signals[signal]}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
