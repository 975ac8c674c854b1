import fs, { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LAZY_WRITE_DELAY_MS, SOON_WRITE_DELAY_MS, type DocumentBackend } from '../../main/store/documentStore';
import { filesIn, openToy, simulatedTimers, tempDirectory } from './storeTestKit';
import { confBackend } from './toyDocument';

const HOUR_MS = 3_600_000;
/** The engine's tick: what a per-tick disk read would multiply by. */
const TICK_MS = 1_000;
const SLIDER_STEP_MS = 100;
/** The benchmark's budget: one write per five minutes of an active hour. */
const MAX_WRITES_PER_HOUR = 12;

const onDisk = (directory: string): unknown => JSON.parse(readFileSync(join(directory, 'toy.json'), 'utf8'));

describe('a stored document', () => {
  let dir: ReturnType<typeof tempDirectory>;
  beforeEach(() => {
    dir = tempDirectory();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    dir.cleanUp();
  });

  it('opens with its defaults when it has never been saved, and writes nothing until changed', () => {
    const doc = openToy(dir.path);
    expect(doc.get()).toEqual({ breakMinutes: 20, soundEnabled: true, tally: 0 });
    expect(doc.recovery).toBeNull();
    expect(doc.flush()).toBe(true);
    expect(filesIn(dir.path)).toEqual([]);
  });

  it('creates its folder on the first write', () => {
    const nested = join(dir.path, 'not', 'yet');
    const doc = openToy(nested);
    doc.update((toy) => ({ ...toy, tally: 1 }), 'lazy');
    expect(doc.flush()).toBe(true);
    expect(filesIn(nested)).toEqual(['toy.json']);
  });

  it('serves an update from memory at once, writes it on flush, and reads it back on the next start', () => {
    const doc = openToy(dir.path);
    doc.update((toy) => ({ ...toy, breakMinutes: 45 }), 'soon');
    expect(doc.get().breakMinutes).toBe(45);
    expect(existsSync(doc.path)).toBe(false);
    doc.flush();
    expect(onDisk(dir.path)).toEqual({ schemaVersion: 3, breakMinutes: 45, soundEnabled: true, tally: 0 });
    expect(openToy(dir.path).get().breakMinutes).toBe(45);
  });

  it('writes settings changes one second after the first, however many follow', () => {
    const { clock, timers } = simulatedTimers();
    const doc = openToy(dir.path, { timers });
    for (let minutes = 10; minutes < 20; minutes++) doc.update((toy) => ({ ...toy, breakMinutes: minutes }), 'soon');
    clock.tick(SOON_WRITE_DELAY_MS - 1);
    expect(doc.counters.writes).toBe(0);
    clock.tick(1);
    expect(doc.counters.writes).toBe(1);
    expect(onDisk(dir.path)).toMatchObject({ breakMinutes: 19 });
  });

  it('still writes within a second while a slider keeps changing (the window does not restart)', () => {
    const { clock, timers } = simulatedTimers();
    const doc = openToy(dir.path, { timers });
    for (let step = 0; step < 30; step++) {
      doc.update((toy) => ({ ...toy, breakMinutes: 10 + step }), 'soon');
      clock.tick(SLIDER_STEP_MS);
    }
    expect(doc.counters.writes).toBe(3);
  });

  it('lets a settings change carry pending history along, and history wait for its own window', () => {
    const { clock, timers } = simulatedTimers();
    const doc = openToy(dir.path, { timers });
    doc.update((toy) => ({ ...toy, tally: 1 }), 'lazy');
    clock.tick(SOON_WRITE_DELAY_MS * 10);
    expect(doc.counters.writes).toBe(0);
    doc.update((toy) => ({ ...toy, breakMinutes: 30 }), 'soon');
    clock.tick(SOON_WRITE_DELAY_MS);
    expect(onDisk(dir.path)).toMatchObject({ tally: 1, breakMinutes: 30 });
    clock.tick(LAZY_WRITE_DELAY_MS);
    expect(doc.counters.writes).toBe(1);
  });

  it('costs at most 12 writes for 1,000 history updates in an active hour, and loses none of them on flush', () => {
    const { clock, timers } = simulatedTimers();
    const doc = openToy(dir.path, { timers });
    const updates = 1_000;
    for (let n = 0; n < updates; n++) {
      doc.update((toy) => ({ ...toy, tally: toy.tally + 1 }), 'lazy');
      clock.tick(HOUR_MS / updates);
    }
    expect(doc.counters.writes).toBeLessThanOrEqual(MAX_WRITES_PER_HOUR);
    doc.flush();
    expect(onDisk(dir.path)).toMatchObject({ tally: updates });
  });

  it('never reads the disk after opening: not for get, not for update', () => {
    writeFileSync(join(dir.path, 'toy.json'), JSON.stringify({ schemaVersion: 3, breakMinutes: 25, soundEnabled: true, tally: 0 }));
    let storeReads = 0;
    const countingBackend = (options: Parameters<typeof confBackend>[0]): DocumentBackend => {
      const conf = confBackend(options);
      return {
        path: conf.path,
        get store() {
          storeReads++;
          return conf.store;
        },
        set store(value) {
          conf.store = value;
        },
      };
    };
    const { clock, timers } = simulatedTimers();
    const doc = openToy(dir.path, { timers, backend: countingBackend });
    // The store reads the file itself, then conf reads it once in its constructor; the store
    // never asks conf for the value, and the counter counts both reads as they happen.
    expect(storeReads).toBe(0);
    const openingReads = doc.counters.diskReads;
    expect(openingReads).toBe(2);

    // conf imports the default export of node:fs, so this sees every read it makes.
    const readFileSync = vi.spyOn(fs, 'readFileSync');
    let minutesSeen = 0;
    for (let tick = 0; tick < HOUR_MS / TICK_MS; tick++) {
      minutesSeen += doc.get().breakMinutes;
      doc.update((toy) => ({ ...toy, tally: toy.tally + 1 }), 'lazy');
      clock.tick(TICK_MS);
    }
    expect(minutesSeen).toBe(25 * (HOUR_MS / TICK_MS));
    expect(storeReads).toBe(0);
    expect(doc.counters.diskReads).toBe(openingReads);
    // The only reads left are conf's own inside each write: it re-reads the file to carry over
    // its `__internal__` key. One per write, so bounded by the write budget, never per tick.
    expect(readFileSync.mock.calls.length).toBe(doc.counters.writes);
    expect(doc.counters.writes).toBeLessThanOrEqual(MAX_WRITES_PER_HOUR);
  });

  it('reports a failed write, keeps the value in memory and writes it once the folder heals', () => {
    const { clock, timers } = simulatedTimers();
    const errors: Error[] = [];
    const doc = openToy(dir.path, { timers, onWriteError: (error) => errors.push(error) });
    // A folder where the file should be makes every write fail, even for root.
    mkdirSync(doc.path);
    doc.update((toy) => ({ ...toy, breakMinutes: 50 }), 'soon');
    clock.tick(SOON_WRITE_DELAY_MS);
    expect(errors).toHaveLength(1);
    expect(doc.counters.failedWrites).toBe(1);
    expect(doc.get().breakMinutes).toBe(50);

    rmSync(doc.path, { recursive: true });
    clock.tick(LAZY_WRITE_DELAY_MS);
    expect(errors).toHaveLength(1);
    expect(onDisk(dir.path)).toMatchObject({ breakMinutes: 50 });
  });

  it('writes what is pending when disposed, stops its timer, and refuses later updates', () => {
    const { clock, timers } = simulatedTimers();
    const doc = openToy(dir.path, { timers });
    doc.update((toy) => ({ ...toy, tally: 3 }), 'lazy');
    doc.dispose();
    expect(onDisk(dir.path)).toMatchObject({ tally: 3 });
    expect(clock.countTimers()).toBe(0);
    expect(() => doc.update((toy) => toy, 'soon')).toThrow(/after it was closed/);
  });
});
