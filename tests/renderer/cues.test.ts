import { describe, expect, it } from 'vitest';
import type { Phase, PhaseKind, PlannedExercise } from '../../preload/contract';
import { cueFor, type Cue, type CueWords } from '../../renderer/src/player/cues';
import { playerTransition, startPlayer, type PlayerEvent, type PlayerState, type Routine } from '../../renderer/src/player/playerMachine';

const text = { title: 'T', purpose: 'Purpose.', steps: ['Do it.'], cautions: [] };
const phase = (kind: PhaseKind, seconds: number, repetition = 1, set = 1): Phase => ({ kind, seconds, repetition, set });
const step = (exerciseId: string, repetitions: number, phases: Phase[], sets = 1): PlannedExercise => ({ exerciseId, illustration: 'chin-tuck', text: { en: text, de: text }, repetitions, sets, phases });

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
/** chin: 2 + 10 + 2 + 10 + a 2-second rest; walk: 2 getting up, 8 walking. */
const routine: Routine = {
  steps: [step('chin', 2, [phase('position', 2), phase('hold', 10), phase('release', 2, 2), phase('hold', 10, 2), phase('rest', 2, 2)]), step('walk', 1, [phase('position', 2), phase('walk', 8)])],
  untilWallMs: START + 36_000,
};

const words = (r: Routine = routine): CueWords => ({
  exercise: (i) => `exercise ${r.steps[i]?.exerciseId ?? '?'}`,
  position: (set, sets) => `position ${set}/${sets}`,
  hold: (seconds) => `hold ${seconds}`,
  release: (current, total) => `relax ${current}/${total}`,
  breathe: (kind) => kind,
  walk: (seconds) => `walk ${seconds}`,
  rest: (seconds) => `rest ${seconds}`,
  done: (completed, skipped) => `done ${completed} skipped ${skipped}`,
});

/** Plays `events` (each at its own second, from the start) and collects the cue of every step, as the hook would. */
function cues(events: PlayerEvent['type'][], r: Routine = routine): Cue[] {
  const said: Cue[] = [];
  let previous: PlayerState | null = null;
  let state = startPlayer(r, START);
  for (const [second, type] of [null, ...events].entries()) {
    if (type !== null) state = playerTransition(r, state, { type, nowWallMs: START + second * 1000 });
    const cue = cueFor(previous, state, words(r), r);
    if (cue !== null) said.push(cue);
    previous = state;
  }
  return said;
}
const ticks = (n: number): PlayerEvent['type'][] => Array.from({ length: n }, () => 'tick');

describe('spoken and chimed cues', () => {
  it('name each exercise, say hold (for its planned seconds), relax at each repetition, rest and walk with theirs, and mark the end — and nothing on plain seconds', () => {
    expect(cues(ticks(36)).map((c) => `${c.kind}: ${c.text}`)).toEqual([
      'exercise: exercise chin',
      'hold: hold 10',
      'release: relax 2/2',
      'hold: hold 10',
      'rest: rest 2',
      'exercise: exercise walk',
      'walk: walk 8',
      'done: done 2 skipped 0',
    ]);
  });

  it('pace cat-cow breath by breath, and say "get into position" again at the start of a later set', () => {
    const catCow: Routine = {
      steps: [step('cat-cow', 2, [phase('position', 2), phase('breathe-out', 4), phase('breathe-in', 4), phase('breathe-out', 4, 2), phase('breathe-in', 4, 2), phase('position', 2, 1, 2), phase('breathe-out', 4, 1, 2)], 2)],
      untilWallMs: START + 24_000,
    };
    expect(cues(ticks(24), catCow).map((c) => c.text)).toEqual([
      'exercise cat-cow',
      'breathe-out',
      'breathe-in',
      'breathe-out',
      'breathe-in',
      'position 2/2',
      'breathe-out',
      'done 1 skipped 0',
    ]);
  });

  it('say the hold’s planned length even when the window wakes late into it', () => {
    const late = startPlayer(routine, START + 1_000);
    const held = playerTransition(routine, late, { type: 'tick', nowWallMs: START + 3_400 });
    expect(cueFor(late, held, words(), routine)).toEqual({ kind: 'hold', text: 'hold 10' });
  });

  it('stay quiet through a pause and its resume', () => {
    expect(cues(['pause', ...ticks(30), 'resume']).map((c) => c.kind)).toEqual(['exercise']);
  });

  it('name the next exercise when the person moves on, and say nothing after "this hurts"', () => {
    expect(cues(['next', 'hurt']).map((c) => c.text)).toEqual(['exercise chin', 'exercise walk']);
  });

  it('end a break whose exercises were all skipped with the counts as they are', () => {
    expect(cues(['next', 'next']).map((c) => c.text)).toEqual(['exercise chin', 'exercise walk', 'done 0 skipped 2']);
  });
});
