/** A JSON object (not null, not an array): what a stored document or a settings file must be. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
