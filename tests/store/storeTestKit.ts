import FakeTimers from '@sinonjs/fake-timers';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDocument, type DocumentDefinition, type OpenOptions, type StoredDocument } from '../../main/store/documentStore';
import { confBackend, toyDefinition, type Toy } from './toyDocument';

/** 2026-03-14 15:09:26 UTC: tests run in UTC, so backups are named `…corrupt-20260314-150926.json`. */
export const WALL_MS = Date.UTC(2026, 2, 14, 15, 9, 26);
export const BACKUP_STAMP = '20260314-150926';

/** A real directory under the OS temp folder, removed by `cleanUp`. */
export function tempDirectory(): { path: string; cleanUp(): void } {
  const path = mkdtempSync(join(tmpdir(), 'breakwise-store-'));
  return { path, cleanUp: () => rmSync(path, { recursive: true, force: true }) };
}

/** Simulated time for the write windows only; the file system stays real. */
export function simulatedTimers(): { clock: FakeTimers.Clock; timers: OpenOptions['timers'] } {
  const clock = FakeTimers.createClock(WALL_MS);
  return {
    clock,
    timers: {
      after: (delayMs, callback) => {
        const id = clock.setTimeout(callback, delayMs);
        return () => clock.clearTimeout(id);
      },
    },
  };
}

export function openToy(
  directory: string,
  overrides: Partial<OpenOptions> = {},
  definition: DocumentDefinition<Toy> = toyDefinition,
): StoredDocument<Toy> {
  return openDocument(definition, { directory, backend: confBackend, timers: simulatedTimers().timers, wallClock: () => WALL_MS, ...overrides });
}

export const filesIn = (directory: string): string[] => readdirSync(directory).sort();
