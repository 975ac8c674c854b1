import type { PhaseKind } from '../../../preload/contract';

/**
 * How the break screen names a phase and writes its time. Pure, so the tests can check every
 * phase and length without a page.
 */

const SECONDS_PER_MINUTE = 60;

/** The locale key of each phase's word: what the person is doing right now. */
export const PHASE_WORD: Record<PhaseKind, `player.phase.${PhaseKind}`> = {
  position: 'player.phase.position',
  hold: 'player.phase.hold',
  release: 'player.phase.release',
  'breathe-out': 'player.phase.breathe-out',
  'breathe-in': 'player.phase.breathe-in',
  walk: 'player.phase.walk',
  rest: 'player.phase.rest',
};

/** Whole minutes and the seconds after them. */
export const minutesAndSeconds = (seconds: number): { minutes: number; seconds: number } => ({
  minutes: Math.floor(seconds / SECONDS_PER_MINUTE),
  seconds: seconds % SECONDS_PER_MINUTE,
});

/** m:ss, as a clock shows it ("4:58", "0:08"). */
export function clockText(seconds: number): string {
  const parts = minutesAndSeconds(Math.max(0, seconds));
  return `${parts.minutes}:${String(parts.seconds).padStart(2, '0')}`;
}

/** A phase's countdown: seconds alone under a minute ("8"), m:ss from a minute on ("4:58"). */
export const countdownText = (seconds: number): string => (seconds < SECONDS_PER_MINUTE ? String(Math.max(0, seconds)) : clockText(seconds));

/** Whether the countdown reads as a clock (m:ss) rather than a number of seconds. */
export const isClock = (seconds: number): boolean => seconds >= SECONDS_PER_MINUTE;

/**
 * How far round the ring is, from 0 (empty) to 1 (full), with `secondsLeft` of `seconds` left.
 * The ring drains as a phase runs down; a breath in fills it instead, so it swells and empties
 * with the breath.
 */
export function ringShare(phase: PhaseKind, seconds: number, secondsLeft: number): number {
  const left = seconds <= 0 ? 0 : Math.min(1, Math.max(0, secondsLeft / seconds));
  return fillsRing(phase) ? 1 - left : left;
}

export const fillsRing = (phase: PhaseKind): boolean => phase === 'breathe-in';
