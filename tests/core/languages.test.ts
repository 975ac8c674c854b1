import { describe, expect, it } from 'vitest';
import { closestLanguage, LANGUAGE_NAMES, LANGUAGES, languageFor, textDirection } from '../../main/core/shared/languages';
import { DEFAULT_SETTINGS, settingsSchema } from '../../main/core/settings';

describe('the languages Breakwise speaks', () => {
  it('are English, German and the ten the organizations asked for, each by its own name', () => {
    expect([...LANGUAGES].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt-BR', 'sv', 'zh-CN']);
    for (const language of LANGUAGES) {
      // The name a speaker of the language reads it by, as CLDR gives it (the script and region words aside).
      const own = new Intl.DisplayNames([language], { type: 'language' }).of(language.split('-')[0] ?? language) ?? '';
      expect(LANGUAGE_NAMES[language].toLocaleLowerCase(language), language).toContain(language === 'zh-CN' ? '中文' : own.toLocaleLowerCase(language));
    }
  });

  it('lays out Arabic from the right, and every other one from the left', () => {
    expect(LANGUAGES.filter((language) => textDirection(language) === 'rtl')).toEqual(['ar']);
  });

  it.each([
    [['fr-FR', 'en-US'], 'fr'],
    [['pt-PT'], 'pt-BR'],
    [['pt-br'], 'pt-BR'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['ar-EG'], 'ar'],
    [['es-419'], 'es'],
    [['sv_SE.UTF-8'], 'sv'],
    [['nl-BE'], 'nl'],
    [['fi-FI', 'sv-FI'], 'sv'],
    [['ko-KR', 'ja-JP'], 'ja'],
    [['ko-KR', 'tr'], 'en'],
    [[], 'en'],
    [['*'], 'en'],
  ] as const)('the OS preferring %j gets %s: the first preference we have, in any variety of it; English when none', (preferred, expected) => {
    expect(closestLanguage(preferred)).toBe(expected);
  });

  it('takes a chosen language over the OS’s, and the OS’s for "system"', () => {
    expect(languageFor('ja', ['de-DE'])).toBe('ja');
    expect(languageFor('system', ['de-DE'])).toBe('de');
  });

  it('is the language setting’s choice, "system" by default, and nothing else is', () => {
    expect(DEFAULT_SETTINGS.appearance.language).toBe('system');
    for (const language of LANGUAGES) expect(settingsSchema.parse({ appearance: { language } }).appearance.language).toBe(language);
    for (const refused of ['pt', 'zh', 'AR', 'en-XA', 'fi']) expect(settingsSchema.safeParse({ appearance: { language: refused } }).success, refused).toBe(false);
  });
});
