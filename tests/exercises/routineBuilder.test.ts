import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSITIONS, type Exercise, type Position } from '../../main/core/exercises/exerciseSchema';
import { buildRoutine, routineSeconds } from '../../main/core/exercises/routineBuilder';

const text = { title: 'T', purpose: 'Purpose.', steps: ['Do it.'], cautions: [] };
const exercise = (id: string, position: Position, holdSeconds: number, repetitions: number, sets = 1): Exercise => ({
  id,
  position,
  illustration: 'chin-tuck',
  view: 'side',
  holdSeconds,
  repetitions,
  sets,
  timesPerDay: 3,
  transitionSeconds: 2,
  optionalBand: false,
  text: { en: text, de: text },
});

const library = [
  exercise('chin', 'seated', 10, 5),
  exercise('iso', 'seated', 10, 4),
  exercise('squeeze', 'standing', 10, 5),
  exercise('walk', 'walking', 60, 1),
  exercise('nod', 'floor', 5, 5),
  exercise('eyes', 'seated', 20, 1),
];
const desk: Position[] = ['seated', 'standing', 'walking'];

describe('routines', () => {
  it('makes a posture reset of one desk exercise, trimmed to about 30 seconds', () => {
    const steps = buildRoutine(library, { kind: 'micro', targetSeconds: 30, positions: desk, excluded: [], lastExerciseId: null });
    expect(steps).toEqual([{ exerciseId: 'chin', repetitions: 2, sets: 1, seconds: 24 }]);
  });

  it('makes a movement routine of several exercises adding up to about three minutes', () => {
    const steps = buildRoutine(library, { kind: 'routine', targetSeconds: 180, positions: desk, excluded: [], lastExerciseId: null });
    expect(steps.map((s) => s.exerciseId)).toEqual(['chin', 'iso', 'squeeze', 'walk']);
    expect(routineSeconds(steps)).toBeGreaterThanOrEqual(150);
    expect(routineSeconds(steps)).toBeLessThanOrEqual(180 + 62);
  });

  it('leaves out floor exercises unless the person can lie down, and never puts them in a posture reset', () => {
    const routine = buildRoutine(library, { kind: 'routine', targetSeconds: 600, positions: [...desk, 'floor'], excluded: [], lastExerciseId: null });
    expect(routine.map((s) => s.exerciseId)).toContain('nod');
    const micro = buildRoutine(library, { kind: 'micro', targetSeconds: 30, positions: ['floor'], excluded: [], lastExerciseId: null });
    expect(micro).toEqual([]);
  });

  it('rotates, never repeating the exercise that ended the last break, and respects exclusions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('micro' as const, 'routine' as const),
        fc.subarray([...POSITIONS], { minLength: 1 }),
        fc.subarray(library.map((e) => e.id)),
        fc.integer({ min: 10, max: 600 }),
        fc.integer({ min: 2, max: 12 }),
        (kind, positions, excluded, targetSeconds, breaks) => {
          let last: string | null = null;
          for (let i = 0; i < breaks; i++) {
            const steps = buildRoutine(library, { kind, targetSeconds, positions, excluded, lastExerciseId: last });
            const ids = steps.map((s) => s.exerciseId);
            const eligible = library.filter((e) => positions.includes(e.position) && !excluded.includes(e.id) && (kind === 'routine' || e.position === 'seated' || e.position === 'standing'));
            expect(ids.every((id) => eligible.some((e) => e.id === id))).toBe(true);
            expect(new Set(ids).size).toBe(ids.length);
            if (eligible.length > 1 && ids.length > 0) expect(ids[0]).not.toBe(last);
            if (eligible.length > 0) expect(ids.length).toBeGreaterThan(0);
            last = ids.at(-1) ?? last;
          }
        },
      ),
    );
  });
});
