import { useTranslation } from 'react-i18next';

export interface BreakActionsProps {
  readonly paused: boolean;
  readonly canSnooze: boolean;
  readonly canSkip: boolean;
  /** Pause or resume. */
  readonly onPauseToggle: () => void;
  /** Leave this exercise (it counts as skipped) and go on with the break. */
  readonly onSkipExercise: () => void;
  readonly onSnooze: () => void;
  /** End the whole break now. */
  readonly onSkipBreak: () => void;
  readonly onHurt: () => void;
}

/**
 * One clear action (pause or resume), one quieter (skip this exercise), the break's own choices
 * quieter still (snooze, skip the break), and "This hurts — stop" apart from them all, in its own
 * colour, always there.
 */
export function BreakActions(p: BreakActionsProps) {
  const { t } = useTranslation();
  return (
    <footer className="break-actions">
      <div className="break-actions-main">
        <button type="button" className="primary" aria-keyshortcuts="Space" onClick={p.onPauseToggle}>
          {p.paused ? t('player.resume') : t('player.pause')}
        </button>
        <button type="button" className="secondary" aria-keyshortcuts="Enter" onClick={p.onSkipExercise}>
          {t('player.skipExercise')}
        </button>
      </div>
      {(p.canSnooze || p.canSkip) && (
        <div className="break-actions-quiet">
          {p.canSnooze && (
            <button type="button" className="quiet" aria-keyshortcuts="Escape" onClick={p.onSnooze}>
              {t('player.snooze')}
            </button>
          )}
          {p.canSkip && (
            <button type="button" className="quiet" onClick={p.onSkipBreak}>
              {t('player.skipBreak')}
            </button>
          )}
        </div>
      )}
      <button type="button" className="stop" onClick={p.onHurt}>
        <svg className="stop-mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <path d="M6.5 1.5h7l5 5v7l-5 5h-7l-5-5v-7z" />
          <path className="stop-bar" d="M6 10h8" />
        </svg>
        {t('player.hurts')}
      </button>
      <p className="break-keys">{p.canSnooze ? t('player.keysWithSnooze') : t('player.keys')}</p>
    </footer>
  );
}
