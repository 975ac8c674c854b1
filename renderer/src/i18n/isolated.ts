/**
 * A value placed inside a sentence — a file path, a name, an error the OS wrote — kept whole
 * whatever the sentence's direction: wrapped in Unicode's first-strong isolate, so
 * "/home/ana/.config" keeps its slashes in order inside Arabic text, and an English error in an
 * Arabic sentence reads as its own run. The marks are invisible.
 */
export const isolated = (text: string): string => `\u2068${text}\u2069`;
