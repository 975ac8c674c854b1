import { describe, expect, it } from 'vitest';
import library from '../../assets/exercises/library.json';
import { librarySchema } from '../../main/core/exercises/exerciseSchema';
import { planSeconds } from '../../main/core/exercises/phasePlan';
import { buildRoutine } from '../../main/core/exercises/routineBuilder';

const parsed = librarySchema.safeParse(library);

describe('the built-in exercise library', () => {
  it('is valid against the schema, in English and German', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has the twelve exercises the product promises', () => {
    expect(parsed.data?.exercises.map((e) => e.id).sort()).toEqual(
      ['cat-cow', 'childs-pose', 'elbow-head-lift', 'eye-rest', 'prone-head-lift', 'seated-chin-tuck', 'seated-neck-isometrics', 'short-walk', 'standing-shoulder-squeeze', 'supine-neck-nod', 'supine-neutral-rest', 'walk-tall'],
    );
  });

  it('keeps the seeds’ numbers and paces each exercise the way they describe it', () => {
    const byId = new Map(parsed.data?.exercises.map((e) => [e.id, e]));
    expect(byId.get('seated-chin-tuck')).toMatchObject({ timing: { pattern: 'hold', holdSeconds: 10 }, repetitions: 5, position: 'seated' });
    expect(byId.get('supine-neck-nod')).toMatchObject({ timing: { pattern: 'hold', holdSeconds: 5 }, repetitions: 5, position: 'floor' });
    expect(byId.get('elbow-head-lift')).toMatchObject({ timing: { pattern: 'hold', holdSeconds: 5 }, repetitions: 5 });
    expect(byId.get('seated-neck-isometrics')).toMatchObject({ timing: { pattern: 'hold', holdSeconds: 10 }, repetitions: 4 });
    expect(byId.get('seated-neck-isometrics')?.text.en.repetitionCues).toHaveLength(4);
    expect(byId.get('standing-shoulder-squeeze')).toMatchObject({ timing: { pattern: 'hold', holdSeconds: 10 }, repetitions: 5 });
    // Held 5 s, then lowered and rested 5 s in the starting position before the next lift.
    expect(byId.get('prone-head-lift')).toMatchObject({ timing: { pattern: 'hold', holdSeconds: 5, releaseSeconds: expect.toSatisfy((s: number) => s >= 5) } });
    // Five to ten minutes lying with the head in line.
    expect(byId.get('supine-neutral-rest')).toMatchObject({ timing: { pattern: 'rest', restSeconds: 300 } });
    // Flowing between the two shapes with the breath, up to five times.
    expect(byId.get('cat-cow')).toMatchObject({ timing: { pattern: 'breathe' }, repetitions: 5 });
    expect(byId.get('childs-pose')?.timing.pattern).toBe('rest');
    expect(byId.get('eye-rest')).toMatchObject({ timing: { pattern: 'rest', restSeconds: 20 } });
    for (const id of ['walk-tall', 'short-walk']) expect(byId.get(id)?.timing.pattern).toBe('walk');
  });

  it('makes a posture reset of exactly 30 seconds and a routine of exactly 3 minutes from the desk exercises', () => {
    const exercises = parsed.data?.exercises ?? [];
    const positions = ['seated', 'standing', 'walking'] as const;
    const micro = buildRoutine(exercises, { kind: 'micro', durationSeconds: 30, positions: [...positions], excluded: [], lastExerciseId: null });
    expect(planSeconds(micro)).toBe(30);
    const routine = buildRoutine(exercises, { kind: 'routine', durationSeconds: 180, positions: [...positions], excluded: [], lastExerciseId: null });
    expect(routine.length).toBeGreaterThan(1);
    expect(planSeconds(routine)).toBe(180);
  });

  it('tells, before every floor exercise starts, to do it only if you can get down to the floor and up again safely', () => {
    const floor = parsed.data?.exercises.filter((e) => e.position === 'floor') ?? [];
    expect(floor.length).toBeGreaterThan(0);
    for (const exercise of floor) {
      expect(exercise.text.en.cautions[0]).toMatch(/get down to the floor and up again safely/);
      expect(exercise.text.de.cautions[0]).toMatch(/sicher auf den Boden und wieder hochkommen/);
    }
  });

  it('keeps the band out of the shoulder squeeze’s steps: a variation, only on a doctor’s or physiotherapist’s advice', () => {
    const squeeze = parsed.data?.exercises.find((e) => e.id === 'standing-shoulder-squeeze');
    expect(squeeze?.variation).toEqual({ equipment: 'band', needsAdvice: true });
    expect(squeeze?.text.en.variation).toMatch(/band/);
    expect(squeeze?.text.de.variation).toMatch(/Band/);
    for (const exercise of parsed.data?.exercises ?? []) {
      for (const locale of ['en', 'de'] as const) expect(exercise.text[locale].steps.filter((step) => /\bband\b/i.test(step))).toEqual([]);
    }
    // A planned squeeze carries its variation and its cautions to the break window.
    const plan = buildRoutine(parsed.data?.exercises ?? [], { kind: 'micro', durationSeconds: 30, positions: ['standing'], excluded: [], lastExerciseId: null });
    expect(plan[0]).toMatchObject({ exerciseId: 'standing-shoulder-squeeze', variation: { needsAdvice: true }, text: { en: { cautions: [expect.any(String)] } } });
  });

  it('refuses a variation without its text in every language', () => {
    const squeeze = parsed.data?.exercises.find((e) => e.id === 'standing-shoulder-squeeze');
    const untranslated = { ...squeeze, text: { ...squeeze?.text, de: { ...squeeze?.text.de, variation: undefined } } };
    expect(librarySchema.safeParse({ version: 1, exercises: [untranslated] }).error?.issues.map((i) => i.path.join('.'))).toEqual(['exercises.0.text.de.variation']);
  });

  it('refuses a walk or rest with repetitions, and a hold without a release', () => {
    const chin = parsed.data?.exercises[0];
    const walk = { ...chin, timing: { pattern: 'walk', positionSeconds: 5, walkSeconds: 60 }, repetitions: 3 };
    expect(librarySchema.safeParse({ version: 1, exercises: [walk] }).error?.issues.map((i) => i.message)).toContain('a walk is done once: one repetition, one set');
    const noRelease = { ...chin, timing: { pattern: 'hold', positionSeconds: 3, holdSeconds: 10 } };
    expect(librarySchema.safeParse({ version: 1, exercises: [noRelease] }).success).toBe(false);
  });
});
