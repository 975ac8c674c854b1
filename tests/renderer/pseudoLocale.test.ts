import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../main/core/settings';
import { createI18n, forcedLocale, pickLocale, PSEUDO_LOCALE } from '../../renderer/src/i18n/i18n';
import en from '../../renderer/src/i18n/locales/en.json';
import historyEn from '../../renderer/src/i18n/locales/history.en.json';
import settingsEn from '../../renderer/src/i18n/locales/settings.en.json';
import welcomeEn from '../../renderer/src/i18n/locales/welcome.en.json';
import { pseudoLocalize, pseudoLocalizeMessage } from '../../renderer/src/i18n/pseudoLocale';

/** Every message of the English locale files, by its key. */
function messages(tree: unknown, key = ''): [string, string][] {
  if (typeof tree === 'string') return [[key, tree]];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([k, v]) => messages(v, key === '' ? k : `${key}.${k}`));
}
const ENGLISH = messages({ ...en, settings: settingsEn, history: historyEn, welcome: welcomeEn });

type Ast = ReturnType<IntlMessageFormat['getAst']>;
const parse = (message: string): Ast => new IntlMessageFormat(message, 'en').getAst();
/** The literal element type of intl-messageformat's syntax tree. */
const LITERAL = 0;

/** A message's ICU structure without its literal text: arguments, their types and styles, plural and select options. */
function skeleton(ast: Ast): unknown[] {
  return ast
    .filter((element) => element.type !== LITERAL)
    .map((element) => ({
      ...element,
      location: undefined,
      ...('options' in element ? { options: Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, skeleton(option.value)])) } : {}),
    }));
}

/** A value for every argument of a message: 2 for numbers and plurals, a word for the rest. */
function sampleValues(ast: Ast): Record<string, string | number> {
  return Object.assign(
    {},
    ...ast.map((element) => {
      if (element.type === LITERAL || !('value' in element) || typeof element.value !== 'string') return {};
      const nested = 'options' in element ? Object.values(element.options).map((option) => sampleValues(option.value)) : [];
      return Object.assign({ [element.value]: element.type === 1 ? 'word' : 2 }, ...nested);
    }),
  );
}
const shown = (message: string, values: Record<string, string | number>) => String(new IntlMessageFormat(message, 'en').format(values));

describe('the pseudo-locale', () => {
  it('accents every letter, lengthens the message and brackets it', () => {
    expect(pseudoLocalizeMessage('Skip')).toBe('[Šķîþ ~~]');
    expect(pseudoLocalizeMessage('Start now')).toBe('[Šţåŕţ ñöŵ ~~~~]');
    expect(pseudoLocalizeMessage('')).toBe('');
  });

  it('keeps arguments, plural and select syntax, selectors and # as they are', () => {
    expect(pseudoLocalizeMessage('Starts in {seconds, plural, one {# second} other {# seconds}}')).toBe('[Šţåŕţš îñ {seconds, plural, one {# šéçöñð} other {# šéçöñðš}} ~~~~~~~~]');
    expect(pseudoLocalizeMessage('{min, number}–{max, plural, =0 {none} one {# minute} other {# minutes}}')).toMatch(/^\[\{min, number\}–\{max, plural, =0 \{ñöñé\} one \{# ɱîñûţé\} other \{# ɱîñûţéš\}\} ~+\]$/);
    expect(pseudoLocalizeMessage("You're set: '{'braces'}' stay")).toBe("[Ýöû'ŕé šéţ: '{'ƀŕåçéš'}' šţåý ~~~~~~~~ ~~~~]");
  });

  it.each(ENGLISH)('%s: the same ICU structure as English, and shown about 40 %% longer', (_key, message) => {
    const pseudo = pseudoLocalizeMessage(message);
    expect(skeleton(parse(pseudo))).toEqual(skeleton(parse(message)));
    const values = sampleValues(parse(message));
    const english = Array.from(shown(message, values)).length;
    if (english > 0) expect(Array.from(shown(pseudo, values)).length).toBeGreaterThanOrEqual(english * 1.35);
  });

  it('formats plurals with the values English takes', () => {
    const format = (done: number, skipped: number) => new IntlMessageFormat(pseudoLocalizeMessage(en.done.summary), 'en').format({ done, skipped });
    expect(format(1, 0)).toBe('[Ýöû ðîð 1 éẋéŕçîšé. ~~~~~~~~ ~~~~~~]');
    expect(format(3, 0)).toBe('[Ýöû ðîð 3 éẋéŕçîšéš. ~~~~~~~~ ~~~~~~]');
    expect(format(3, 1)).toBe('[Ýöû ðîð 3 éẋéŕçîšéš åñð šķîþþéð 1. ~~~~~~~~ ~~~~~~]');
  });

  it('transforms a whole locale tree, arrays included, keys unchanged', () => {
    expect(pseudoLocalize({ a: { b: 'Back' }, list: ['one', 'two'] })).toEqual({ a: { b: '[Ɓåçķ ~~]' }, list: ['[öñé ~~]', '[ţŵö ~~]'] });
  });

  it('is chosen only by the address (tests and development), never by the OS or the language setting', async () => {
    expect(forcedLocale('?locale=en-XA')).toBe(PSEUDO_LOCALE);
    expect(forcedLocale('?locale=de')).toBe('de');
    expect(forcedLocale('?locale=ar')).toBe('ar');
    expect(forcedLocale('?locale=fi')).toBeNull();
    expect(forcedLocale('')).toBeNull();
    expect(pickLocale(['en-XA'])).toBe('en');
    expect(settingsSchema.safeParse({ appearance: { language: PSEUDO_LOCALE } }).success).toBe(false);
    const i18n = await createI18n(PSEUDO_LOCALE);
    expect(i18n.t('notice.skip')).toBe('[Šķîþ ~~]');
    expect(i18n.t('notice.countdown', { seconds: 1 })).toBe('[Šţåŕţš îñ 1 šéçöñð ~~~~~~~~]');
    // It stands in for English, so whatever keys on the language (exercise texts, formats) works unchanged.
    expect(i18n.language).toBe('en');
  });
});
