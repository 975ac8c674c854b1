import type { PhaseKind } from '../../../preload/contract';
import type { PlayerState, Routine } from './playerMachine';

/**
 * What the player says or sounds as a break moves on: a new exercise, and then each phase in the
 * same true words the screen shows (get into position, hold, relax, breathe out, breathe in,
 * walk, rest), and the end. Pure, so the tests can check every moment; the hook plays it only
 * when the person turned voice or chime on (both are off by default).
 */
export type CueKind = 'exercise' | PhaseKind | 'done';

export interface Cue {
  readonly kind: CueKind;
  readonly text: string;
}

export interface CueWords {
  /** The exercise's name, its cautions and its steps. */
  exercise(stepIndex: number): string;
  /** Getting into position again at the start of a later set. */
  position(set: number, sets: number): string;
  hold(seconds: number): string;
  release(repetition: number, repetitions: number): string;
  breathe(kind: 'breathe-out' | 'breathe-in'): string;
  walk(seconds: number): string;
  rest(seconds: number): string;
  done(completedSteps: number, skippedSteps: number): string;
}

type Playing = Extract<PlayerState, { status: 'playing' }>;

const isPlaying = (state: PlayerState | null): state is Playing => state?.status === 'playing';

/**
 * The cue for the step from `previous` to `next`, or null when nothing worth saying happened: a
 * new exercise, a new phase (a hold or a walk with its planned length), the end. Nothing on plain
 * seconds, a pause or a resume.
 */
export function cueFor(previous: PlayerState | null, next: PlayerState, words: CueWords, routine: Routine): Cue | null {
  if (next.status === 'done') return previous?.status === 'done' ? null : { kind: 'done', text: words.done(next.completedSteps, next.skippedSteps) };
  if (!isPlaying(next)) return null;
  if (!isPlaying(previous) || previous.stepIndex !== next.stepIndex) return { kind: 'exercise', text: words.exercise(next.stepIndex) };
  if (previous.phaseIndex === next.phaseIndex) return null;
  const step = routine.steps[next.stepIndex];
  const phase = step?.phases[next.phaseIndex];
  if (step === undefined || phase === undefined) return null;
  const say = (text: string): Cue => ({ kind: phase.kind, text });
  switch (phase.kind) {
    case 'position':
      return say(words.position(phase.set, step.sets));
    case 'hold':
      return say(words.hold(phase.seconds));
    case 'release':
      return say(words.release(phase.repetition, step.repetitions));
    case 'breathe-out':
    case 'breathe-in':
      return say(words.breathe(phase.kind));
    case 'walk':
      return say(words.walk(phase.seconds));
    case 'rest':
      return say(words.rest(phase.seconds));
  }
}
