import type { PlayerState } from './playerMachine';

/**
 * What the player says or sounds as a break moves on: a new exercise, "hold", "relax", done.
 * Pure, so the tests can check every moment; the hook plays it only when the person turned
 * voice or chime on (both are off by default).
 */
export type CueKind = 'exercise' | 'hold' | 'release' | 'done';

export interface Cue {
  readonly kind: CueKind;
  readonly text: string;
}

export interface CueWords {
  exercise(stepIndex: number): string;
  hold(seconds: number): string;
  release(repetition: number, repetitions: number): string;
  done(): string;
}

type Playing = Extract<PlayerState, { status: 'playing' }>;

const isPlaying = (state: PlayerState | null): state is Playing => state?.status === 'playing';

/** The cue for the step from `previous` to `next`, or null when nothing worth saying happened. */
export function cueFor(previous: PlayerState | null, next: PlayerState, words: CueWords, repetitionsOf: (stepIndex: number) => number): Cue | null {
  if (next.status === 'done') return previous?.status === 'done' ? null : { kind: 'done', text: words.done() };
  if (!isPlaying(next)) return null;
  if (!isPlaying(previous) || previous.stepIndex !== next.stepIndex) return { kind: 'exercise', text: words.exercise(next.stepIndex) };
  if (previous.phase === next.phase && previous.repetition === next.repetition && previous.set === next.set) return null;
  if (next.phase === 'hold') return { kind: 'hold', text: words.hold(next.secondsLeft) };
  return { kind: 'release', text: words.release(next.repetition, repetitionsOf(next.stepIndex)) };
}
