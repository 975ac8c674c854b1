import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../main/core/shared/languages';
import { flattenStrings, localeCatalogue, localeFiles, readLocaleFile } from '../support/localeCatalogue';
import { CONCEPTS, glossaryViolations, inconsistentTerms, type Glossary } from './glossaryCheck';

/**
 * Every language keeps to its glossary (renderer/src/i18n/locales/glossary.*.json): each concept
 * (posture reset, movement routine, natural break, "This hurts", streak) is named with the same
 * words wherever the English names it, and no forbidden variant appears in any string. Keys are
 * names, not text, and are left alone. tests/e2e/words.e2e.test.ts checks the same on every screen.
 */

const glossaryOf = (language: Language): Glossary => readLocaleFile(`glossary.${language}.json`) as Glossary;

describe('the glossaries', () => {
  it.each(LANGUAGES)('%s: names every concept once, each with a meaning, its forms and forbidden variants, none of them a form of its own', (language) => {
    const { terms } = glossaryOf(language);
    expect(terms.flatMap((term) => (term.concept === undefined ? [] : [term.concept])).sort()).toEqual([...CONCEPTS].sort());
    for (const term of terms) {
      expect(term.meaning).not.toBe('');
      expect(term.forbidden.length).toBeGreaterThan(0);
      const forms = [term.preferred, ...(term.forms ?? [])];
      for (const variant of term.forbidden) expect(forms.some((form) => form.includes(variant)), `${language}: "${variant}" is a form of "${term.preferred}"`).toBe(false);
    }
  });

  it('finds a forbidden variant inside a longer word and its plural, and leaves other words alone', () => {
    const glossary: Glossary = { terms: [{ preferred: 'Bewegungsroutine', meaning: 'the long break', forbidden: ['Bewegungspause', '—'] }] };
    expect(glossaryViolations([['a', 'Nächste Bewegungspausen'], ['b', 'Pause — jetzt'], ['c', 'Keine Bewegungsroutine – gut'], ['d', 'Bewegungspause']], glossary, 'de')).toEqual([
      'a: "Bewegungspause" (use "Bewegungsroutine")',
      'b: "—" (use "Bewegungsroutine")',
      'd: "Bewegungspause" (use "Bewegungsroutine")',
    ]);
  });

  it('finds a forbidden variant anywhere in a language written without spaces, only at a word start elsewhere', () => {
    const glossary: Glossary = { terms: [{ preferred: '姿勢リセット', meaning: 'the short break', forbidden: ['小休憩'] }] };
    expect(glossaryViolations([['a', '次の小休憩まで']], glossary, 'ja')).toEqual(['a: "小休憩" (use "姿勢リセット")']);
    expect(glossaryViolations([['a', 'Xmicropause']], { terms: [{ preferred: 'pause posture', meaning: '', forbidden: ['micropause'] }] }, 'fr')).toEqual([]);
  });

  it('finds a message that names a concept with other words than the glossary’s, whatever the case', () => {
    const english = new Map([['a', 'Next posture reset'], ['b', 'Posture reset done'], ['c', 'Nothing here']]);
    const englishGlossary: Glossary = { terms: [{ concept: 'microBreak', preferred: 'posture reset', meaning: '', forbidden: ['micro break'] }] };
    const french: Glossary = { terms: [{ concept: 'microBreak', preferred: 'pause posture', forms: ['pauses posture'], meaning: '', forbidden: ['micropause'] }] };
    expect(inconsistentTerms(english, new Map([['a', 'Prochaine pause posture'], ['b', 'Micropause terminée'], ['c', 'Rien']]), englishGlossary, french)).toEqual([
      'b: no "pause posture" where English says "posture reset"',
    ]);
  });

  for (const language of LANGUAGES) {
    describe(`the ${language} locale files`, () => {
      const files = localeFiles(language);
      it('are found', () => expect(files).toContain(`${language}.json`));
      for (const file of files) {
        it(`${file} uses no forbidden variant of a glossary term`, () => {
          expect(glossaryViolations(flattenStrings(readLocaleFile(file)), glossaryOf(language), language)).toEqual([]);
        });
      }
      if (language !== SOURCE_LANGUAGE) {
        it('name each concept with the glossary’s words wherever the English names it', () => {
          expect(inconsistentTerms(localeCatalogue(SOURCE_LANGUAGE), localeCatalogue(language), glossaryOf(SOURCE_LANGUAGE), glossaryOf(language))).toEqual([]);
        });
      }
    });
  }
});
