import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInLibrary } from '../../main/app/routinePlanner';
import { POSITIONS, type Exercise, type ExerciseTiming, type Position } from '../../main/core/exercises/exerciseSchema';
import { exercisePhases, phasesSeconds, planSeconds, plannedExerciseSchema, type PlannedExercise } from '../../main/core/exercises/phasePlan';
import { buildRoutine } from '../../main/core/exercises/routineBuilder';
import { PLAN_VALUES } from '../../main/core/preferences/plans';
import type { BreakKind } from '../../main/core/settings';

const library = builtInLibrary();
const DESK: Position[] = ['seated', 'standing', 'walking'];
const EVERYWHERE: Position[] = [...POSITIONS];

/** Several breaks in a row, each starting after the exercise that ended the one before. */
function breaksInARow(kind: BreakKind, durationSeconds: number, positions: Position[], count: number, exercises: readonly Exercise[] = library): PlannedExercise[][] {
  const plans: PlannedExercise[][] = [];
  let last: string | null = null;
  for (let i = 0; i < count; i++) {
    const plan = buildRoutine(exercises, { kind, durationSeconds, positions, excluded: [], lastExerciseId: last });
    plans.push(plan);
    last = plan.at(-1)?.exerciseId ?? last;
  }
  return plans;
}

const phaseList = (plan: PlannedExercise[]) => plan.flatMap((step) => step.phases.map((p) => `${step.exerciseId}: ${p.kind} ${p.seconds}`));

/** Every duration the plans and the settings' limits give a break, and a few in between. */
const PLAN_DURATIONS = Object.values(PLAN_VALUES)
  .flatMap((values) => [values['microBreak.durationSeconds'], values['routineBreak.durationSeconds']])
  .filter((seconds): seconds is number => typeof seconds === 'number');
const DURATIONS = [...new Set([10, 11, 13, 20, 25, 30, 45, 60, 90, 120, 180, 240, 300, 420, 600, 900, 1_800, 3_600, ...PLAN_DURATIONS])].sort((a, b) => a - b);

describe('the phase plan of a break', () => {
  describe.each(['micro', 'routine'] as const)('a %s break', (kind) => {
    it.each(DURATIONS)('of %i seconds lasts exactly that long, break after break, wherever the person can exercise', (durationSeconds) => {
      for (const positions of [DESK, EVERYWHERE, ['seated'] as Position[], ['floor'] as Position[], ['walking'] as Position[]]) {
        const eligible = library.some((e) => positions.includes(e.position) && (kind === 'routine' || e.position === 'seated' || e.position === 'standing'));
        for (const plan of breaksInARow(kind, durationSeconds, positions, library.length + 1)) {
          if (!eligible) {
            expect(plan).toEqual([]);
            continue;
          }
          expect(planSeconds(plan)).toBe(durationSeconds);
          for (const step of plan) {
            expect(plannedExerciseSchema.parse(step)).toEqual(step);
            expect(step.phases.every((p) => Number.isInteger(p.seconds) && p.seconds >= 1)).toBe(true);
          }
        }
      }
    });
  });

  it('gives a 30-second posture reset two chin tucks as the sources time them, then rest for the seconds left', () => {
    const [plan] = breaksInARow('micro', 30, DESK, 1);
    expect(phaseList(plan ?? [])).toEqual([
      'seated-chin-tuck: position 3',
      'seated-chin-tuck: hold 10',
      'seated-chin-tuck: release 3',
      'seated-chin-tuck: hold 10',
      'seated-chin-tuck: rest 4',
    ]);
    expect(plan?.[0]).toMatchObject({ illustration: 'chin-tuck', repetitions: 2, sets: 1, text: { en: { title: 'Seated chin tuck' }, de: { title: 'Kinn zurückziehen im Sitzen' } } });
  });

  it('names each phase for what the person does: hold only for holds, walk, rest, breathe out and in', () => {
    const kindsOf = (id: string) => {
      const exercise = library.find((e) => e.id === id);
      if (exercise === undefined) throw new Error(id);
      return [...new Set(buildRoutine([exercise], { kind: 'routine', durationSeconds: 600, positions: EVERYWHERE, excluded: [], lastExerciseId: null })[0]?.phases.map((p) => p.kind))];
    };
    expect(kindsOf('seated-chin-tuck')).toEqual(['position', 'hold', 'release', 'rest']);
    expect(kindsOf('walk-tall')).toEqual(['position', 'walk']);
    expect(kindsOf('short-walk')).toEqual(['position', 'walk']);
    expect(kindsOf('supine-neutral-rest')).toEqual(['position', 'rest']);
    expect(kindsOf('childs-pose')).toEqual(['position', 'rest']);
    expect(kindsOf('eye-rest')).toEqual(['position', 'rest']);
    expect(kindsOf('cat-cow')).toEqual(['position', 'breathe-out', 'breathe-in', 'rest']);
  });

  it('paces cat-cow by the breath: out and in, five times', () => {
    const catCow = library.filter((e) => e.id === 'cat-cow');
    const [plan] = breaksInARow('routine', 50, ['floor'], 1, catCow);
    expect(phaseList(plan ?? [])).toEqual(['cat-cow: position 10', ...Array.from({ length: 5 }, () => ['cat-cow: breathe-out 4', 'cat-cow: breathe-in 4']).flat()]);
  });

  it('lets a walk, not a hold, take the seconds a routine has left', () => {
    const plan = buildRoutine(library, { kind: 'routine', durationSeconds: 180, positions: ['walking', 'seated'], excluded: [], lastExerciseId: 'seated-neck-isometrics' });
    expect(plan.map((s) => s.exerciseId)).toEqual(['walk-tall', 'eye-rest', 'short-walk']);
    expect(phaseList(plan)).toEqual(['walk-tall: position 10', 'walk-tall: walk 60', 'eye-rest: position 10', 'eye-rest: rest 20', 'short-walk: position 10', 'short-walk: walk 70']);
  });

  it('squeezes a break shorter than one repetition: getting into position gives way first, the hold keeps the rest', () => {
    expect(phaseList(breaksInARow('micro', 10, DESK, 1)[0] ?? [])).toEqual(['seated-chin-tuck: position 1', 'seated-chin-tuck: hold 9']);
  });
});

describe('the phase plan, for any library and any break', () => {
  const timing: fc.Arbitrary<ExerciseTiming> = fc.oneof(
    fc.record({ pattern: fc.constant('hold' as const), positionSeconds: fc.integer({ min: 1, max: 30 }), holdSeconds: fc.integer({ min: 1, max: 60 }), releaseSeconds: fc.integer({ min: 1, max: 30 }) }),
    fc.record({ pattern: fc.constant('breathe' as const), positionSeconds: fc.integer({ min: 1, max: 30 }), breatheOutSeconds: fc.integer({ min: 1, max: 15 }), breatheInSeconds: fc.integer({ min: 1, max: 15 }) }),
    fc.record({ pattern: fc.constant('walk' as const), positionSeconds: fc.integer({ min: 1, max: 30 }), walkSeconds: fc.integer({ min: 1, max: 600 }) }),
    fc.record({ pattern: fc.constant('rest' as const), positionSeconds: fc.integer({ min: 1, max: 30 }), restSeconds: fc.integer({ min: 1, max: 600 }) }),
  );
  const exercise = (i: number): fc.Arbitrary<Exercise> =>
    fc.record({ timing, position: fc.constantFrom(...POSITIONS), repetitions: fc.integer({ min: 1, max: 20 }), sets: fc.integer({ min: 1, max: 5 }) }).map(({ timing: t, position, repetitions, sets }) => {
      const once = t.pattern === 'walk' || t.pattern === 'rest';
      return { ...library[0], id: `exercise-${i}`, position, timing: t, repetitions: once ? 1 : repetitions, sets: once ? 1 : sets } as Exercise;
    });
  const anyLibrary = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => exercise(i))));

  it('lasts exactly the break, in whole seconds of at least one, never doing more than the library says, each exercise once', () => {
    fc.assert(
      fc.property(anyLibrary, fc.constantFrom('micro' as const, 'routine' as const), fc.subarray(EVERYWHERE, { minLength: 1 }), fc.integer({ min: 1, max: 3_600 }), (exercises, kind, positions, durationSeconds) => {
        for (const plan of breaksInARow(kind, durationSeconds, positions, 3, exercises)) {
          const eligible = exercises.some((e) => positions.includes(e.position) && (kind === 'routine' || e.position === 'seated' || e.position === 'standing'));
          expect(plan.length > 0).toBe(eligible);
          if (!eligible) continue;
          expect(planSeconds(plan)).toBe(durationSeconds);
          expect(new Set(plan.map((s) => s.exerciseId)).size).toBe(plan.length);
          if (kind === 'micro') expect(plan).toHaveLength(1);
          for (const step of plan) {
            const source = exercises.find((e) => e.id === step.exerciseId);
            expect(step.phases.every((p) => Number.isInteger(p.seconds) && p.seconds >= 1)).toBe(true);
            expect(step.repetitions).toBeLessThanOrEqual(source?.repetitions ?? 0);
            expect(step.sets).toBeLessThanOrEqual(source?.sets ?? 0);
            expect(step.phases.every((p) => p.repetition <= step.repetitions && p.set <= step.sets)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every hold as long as the library says, unless the break is shorter than one repetition', () => {
    fc.assert(
      fc.property(anyLibrary, fc.constantFrom('micro' as const, 'routine' as const), fc.integer({ min: 1, max: 3_600 }), (exercises, kind, durationSeconds) => {
        const plan = buildRoutine(exercises, { kind, durationSeconds, positions: EVERYWHERE, excluded: [], lastExerciseId: null });
        const first = exercises.find((e) => e.id === plan[0]?.exerciseId);
        const squeezed = first !== undefined && durationSeconds < phasesSeconds(exercisePhases(first, 1, 1));
        for (const step of plan) {
          const t = exercises.find((e) => e.id === step.exerciseId)?.timing;
          if (t?.pattern !== 'hold' || squeezed) continue;
          expect(step.phases.filter((p) => p.kind === 'hold').map((p) => p.seconds)).toEqual(Array.from({ length: step.repetitions * step.sets }, () => t.holdSeconds));
        }
      }),
      { numRuns: 300 },
    );
  });
});
