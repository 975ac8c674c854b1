import { z } from 'zod';
import settingsAr from '../../../renderer/src/i18n/locales/settings.ar.json';
import settingsDe from '../../../renderer/src/i18n/locales/settings.de.json';
import settingsEn from '../../../renderer/src/i18n/locales/settings.en.json';
import settingsEs from '../../../renderer/src/i18n/locales/settings.es.json';
import settingsFr from '../../../renderer/src/i18n/locales/settings.fr.json';
import settingsIt from '../../../renderer/src/i18n/locales/settings.it.json';
import settingsJa from '../../../renderer/src/i18n/locales/settings.ja.json';
import settingsNl from '../../../renderer/src/i18n/locales/settings.nl.json';
import settingsPl from '../../../renderer/src/i18n/locales/settings.pl.json';
import settingsPtBR from '../../../renderer/src/i18n/locales/settings.pt-BR.json';
import settingsSv from '../../../renderer/src/i18n/locales/settings.sv.json';
import settingsZhCN from '../../../renderer/src/i18n/locales/settings.zh-CN.json';
import { LANGUAGE_NAMES, optionLanguage, type Language } from '../../core/shared/languages';
import ar from './locales/adml.ar.json';
import de from './locales/adml.de.json';
import en from './locales/adml.en.json';
import es from './locales/adml.es.json';
import fr from './locales/adml.fr.json';
import it from './locales/adml.it.json';
import ja from './locales/adml.ja.json';
import nl from './locales/adml.nl.json';
import pl from './locales/adml.pl.json';
import ptBR from './locales/adml.pt-BR.json';
import sv from './locales/adml.sv.json';
import zhCN from './locales/adml.zh-CN.json';

/**
 * The words of the Group Policy templates, one file per language (./locales/adml.<language>.json),
 * English the source of the others. Placeholders in braces are filled in by policyWords.ts;
 * policy names, setting paths and registry paths stay as they are in every language.
 */

const text = z.string().trim().min(1);
const byName = z.record(z.string(), text);

export const admlWordingSchema = z.strictObject({
  about: text,
  description: text,
  recommendedCategory: text,
  supportedOn: text,
  mandatoryNote: text,
  recommendedNote: text,
  booleanNote: text,
  valueLine: text,
  rulesLine: text,
  /** Between two rules in rulesLine ("; ", Japanese "；", Arabic "؛ "): kept as written, spaces included. */
  ruleSeparator: z.string().min(1),
  registryLine: text,
  onePerLine: text,
  values: z.strictObject({ boolean: text, integer: text, choice: text, text, timeRanges: text, exerciseIds: text, choices: text }),
  settingSummary: text,
  /** Each policy's name in the Group Policy editor, by policy name. */
  names: byName,
  /** What each organization-only key does (a setting's key is described by settingSummary). */
  summaries: byName,
  /** Each rule between settings, by the setting paths it reads joined with "+". */
  rules: byName,
});
export type AdmlWording = z.infer<typeof admlWordingSchema>;

const wording = (language: Language, source: unknown): AdmlWording => {
  const parsed = admlWordingSchema.safeParse(source);
  if (!parsed.success) throw new Error(`adml.${language}.json: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
};

export const ADML_WORDING: Readonly<Record<Language, AdmlWording>> = {
  ar: wording('ar', ar),
  de: wording('de', de),
  en: wording('en', en),
  es: wording('es', es),
  fr: wording('fr', fr),
  it: wording('it', it),
  ja: wording('ja', ja),
  nl: wording('nl', nl),
  pl: wording('pl', pl),
  'pt-BR': wording('pt-BR', ptBR),
  sv: wording('sv', sv),
  'zh-CN': wording('zh-CN', zhCN),
};

/**
 * The folder Windows reads each language's ADML from (PolicyDefinitions/<culture>), named by the
 * culture Windows ships the language as. The editor shows en-US where the display language has no
 * folder of its own.
 */
export const ADML_CULTURES: Readonly<Record<Language, string>> = {
  en: 'en-US',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  'pt-BR': 'pt-BR',
  nl: 'nl-NL',
  pl: 'pl-PL',
  sv: 'sv-SE',
  ja: 'ja-JP',
  'zh-CN': 'zh-CN',
  ar: 'ar-SA',
};

/**
 * The settings window's words for each option of a choice ("Same as the system", "Dark"), in
 * each language, so the Group Policy editor's drop-down lists offer what the settings window
 * offers; a language is offered by its own name, as there.
 */
const OPTION_WORDS: Readonly<Record<Language, unknown>> = {
  ar: settingsAr.options,
  de: settingsDe.options,
  en: settingsEn.options,
  es: settingsEs.options,
  fr: settingsFr.options,
  it: settingsIt.options,
  ja: settingsJa.options,
  nl: settingsNl.options,
  pl: settingsPl.options,
  'pt-BR': settingsPtBR.options,
  sv: settingsSv.options,
  'zh-CN': settingsZhCN.options,
};

/** An option of a choice policy in the language's words: the settings window's, a language's own name, or the value itself. */
export function optionLabel(language: Language, settingPath: string | null, option: string): string {
  const ownName = optionLanguage(settingPath, option);
  if (ownName !== undefined) return LANGUAGE_NAMES[ownName];
  let node: unknown = OPTION_WORDS[language];
  for (const part of [...(settingPath ?? '').split('.'), option]) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : option;
}
