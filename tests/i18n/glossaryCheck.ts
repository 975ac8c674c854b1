/** A language's glossary (renderer/src/i18n/locales/glossary.*.json) and the checks both glossary tests run. */
export interface GlossaryTerm {
  /** The thing named, the same in every language's glossary (microBreak, streak …); a term of one language's style alone has none. */
  readonly concept?: string;
  readonly preferred: string;
  /** The preferred term as it occurs in running text: inflected, capitalised; matched case-insensitively. */
  readonly forms?: readonly string[];
  readonly meaning: string;
  readonly forbidden: readonly string[];
}
export interface Glossary {
  readonly terms: readonly GlossaryTerm[];
}

/** The concepts every language names in its glossary. */
export const CONCEPTS = ['microBreak', 'routineBreak', 'naturalBreak', 'thisHurts', 'streak'] as const;

/** Languages written without spaces between words: a forbidden variant counts wherever it occurs. */
const WITHOUT_SPACES: ReadonlySet<string> = new Set(['ja', 'zh-CN']);

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A variant where a word starts (so "Bewegungspause" also finds "Bewegungspausen"), case as written. */
const variantPattern = (variant: string, language: string) => new RegExp(WITHOUT_SPACES.has(language) ? escaped(variant) : `(?<!\\p{L})${escaped(variant)}`, 'u');

/** Each use of a forbidden variant in `texts`, as "key: variant (use preferred)". */
export function glossaryViolations(texts: Iterable<[string, string]>, glossary: Glossary, language = 'en'): string[] {
  const found: string[] = [];
  for (const [key, text] of texts) {
    for (const term of glossary.terms) {
      for (const variant of term.forbidden) if (variantPattern(variant, language).test(text)) found.push(`${key}: "${variant}" (use "${term.preferred}")`);
    }
  }
  return found;
}

const formsOf = (term: GlossaryTerm): string[] => [term.preferred, ...(term.forms ?? [])].map((form) => form.toLocaleLowerCase());

/**
 * Messages that break a concept's term: wherever the English message names a concept, the
 * translated message with the same key must use one of the language's forms of it — so a
 * "posture reset" is always the same words, never a synonym that happens to read well there.
 */
export function inconsistentTerms(english: ReadonlyMap<string, string>, translated: ReadonlyMap<string, string>, englishGlossary: Glossary, glossary: Glossary): string[] {
  const found: string[] = [];
  for (const term of englishGlossary.terms) {
    if (term.concept === undefined) continue;
    const own = glossary.terms.find((candidate) => candidate.concept === term.concept);
    if (own === undefined) {
      found.push(`no term for ${term.concept}`);
      continue;
    }
    const englishForms = formsOf(term);
    const forms = formsOf(own);
    for (const [key, text] of english) {
      if (!englishForms.some((form) => text.toLocaleLowerCase().includes(form))) continue;
      const translation = (translated.get(key) ?? '').toLocaleLowerCase();
      if (!forms.some((form) => translation.includes(form))) found.push(`${key}: no "${own.preferred}" where English says "${term.preferred}"`);
    }
  }
  return found;
}
