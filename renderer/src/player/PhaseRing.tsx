import { useState, type CSSProperties, type ReactNode } from 'react';
import type { PhaseKind } from '../../../preload/contract';
import { fillsRing, ringShare } from './phaseView';

/** The ring's circumference in its own units (pathLength), so a share maps straight to a dash. */
const RING_LENGTH = 100;

export interface PhaseRingProps {
  readonly phase: PhaseKind;
  /** The phase's planned length and what is left of it, in whole seconds. */
  readonly seconds: number;
  readonly secondsLeft: number;
  readonly paused: boolean;
  /** What the ring's centre shows: the countdown. */
  readonly children: ReactNode;
}

/**
 * A ring that runs with the phase: it drains as a hold, walk or rest runs down and fills with a
 * breath in. It glides with a CSS animation started where the phase stood when it appeared (and
 * paused with the player); with reduced motion it has no animation and steps once a second.
 * Mount one per phase (a `key`), so each starts afresh.
 */
export function PhaseRing({ phase, seconds, secondsLeft, paused, children }: PhaseRingProps) {
  // Where the phase stood when the ring appeared: the animation starts there and then runs on its own.
  const [startedAt] = useState(() => Math.max(0, seconds - secondsLeft));
  const dash = Math.round(RING_LENGTH * (1 - ringShare(phase, seconds, secondsLeft)) * 100) / 100;
  const motion: CSSProperties = { animationDuration: `${seconds}s`, animationDelay: `${-startedAt}s` };
  return (
    <div className={`phase-ring${paused ? ' is-paused' : ''}`}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle className="phase-ring-track" cx="60" cy="60" r="54" />
        <circle
          className={`phase-ring-progress ${fillsRing(phase) ? 'fills' : 'drains'}`}
          cx="60"
          cy="60"
          r="54"
          pathLength={RING_LENGTH}
          strokeDasharray={RING_LENGTH}
          strokeDashoffset={dash}
          transform="rotate(-90 60 60)"
          style={motion}
        />
      </svg>
      <div className="phase-ring-centre">{children}</div>
    </div>
  );
}
