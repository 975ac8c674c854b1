import type { PlayerState, Routine } from './playerMachine';

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

/**
 * The cue for the step from `previous` to `next`, or null when nothing worth saying happened: a
 * new exercise, a hold (with its planned seconds), a release into the next repetition or set, the
 * end. Walking, resting and breathing have no words of their own yet.
 */
export function cueFor(previous: PlayerState | null, next: PlayerState, words: CueWords, routine: Routine): Cue | null {
  if (next.status === 'done') return previous?.status === 'done' ? null : { kind: 'done', text: words.done() };
  if (!isPlaying(next)) return null;
  if (!isPlaying(previous) || previous.stepIndex !== next.stepIndex) return { kind: 'exercise', text: words.exercise(next.stepIndex) };
  if (previous.phaseIndex === next.phaseIndex) return null;
  const step = routine.steps[next.stepIndex];
  const phase = step?.phases[next.phaseIndex];
  if (step === undefined || phase === undefined) return null;
  if (phase.kind === 'hold') return { kind: 'hold', text: words.hold(phase.seconds) };
  if (phase.kind === 'release' || phase.kind === 'position') return { kind: 'release', text: words.release(phase.repetition, step.repetitions) };
  return null;
}
