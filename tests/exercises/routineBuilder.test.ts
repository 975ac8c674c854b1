import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSITIONS, type Exercise, type ExerciseTiming, type Position } from '../../main/core/exercises/exerciseSchema';
import { planSeconds } from '../../main/core/exercises/phasePlan';
import { buildRoutine } from '../../main/core/exercises/routineBuilder';

const text = { title: 'T', purpose: 'Purpose.', steps: ['Do it.'], cautions: [] };
const hold = (holdSeconds: number): ExerciseTiming => ({ pattern: 'hold', positionSeconds: 2, holdSeconds, releaseSeconds: 2 });
const exercise = (id: string, position: Position, timing: ExerciseTiming, repetitions = 1, sets = 1): Exercise => ({
  id,
  position,
  illustration: 'chin-tuck',
  view: 'side',
  timing,
  repetitions,
  sets,
  timesPerDay: 3,
  text: { en: text, de: text },
});

const library = [
  exercise('chin', 'seated', hold(10), 5),
  exercise('iso', 'seated', hold(10), 4),
  exercise('squeeze', 'standing', hold(10), 5),
  exercise('walk', 'walking', { pattern: 'walk', positionSeconds: 5, walkSeconds: 60 }),
  exercise('nod', 'floor', hold(5), 5),
  exercise('eyes', 'seated', { pattern: 'rest', positionSeconds: 5, restSeconds: 20 }),
];
const desk: Position[] = ['seated', 'standing', 'walking'];
const ids = (plan: { exerciseId: string }[]) => plan.map((s) => s.exerciseId);

describe('routines', () => {
  it('makes a posture reset of one desk exercise, as many repetitions as fit, resting for the seconds left', () => {
    const plan = buildRoutine(library, { kind: 'micro', durationSeconds: 30, positions: desk, excluded: [], lastExerciseId: null });
    expect(plan.map(({ exerciseId, repetitions, sets, phases }) => ({ exerciseId, repetitions, sets, phases: phases.map((p) => `${p.kind} ${p.seconds}`) }))).toEqual([
      { exerciseId: 'chin', repetitions: 2, sets: 1, phases: ['position 2', 'hold 10', 'release 2', 'hold 10', 'rest 6'] },
    ]);
  });

  it('makes a movement routine of several exercises lasting exactly its three minutes, the walk taking the seconds left', () => {
    const plan = buildRoutine(library, { kind: 'routine', durationSeconds: 180, positions: desk, excluded: ['squeeze'], lastExerciseId: null });
    expect(ids(plan)).toEqual(['chin', 'iso', 'walk']);
    expect(planSeconds(plan)).toBe(180);
    expect(plan[2]?.phases).toEqual([
      { kind: 'position', seconds: 5, repetition: 1, set: 1 },
      { kind: 'walk', seconds: 180 - 60 - 48 - 5, repetition: 1, set: 1 },
    ]);
  });

  it('leaves out floor exercises unless the person can lie down, and never puts them in a posture reset', () => {
    const routine = buildRoutine(library, { kind: 'routine', durationSeconds: 600, positions: [...desk, 'floor'], excluded: [], lastExerciseId: null });
    expect(ids(routine)).toContain('nod');
    const micro = buildRoutine(library, { kind: 'micro', durationSeconds: 30, positions: ['floor'], excluded: [], lastExerciseId: null });
    expect(micro).toEqual([]);
  });

  it('passes over an exercise of which not even half fits, and rests for the seconds left instead', () => {
    const request = { kind: 'routine' as const, positions: desk, excluded: ['squeeze', 'walk', 'eyes'], lastExerciseId: null };
    // chin takes 60 s; half of iso (2 of 4 repetitions) takes 24 s.
    const shape = (durationSeconds: number) => buildRoutine(library, { ...request, durationSeconds }).map((s) => [s.exerciseId, s.repetitions, s.phases.at(-1)?.kind]);
    expect(shape(90)).toEqual([
      ['chin', 5, 'hold'],
      ['iso', 2, 'rest'],
    ]);
    expect(shape(80)).toEqual([['chin', 5, 'rest']]);
  });

  it('rotates, never repeating the exercise that ended the last break, and respects exclusions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('micro' as const, 'routine' as const),
        fc.subarray([...POSITIONS], { minLength: 1 }),
        fc.subarray(library.map((e) => e.id)),
        fc.integer({ min: 10, max: 600 }),
        fc.integer({ min: 2, max: 12 }),
        (kind, positions, excluded, durationSeconds, breaks) => {
          let last: string | null = null;
          for (let i = 0; i < breaks; i++) {
            const plan = ids(buildRoutine(library, { kind, durationSeconds, positions, excluded, lastExerciseId: last }));
            const eligible = library.filter((e) => positions.includes(e.position) && !excluded.includes(e.id) && (kind === 'routine' || e.position === 'seated' || e.position === 'standing'));
            expect(plan.every((id) => eligible.some((e) => e.id === id))).toBe(true);
            expect(new Set(plan).size).toBe(plan.length);
            if (eligible.length > 1 && plan.length > 0) expect(plan[0]).not.toBe(last);
            if (eligible.length > 0) expect(plan.length).toBeGreaterThan(0);
            last = plan.at(-1) ?? last;
          }
        },
      ),
    );
  });
});
