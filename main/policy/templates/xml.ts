/** The few XML helpers the policy templates share; every template is built as a plain string. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for a double-quoted attribute. */
export const escapeAttribute = (text: string): string => text.replace(/[&<>"']/g, (ch) => ATTRIBUTE_ESCAPES[ch] ?? ch);

/** Escapes element content; quotes stay readable there. */
export const escapeText = (text: string): string => text.replace(/[&<>]/g, (ch) => ATTRIBUTE_ESCAPES[ch] ?? ch);

/** Indents every line of a block by `depth` levels of two spaces, so nested builders compose. */
export const indent = (lines: readonly string[], depth: number): string[] => lines.map((line) => `${'  '.repeat(depth)}${line}`);
