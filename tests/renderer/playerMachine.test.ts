import { describe, expect, it } from 'vitest';
import type { Phase, PhaseKind, PlannedExercise } from '../../preload/contract';
import { msUntilNextSecond, playerTransition, startPlayer, totalSeconds, type PlayerEvent, type PlayerState, type Routine } from '../../renderer/src/player/playerMachine';
import { engineBreak } from '../support/engineBreak';

const text = { title: 'T', purpose: 'Purpose.', steps: ['Do it.'], cautions: [] };
const phase = (kind: PhaseKind, seconds: number, repetition = 1, set = 1): Phase => ({ kind, seconds, repetition, set });
const step = (exerciseId: string, phases: Phase[]): PlannedExercise => ({
  exerciseId,
  illustration: 'chin-tuck',
  text: { en: text, de: text },
  repetitions: Math.max(...phases.map((p) => p.repetition)),
  sets: Math.max(...phases.map((p) => p.set)),
  phases,
});

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
/** chin: 2 + 10 + 2 + 10 = 24 s; walk in two sets: 10 + 10 = 20 s; 44 s in all. */
const routine: Routine = {
  steps: [
    step('chin', [phase('position', 2), phase('hold', 10), phase('release', 2, 2), phase('hold', 10, 2)]),
    step('walk', [phase('walk', 10), phase('walk', 10, 1, 2)]),
  ],
  untilWallMs: START + 44_000,
};

const at = (seconds: number) => START + seconds * 1000;
const event = (type: PlayerEvent['type'], seconds: number): PlayerEvent => ({ type, nowWallMs: at(seconds) });
const tickAt = (seconds: number, from: PlayerState = startPlayer(routine, START), r: Routine = routine) => playerTransition(r, from, event('tick', seconds));

/** Plays from `nowWallMs` on, waking only when the player asks to, as the window does; every state it showed, with its moment. */
function play(r: Routine, nowWallMs: number, untilWallMs = r.untilWallMs + 5_000): { atMs: number; state: PlayerState }[] {
  const shown = [{ atMs: nowWallMs, state: startPlayer(r, nowWallMs) }];
  for (;;) {
    const last = shown.at(-1);
    if (last === undefined) return shown;
    const delayMs = last.state.status === 'playing' ? msUntilNextSecond(r, last.state.place, last.atMs) : null;
    if (delayMs === null || last.atMs + delayMs > untilWallMs) return shown;
    const atMs = last.atMs + delayMs;
    shown.push({ atMs, state: playerTransition(r, last.state, { type: 'tick', nowWallMs: atMs }) });
  }
}

const doneAt = (shown: { atMs: number; state: PlayerState }[]) => shown.find((s) => s.state.status === 'done')?.atMs;

describe('the break player', () => {
  it('plays the session the engine made, phase by phase, and its last phase ends at untilWallMs', () => {
    const { session, startedWallMs, endedWallMs } = engineBreak('micro');
    const r: Routine = session;
    const shown = play(r, startedWallMs);
    const phases = shown.flatMap(({ state }) => (state.status === 'playing' ? [`${state.phase} ${state.secondsLeft}`] : [state.status]));
    expect(phases).toEqual([
      ...['position 3', 'position 2', 'position 1'],
      ...Array.from({ length: 10 }, (_, i) => `hold ${10 - i}`),
      ...['release 3', 'release 2', 'release 1'],
      ...Array.from({ length: 10 }, (_, i) => `hold ${10 - i}`),
      ...['rest 4', 'rest 3', 'rest 2', 'rest 1'],
      'done',
    ]);
    expect(shown.map((s) => s.atMs - startedWallMs)).toEqual(Array.from({ length: 31 }, (_, i) => i * 1000));
    expect(doneAt(shown)).toBe(endedWallMs);
    expect(startPlayer(r, endedWallMs - 1)).toMatchObject({ status: 'playing', phase: 'rest', secondsLeft: 1 });
    expect(startPlayer(r, endedWallMs)).toEqual({ status: 'done', completedSteps: 1, skippedSteps: 0 });
  });

  it('plays a movement routine the engine made to the same second as the engine, exercise after exercise', () => {
    const { session, startedWallMs, endedWallMs } = engineBreak('routine', { routineBreak: { durationSeconds: 240 } });
    const shown = play(session, startedWallMs);
    expect(doneAt(shown)).toBe(endedWallMs);
    const exercises = [...new Set(shown.flatMap(({ state }) => (state.status === 'playing' ? [state.stepIndex] : [])))];
    expect(exercises).toEqual(session.steps.map((_, i) => i));
  });

  it('plays exactly the seconds the session says, whatever the library would say', () => {
    const odd: Routine = { steps: [step('seated-chin-tuck', [phase('position', 1), phase('hold', 7), phase('rest', 3)])], untilWallMs: START + 11_000 };
    expect(tickAt(1, startPlayer(odd, START), odd)).toMatchObject({ phase: 'hold', secondsLeft: 7 });
    expect(tickAt(8, startPlayer(odd, START), odd)).toMatchObject({ phase: 'rest', secondsLeft: 3 });
    expect(doneAt(play(odd, START))).toBe(odd.untilWallMs);
  });

  it('starts a window that gets the session late where the break is, and ends it on the same second as every other display', () => {
    const onTime = play(routine, START);
    const late = play(routine, START + 11_345);
    expect(late[0]?.state).toMatchObject({ status: 'playing', stepIndex: 0, phase: 'hold', repetition: 1, secondsLeft: 1, elapsedSeconds: 11 });
    // Its first tick comes when the plan reaches its next whole second, not a second after it arrived.
    expect(late[1]?.atMs).toBe(START + 12_000);
    expect(late[1]?.state).toMatchObject({ phase: 'release', repetition: 2, secondsLeft: 2 });
    expect(doneAt(late)).toBe(routine.untilWallMs);
    expect(doneAt(onTime)).toBe(routine.untilWallMs);
    // From then on both displays show the same thing at the same moment.
    const view = ({ state }: { state: PlayerState }) => (state.status === 'playing' ? { ...state, place: null } : state);
    expect(late.slice(1).map(view)).toEqual(onTime.filter((s) => s.atMs >= START + 12_000).map(view));
  });

  it('moves into position, holds, counts repetitions, then goes on to the next exercise and its sets', () => {
    expect(startPlayer(routine, START)).toMatchObject({ status: 'playing', stepIndex: 0, repetition: 1, phase: 'position', secondsLeft: 2 });
    expect(tickAt(2)).toMatchObject({ phase: 'hold', secondsLeft: 10, repetition: 1 });
    expect(tickAt(12)).toMatchObject({ phase: 'release', repetition: 2 });
    expect(tickAt(24)).toMatchObject({ stepIndex: 1, set: 1, phase: 'walk', secondsLeft: 10 });
    expect(tickAt(34)).toMatchObject({ stepIndex: 1, set: 2 });
    expect(tickAt(44)).toEqual({ status: 'done', completedSteps: 2, skippedSteps: 0 });
    expect(totalSeconds(routine)).toBe(44);
  });

  it('stands still while paused, and can always be paused (WCAG 2.2.1); after a resume it goes on from where it stood', () => {
    const paused = playerTransition(routine, tickAt(3), event('pause', 3.5));
    expect(paused).toMatchObject({ status: 'playing', paused: true, phase: 'hold', secondsLeft: 9, elapsedSeconds: 3 });
    expect(tickAt(100, paused)).toEqual(paused);
    expect(paused.status === 'playing' && msUntilNextSecond(routine, paused.place, at(100))).toBeNull();
    const resumed = playerTransition(routine, paused, event('resume', 60));
    expect(resumed).toMatchObject({ paused: false, phase: 'hold', secondsLeft: 9 });
    expect(resumed.status === 'playing' && msUntilNextSecond(routine, resumed.place, at(60))).toBe(500);
    expect(tickAt(60 + 8, resumed)).toMatchObject({ phase: 'hold', secondsLeft: 1 });
    expect(tickAt(60 + 8.5, resumed)).toMatchObject({ phase: 'release', repetition: 2 });
  });

  it('skips to the next exercise on request, moving the progress on and counting the exercise as skipped', () => {
    const skipped = playerTransition(routine, tickAt(5), event('next', 5));
    expect(skipped).toMatchObject({ stepIndex: 1, repetition: 1, phase: 'walk', secondsLeft: 10, elapsedSeconds: 24, skippedSteps: 1 });
    expect(tickAt(15, skipped)).toMatchObject({ stepIndex: 1, set: 2 });
    expect(tickAt(25, skipped)).toEqual({ status: 'done', completedSteps: 1, skippedSteps: 1 });
    expect(playerTransition(routine, skipped, event('next', 6))).toEqual({ status: 'done', completedSteps: 0, skippedSteps: 2 });
  });

  it('stops at once when it hurts, naming the exercise', () => {
    expect(playerTransition(routine, tickAt(30), event('hurt', 30))).toEqual({ status: 'hurt', exerciseId: 'walk', completedSteps: 1 });
    const hurt = playerTransition(routine, startPlayer(routine, START), event('hurt', 0));
    expect(playerTransition(routine, tickAt(5, hurt), event('resume', 6))).toMatchObject({ status: 'hurt' });
  });

  it('shows the first phase whole to a window that gets the session before its plan begins', () => {
    const early = startPlayer(routine, START - 300);
    expect(early).toMatchObject({ phase: 'position', secondsLeft: 2, elapsedSeconds: 0 });
    expect(early.status === 'playing' && msUntilNextSecond(routine, early.place, START - 300)).toBe(300);
  });
});
