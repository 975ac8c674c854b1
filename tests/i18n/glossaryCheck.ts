/** A language's glossary (renderer/src/i18n/locales/glossary.*.json) and the check both glossary tests run. */
export interface Glossary {
  readonly terms: readonly { readonly preferred: string; readonly meaning: string; readonly forbidden: readonly string[] }[];
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A variant where a word starts (so "Bewegungspause" also finds "Bewegungspausen"), case as written. */
const variantPattern = (variant: string) => new RegExp(`(?<!\\p{L})${escaped(variant)}`, 'u');

/** Each use of a forbidden variant in `texts`, as "key: variant (use preferred)". */
export function glossaryViolations(texts: Iterable<[string, string]>, glossary: Glossary): string[] {
  const found: string[] = [];
  for (const [key, text] of texts) {
    for (const term of glossary.terms) {
      for (const variant of term.forbidden) if (variantPattern(variant).test(text)) found.push(`${key}: "${variant}" (use "${term.preferred}")`);
    }
  }
  return found;
}

