import { useTranslation } from 'react-i18next';
import { clockText, isClock } from '../player/phaseView';
import type { BreakKind } from '../sessionTypes';
import './notice.css';

export interface NoticeViewProps {
  readonly kind: BreakKind;
  readonly seconds: number;
  /** What the polite live region says; changed only now and then, never every second. */
  readonly announcement: string;
  readonly canSnooze: boolean;
  readonly canSkip: boolean;
  readonly onStart: () => void;
  readonly onSnooze: () => void;
  readonly onSkip: () => void;
}

/** The notice before a break: what is coming and when on the left, what can be done about it on the right. */
export function NoticeView(props: NoticeViewProps) {
  const { t } = useTranslation();
  const kind = t(`kind.${props.kind}`);
  return (
    <main className="notice" aria-labelledby="notice-heading">
      <div className="notice-text">
        <h1 id="notice-heading">{t('notice.heading', { kind })}</h1>
        <p className="notice-countdown" aria-hidden="true">
          {/* A minute or more reads as a clock ("5:00"), as the break's own countdown does. */}
          {isClock(props.seconds) ? t('notice.countdownClock', { clock: clockText(props.seconds) }) : t('notice.countdown', { seconds: props.seconds })}
        </p>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {props.announcement}
      </p>
      <div className="notice-actions">
        <button type="button" className="primary" onClick={props.onStart}>
          {t('notice.start')}
        </button>
        {props.canSnooze && (
          <button type="button" onClick={props.onSnooze}>
            {t('notice.snooze')}
          </button>
        )}
        {props.canSkip && (
          <button type="button" onClick={props.onSkip}>
            {t('notice.skip')}
          </button>
        )}
      </div>
    </main>
  );
}
