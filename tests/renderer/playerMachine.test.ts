import { describe, expect, it } from 'vitest';
import { playerTransition, startPlayer, totalSeconds, type PlayerEvent, type PlayerState, type Routine } from '../../renderer/src/player/playerMachine';

const routine: Routine = {
  steps: [
    { exerciseId: 'chin', repetitions: 2, sets: 1, seconds: 24 },
    { exerciseId: 'walk', repetitions: 1, sets: 2, seconds: 20 },
  ],
  timingOf: (id) => (id === 'chin' ? { holdSeconds: 10, transitionSeconds: 2 } : { holdSeconds: 0, transitionSeconds: 10 }),
};

const run = (events: PlayerEvent[], from: PlayerState = startPlayer(routine)) => events.reduce((s, e) => playerTransition(routine, s, e), from);
const ticks = (n: number): PlayerEvent[] => Array.from({ length: n }, () => ({ type: 'tick' }));

describe('the break player', () => {
  it('moves into position, holds, counts repetitions, then goes on to the next exercise and its sets', () => {
    expect(startPlayer(routine)).toMatchObject({ status: 'playing', stepIndex: 0, repetition: 1, phase: 'move', secondsLeft: 2 });
    expect(run(ticks(2))).toMatchObject({ phase: 'hold', secondsLeft: 10, repetition: 1 });
    expect(run(ticks(12))).toMatchObject({ phase: 'move', repetition: 2 });
    expect(run(ticks(24))).toMatchObject({ stepIndex: 1, set: 1, phase: 'move', secondsLeft: 10 });
    expect(run(ticks(34))).toMatchObject({ stepIndex: 1, set: 2 });
    expect(run(ticks(44))).toEqual({ status: 'done', completedSteps: 2 });
    expect(totalSeconds(routine)).toBe(44);
  });

  it('stands still while paused, and can always be paused (WCAG 2.2.1)', () => {
    const paused = run([...ticks(3), { type: 'pause' }, ...ticks(100)]);
    expect(paused).toMatchObject({ status: 'playing', paused: true, phase: 'hold', secondsLeft: 9, elapsedSeconds: 3 });
    expect(run([{ type: 'resume' }, ...ticks(9)], paused)).toMatchObject({ phase: 'move', repetition: 2 });
  });

  it('skips to the next exercise on request', () => {
    expect(run([{ type: 'next' }])).toMatchObject({ stepIndex: 1, repetition: 1 });
    expect(run([{ type: 'next' }, { type: 'next' }])).toEqual({ status: 'done', completedSteps: 2 });
  });

  it('stops at once when it hurts, naming the exercise', () => {
    expect(run([...ticks(30), { type: 'hurt' }])).toEqual({ status: 'hurt', exerciseId: 'walk', completedSteps: 1 });
    expect(run([{ type: 'hurt' }, ...ticks(5), { type: 'resume' }])).toMatchObject({ status: 'hurt' });
  });
});
