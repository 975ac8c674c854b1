import { z } from 'zod';
import type { Language } from '../../core/shared/languages';
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
