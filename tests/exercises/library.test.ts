import { describe, expect, it } from 'vitest';
import library from '../../assets/exercises/library.json';
import { exerciseSeconds, librarySchema } from '../../main/core/exercises/exerciseSchema';
import { buildRoutine, routineSeconds } from '../../main/core/exercises/routineBuilder';

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

  it('keeps the seeds’ numbers for the key neck exercises', () => {
    const byId = new Map(parsed.data?.exercises.map((e) => [e.id, e]));
    expect(byId.get('seated-chin-tuck')).toMatchObject({ holdSeconds: 10, repetitions: 5, position: 'seated' });
    expect(byId.get('supine-neck-nod')).toMatchObject({ holdSeconds: 5, repetitions: 5, position: 'floor' });
    expect(byId.get('seated-neck-isometrics')?.text.en.repetitionCues).toHaveLength(4);
    expect(byId.get('eye-rest')?.holdSeconds).toBe(20);
  });

  it('makes a posture reset of about 30 seconds and a routine of about 3 minutes from the desk exercises', () => {
    const exercises = parsed.data?.exercises ?? [];
    const positions = ['seated', 'standing', 'walking'] as const;
    const micro = buildRoutine(exercises, { kind: 'micro', targetSeconds: 30, positions: [...positions], excluded: [], lastExerciseId: null });
    expect(routineSeconds(micro)).toBeGreaterThanOrEqual(20);
    expect(routineSeconds(micro)).toBeLessThanOrEqual(40);
    const routine = buildRoutine(exercises, { kind: 'routine', targetSeconds: 180, positions: [...positions], excluded: [], lastExerciseId: null });
    expect(routineSeconds(routine)).toBeGreaterThanOrEqual(150);
    expect(routineSeconds(routine)).toBeLessThanOrEqual(260);
    expect(exercises.every((e) => exerciseSeconds(e) > 0)).toBe(true);
  });
});
