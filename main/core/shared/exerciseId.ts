import { z } from 'zod';

/**
 * What an exercise id looks like, wherever one arrives: the library, the person's exclusions,
 * an organization's disabled exercises, a "this hurts" from a window. Lower-case words joined
 * by hyphens ("seated-chin-tuck"), short enough to show and log.
 */
export const EXERCISE_ID_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;
export const EXERCISE_ID_RULE = 'must be an exercise id such as seated-chin-tuck';

export const exerciseIdSchema = z.string().regex(EXERCISE_ID_PATTERN, EXERCISE_ID_RULE);
