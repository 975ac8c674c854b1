import { describe, expect, it } from 'vitest';
import { builtInLibrary } from '../../main/app/routinePlanner';
import { librarySchema, type ExerciseText } from '../../main/core/exercises/exerciseSchema';
import { planSeconds } from '../../main/core/exercises/phasePlan';
import { buildRoutine } from '../../main/core/exercises/routineBuilder';
import { LANGUAGES, type Language } from '../../main/core/shared/languages';
import { LIBRARY_TEXTS } from '../../main/exercises/libraryTexts';

const parsed = librarySchema.safeParse({ version: 1, exercises: builtInLibrary() });
const TRANSLATIONS = LANGUAGES.filter((language) => language !== 'en');

/** Every string of an exercise text by its place ("steps.2"), so a translation is compared with the English it renders. */
const places = (text: ExerciseText): Map<string, string> =>
  new Map([
    ['title', text.title],
    ['purpose', text.purpose],
    ...text.steps.map((step, i) => [`steps.${i}`, step] as const),
    ...text.cautions.map((caution, i) => [`cautions.${i}`, caution] as const),
    ...(text.repetitionCues ?? []).map((cue, i) => [`repetitionCues.${i}`, cue] as const),
    ...(text.variation === undefined ? [] : [['variation', text.variation] as const]),
  ]);

/** The numbers a string states, in any order (a translation may put "6 m (20 ft)" where English has "20 feet (6 m)"). */
const numbers = (text: string): string[] => [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => m[0].replace(',', '.')).sort();

/**
 * The words each language uses for the person's left and right side. A repetition cue names the
 * side the drawing shows, and the drawings are never mirrored (not in Arabic either), so a cue
 * must name the side the English names.
 */
const SIDES: Readonly<Record<Language, { left: RegExp; right: RegExp }>> = {
  en: { left: /\bleft\b/i, right: /\bright\b/i },
  // Whole words only: German "aufrecht", Dutch "recht(op)", French "droit", Spanish "derecho" and
  // Portuguese "direito" also mean upright or straight, and Polish "prawie" means almost.
  de: { left: /\blinks?(e|en|er|es)?\b/i, right: /\brechts?(e|en|er|es)?\b/i },
  fr: { left: /\bgauche\b/i, right: /à droite|côté droit|main droite|\bdroite?\s*:/i },
  es: { left: /\bizquierd[oa]s?\b/i, right: /a la derecha|lado derecho|mano derecha|\bderech[oa]\s*:/i },
  it: { left: /\bsinistr[oaie]\b/i, right: /\bdestr[oaie]\b/i },
  'pt-BR': { left: /\besquerd[oa]s?\b/i, right: /à direita|lado direito|mão direita|\bdireit[oa]\s*:/i },
  nl: { left: /\blinks\b|\blinker/i, right: /\brechts\b|\brechter/i },
  pl: { left: /(?<!\p{L})lew(y|a|e|ej|ą|o|ym|ego)(?!\p{L})/iu, right: /(?<!\p{L})praw(y|a|e|ej|ą|o|ym|ego)(?!\p{L})/iu },
  sv: { left: /vänst/i, right: /höger/i },
  ja: { left: /左/, right: /右/ },
  'zh-CN': { left: /左/, right: /右/ },
  ar: { left: /يسار|أيسر|يسرى/, right: /يمين|أيمن|يمنى/ },
};

describe('the built-in exercise library', () => {
  it('is valid against the schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(LANGUAGES)('has a text of its own in %s for every exercise, and none for an exercise it does not have', (language) => {
    expect(Object.keys(LIBRARY_TEXTS[language]).sort()).toEqual(Object.keys(LIBRARY_TEXTS.en).sort());
  });

  it.each(TRANSLATIONS)('%s: says each thing the English says in the same place, with the same numbers (holds, repetitions, distances)', (language) => {
    for (const [id, english] of Object.entries(LIBRARY_TEXTS.en)) {
      const translated = LIBRARY_TEXTS[language][id];
      if (translated === undefined) throw new Error(`${language} has no text for ${id}`);
      const englishPlaces = places(english);
      const translatedPlaces = places(translated);
      expect([...translatedPlaces.keys()], `${language} ${id}`).toEqual([...englishPlaces.keys()]);
      for (const [place, text] of englishPlaces) expect(numbers(translatedPlaces.get(place) ?? ''), `${language} ${id} ${place}`).toEqual(numbers(text));
    }
  });

  it('does not take a word for upright or straight for the right side', () => {
    const straight: readonly [Language, string][] = [
      ['de', 'Sitzen Sie aufrecht, den Rücken senkrecht'],
      ['fr', 'Gardez le dos droit'],
      ['es', 'Mantén la espalda derecha'],
      ['pt-BR', 'Sente-se direito'],
      ['nl', 'Zit rechtop, hoofd recht'],
      ['pl', 'Usiądź prawie prosto, prawidłowo'],
    ];
    for (const [language, text] of straight) expect(SIDES[language].right.test(text), `${language}: ${text}`).toBe(false);
    expect(SIDES.es.right.test('Mano en el lado derecho de la cabeza')).toBe(true);
    expect(SIDES.pl.left.test('Ręka po lewej stronie')).toBe(true);
    expect(SIDES.pl.right.test('Odwróć głowę w prawą stronę')).toBe(true);
  });

  it.each(TRANSLATIONS)('%s: every repetition cue names the side its English cue names, and no other', (language) => {
    const sides = SIDES[language];
    const cues = Object.entries(LIBRARY_TEXTS.en).flatMap(([id, text]) => (text.repetitionCues ?? []).map((cue, i) => [id, i, cue] as const));
    expect(cues.some(([, , cue]) => SIDES.en.left.test(cue))).toBe(true);
    for (const [id, index, cue] of cues) {
      const translated = LIBRARY_TEXTS[language][id]?.repetitionCues?.[index] ?? '';
      expect(sides.left.test(translated), `${language} ${id} cue ${index}: "${translated}" for "${cue}"`).toBe(SIDES.en.left.test(cue));
      expect(sides.right.test(translated), `${language} ${id} cue ${index}: "${translated}" for "${cue}"`).toBe(SIDES.en.right.test(cue));
    }
  });

  it.each(TRANSLATIONS)('%s: a step or caution that names a side names the same one', (language) => {
    const sides = SIDES[language];
    for (const [id, english] of Object.entries(LIBRARY_TEXTS.en)) {
      const translated = places(LIBRARY_TEXTS[language][id] ?? english);
      for (const [place, text] of places(english)) {
        if (SIDES.en.left.test(text)) expect(translated.get(place), `${language} ${id} ${place}`).toMatch(sides.left);
        if (SIDES.en.right.test(text)) expect(translated.get(place), `${language} ${id} ${place}`).toMatch(sides.right);
      }
    }
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
      expect(exercise.text.de?.cautions[0]).toMatch(/sicher auf den Boden und wieder hochkommen/);
      // Each language says it in one sentence, the same for every floor exercise.
      for (const language of TRANSLATIONS) expect(exercise.text[language]?.cautions[0], language).toBe(floor[0]?.text[language]?.cautions[0]);
    }
  });

  it('keeps the band out of the shoulder squeeze’s steps: a variation, only on a doctor’s or physiotherapist’s advice', () => {
    const squeeze = parsed.data?.exercises.find((e) => e.id === 'standing-shoulder-squeeze');
    expect(squeeze?.variation).toEqual({ equipment: 'band', needsAdvice: true });
    expect(squeeze?.text.en.variation).toMatch(/band/);
    expect(squeeze?.text.de?.variation).toMatch(/Band/);
    for (const exercise of parsed.data?.exercises ?? []) {
      for (const locale of ['en', 'de'] as const) expect(exercise.text[locale]?.steps.filter((step) => /\bband\b/i.test(step))).toEqual([]);
    }
    // A planned squeeze carries its variation and its cautions to the break window.
    const plan = buildRoutine(parsed.data?.exercises ?? [], { kind: 'micro', durationSeconds: 30, positions: ['standing'], excluded: [], lastExerciseId: null });
    expect(plan[0]).toMatchObject({ exerciseId: 'standing-shoulder-squeeze', variation: { needsAdvice: true }, text: { en: { cautions: [expect.any(String)] } } });
  });

  it('refuses a variation without its text in every language it has', () => {
    const squeeze = parsed.data?.exercises.find((e) => e.id === 'standing-shoulder-squeeze');
    const untranslated = { ...squeeze, text: { ...squeeze?.text, de: { ...squeeze?.text.de, variation: undefined } } };
    expect(librarySchema.safeParse({ version: 1, exercises: [untranslated] }).error?.issues.map((i) => i.path.join('.'))).toEqual(['exercises.0.text.de.variation']);
  });

  it('takes a pack in English alone (the other languages show its English), and refuses one without English', () => {
    const chin = parsed.data?.exercises[0];
    const englishOnly = { ...chin, text: { en: chin?.text.en } };
    expect(librarySchema.safeParse({ version: 1, exercises: [englishOnly] }).success).toBe(true);
    const germanOnly = { ...chin, text: { de: chin?.text.de } };
    expect(librarySchema.safeParse({ version: 1, exercises: [germanOnly] }).error?.issues.map((i) => i.path.join('.'))).toEqual(['exercises.0.text.en']);
  });

  it('refuses a translation with a step more or less than the English', () => {
    const chin = parsed.data?.exercises[0];
    const short = { ...chin, text: { ...chin?.text, fr: { ...chin?.text.fr, steps: chin?.text.fr?.steps.slice(1) } } };
    expect(librarySchema.safeParse({ version: 1, exercises: [short] }).error?.issues.map((i) => i.path.join('.'))).toEqual(['exercises.0.text.fr.steps']);
  });

  it('refuses a walk or rest with repetitions, and a hold without a release', () => {
    const chin = parsed.data?.exercises[0];
    const walk = { ...chin, timing: { pattern: 'walk', positionSeconds: 5, walkSeconds: 60 }, repetitions: 3 };
    expect(librarySchema.safeParse({ version: 1, exercises: [walk] }).error?.issues.map((i) => i.message)).toContain('a walk is done once: one repetition, one set');
    const noRelease = { ...chin, timing: { pattern: 'hold', positionSeconds: 3, holdSeconds: 10 } };
    expect(librarySchema.safeParse({ version: 1, exercises: [noRelease] }).success).toBe(false);
  });
});
