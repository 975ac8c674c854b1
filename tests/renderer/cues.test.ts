import { describe, expect, it } from 'vitest';
import { cueFor, type Cue, type CueWords } from '../../renderer/src/player/cues';
import { playerTransition, startPlayer, type PlayerEvent, type PlayerState, type Routine } from '../../renderer/src/player/playerMachine';

const routine: Routine = {
  steps: [
    { exerciseId: 'chin', repetitions: 2, sets: 1, seconds: 24 },
    { exerciseId: 'walk', repetitions: 1, sets: 1, seconds: 10 },
  ],
  timingOf: (id) => (id === 'chin' ? { holdSeconds: 10, transitionSeconds: 2 } : { holdSeconds: 0, transitionSeconds: 10 }),
};

const words: CueWords = {
  exercise: (i) => `exercise ${routine.steps[i]?.exerciseId ?? '?'}`,
  hold: (seconds) => `hold ${seconds}`,
  release: (current, total) => `relax ${current}/${total}`,
  done: () => 'done',
};

/** Plays `events` and collects the cue of every step, as the hook would. */
function cues(events: PlayerEvent[]): Cue[] {
  const said: Cue[] = [];
  let previous: PlayerState | null = null;
  let state = startPlayer(routine);
  for (const event of [null, ...events]) {
    if (event !== null) state = playerTransition(routine, state, event);
    const cue = cueFor(previous, state, words, (i) => routine.steps[i]?.repetitions ?? 1);
    if (cue !== null) said.push(cue);
    previous = state;
  }
  return said;
}
const ticks = (n: number): PlayerEvent[] => Array.from({ length: n }, () => ({ type: 'tick' }));

describe('spoken and chimed cues', () => {
  it('name each exercise, say hold and relax at each repetition, and mark the end — and nothing on plain seconds', () => {
    expect(cues(ticks(34)).map((c) => `${c.kind}: ${c.text}`)).toEqual([
      'exercise: exercise chin',
      'hold: hold 10',
      'release: relax 2/2',
      'hold: hold 10',
      'exercise: exercise walk',
      'done: done',
    ]);
  });

  it('stay quiet through a pause and its resume', () => {
    expect(cues([...ticks(1), { type: 'pause' }, ...ticks(30), { type: 'resume' }]).map((c) => c.kind)).toEqual(['exercise']);
  });

  it('name the next exercise when the person moves on, and say nothing after "this hurts"', () => {
    expect(cues([{ type: 'next' }, { type: 'hurt' }]).map((c) => c.text)).toEqual(['exercise chin', 'exercise walk']);
  });
});
