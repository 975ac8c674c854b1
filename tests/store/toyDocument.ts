import Conf from 'conf';
import { z } from 'zod';
import type { BackendFactory, DocumentDefinition } from '../../main/store/documentStore';

/**
 * A small document with a real history, to exercise the store the way preferences will:
 *   v1 `{ minutes, sound: 'on' | 'off' }`
 *   v2 renamed `minutes` to `breakMinutes`
 *   v3 made `sound` a boolean `soundEnabled` and added the `tally` counter
 */

const toyShape = {
  breakMinutes: z.number().int().min(1).max(120).default(20),
  soundEnabled: z.boolean().default(true),
  tally: z.number().int().min(0).default(0),
};
const toySchema = z.strictObject(toyShape);
export type Toy = z.infer<typeof toySchema>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Field by field, as a caller builds `parse` from its zod schema: keep the valid, default the rest. */
export function parseToy(data: unknown): { value: Toy; problems: string[] } {
  const source = isObject(data) ? data : {};
  const problems = isObject(data) ? [] : ['not an object'];
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(toyShape)) {
    const result = field.safeParse(source[key]);
    value[key] = result.success ? result.data : field.parse(undefined);
    if (!result.success) problems.push(`${key}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  }
  for (const key of Object.keys(source)) {
    if (!(key in toyShape)) problems.push(`${key}: unknown, dropped`);
  }
  return { value: toySchema.parse(value), problems };
}

export const toyDefinition: DocumentDefinition<Toy> = {
  name: 'toy',
  version: 3,
  migrations: [
    {
      to: 2,
      migrate: (old) => {
        const { minutes, ...rest } = old as Record<string, unknown>;
        return { ...rest, breakMinutes: minutes };
      },
    },
    {
      to: 3,
      migrate: (old) => {
        const { sound, ...rest } = old as Record<string, unknown>;
        if (sound !== 'on' && sound !== 'off') throw new Error(`sound must be "on" or "off", got ${JSON.stringify(sound)}`);
        return { ...rest, soundEnabled: sound === 'on' };
      },
    },
  ],
  parse: parseToy,
  defaults: () => toySchema.parse({}),
};

/** The real `conf` core, in the test's own directory (electron-store adds only Electron's paths). */
export const confBackend: BackendFactory = (options) => new Conf(options);
