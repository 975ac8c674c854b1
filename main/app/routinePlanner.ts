import library from '../../assets/exercises/library.json';
import { librarySchema, type Exercise } from '../core/exercises/exerciseSchema';
import { LANGUAGES } from '../core/shared/languages';
import { LIBRARY_TEXTS } from '../exercises/libraryTexts';
import type { PlannedExercise } from '../core/exercises/phasePlan';
import { buildRoutine } from '../core/exercises/routineBuilder';
import type { BreakKind, Settings } from '../core/settings';

/**
 * The built-in library: its structure joined with its texts in every language, checked against
 * the schema an administrator's pack meets (the tests check it too, and that no text is missing).
 */
export function builtInLibrary(): Exercise[] {
  const exercises = library.exercises.map((exercise) => ({
    ...exercise,
    text: Object.fromEntries(LANGUAGES.flatMap((language) => {
      const text = LIBRARY_TEXTS[language][exercise.id];
      return text === undefined ? [] : [[language, text]];
    })),
  }));
  return librarySchema.parse({ ...library, exercises }).exercises;
}

/**
 * Plans each break with the core's routine builder — its exercises and their phases, lasting
 * exactly the break's length — remembering the last exercise (so the next break starts
 * elsewhere) and the ones that hurt (out of rotation from then on).
 */
export class RoutinePlanner {
  private lastExerciseId: string | null = null;
  private readonly hurt = new Set<string>();

  constructor(
    private readonly exercises: readonly Exercise[],
    private readonly settings: () => Settings,
    /** Exercises the organization disabled (policy DisabledExercises). */
    private readonly disabled: () => readonly string[] = () => [],
  ) {}

  plan(kind: BreakKind, durationSeconds: number): PlannedExercise[] {
    const { positions, excluded } = this.settings().exercises;
    const steps = buildRoutine(this.exercises, { kind, durationSeconds, positions, excluded: [...excluded, ...this.hurt, ...this.disabled()], lastExerciseId: this.lastExerciseId });
    this.lastExerciseId = steps.at(-1)?.exerciseId ?? this.lastExerciseId;
    return steps;
  }

  /** "This hurts": true if the id was an exercise of the library. */
  exclude(exerciseId: string): boolean {
    if (!this.exercises.some((e) => e.id === exerciseId)) return false;
    this.hurt.add(exerciseId);
    return true;
  }
}
