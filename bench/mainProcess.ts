import FakeTimers from '@sinonjs/fake-timers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScheduleTimers } from '../main/adapters/scheduleTimers';
import Conf from 'conf';
import { openAppDocuments, type AppDocuments } from '../main/store/documents/appDocuments';
import type { Settings } from '../main/core/settings';
import { builtInLibrary } from '../main/app/routinePlanner';
import { runBreakwise, type RunningBreakwise } from '../main/app/runBreakwise';
import { memoryPolicy } from '../main/preferences/livePolicy';
import { PreferencesService } from '../main/preferences/preferencesService';
import { chooseIdleSource } from '../main/power/idleDetection';
import { createRecordingElectron, type RecordingElectron } from '../tests/support/electron/recordingElectron';
import type { ImmediateBusySource } from '../main/core/busy';
import { parseTrace } from '../scripts/simulator/trace';
import { TraceBusySource } from '../scripts/simulator/traceBusySource';

/**
 * The whole main process — engine, service, node-schedule timers, tray, windows, IPC — on the
 * recording Electron double and a simulated clock. Every timer callback that fires anywhere in
 * the process is counted, not just the engine's own.
 */
const SECOND_MS = 1000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const START = Date.UTC(2026, 2, 2, 8, 0, 0);

interface Harness {
  clock: ReturnType<typeof FakeTimers.install>;
  electron: RecordingElectron;
  app: RunningBreakwise;
  fired: () => number;
  /** What reached the disk, and what a store without coalescing or a memory copy would have done. */
  storage: () => { writes: number; diskReads: number; changes: number; settingsReads: number };
  dispose(): void;
}

/** Counts how often the app reads its settings: each would be a disk read for a store that does not keep them in memory. */
class CountingPreferences extends PreferencesService {
  reads = 0;
  override get settings(): Settings {
    this.reads++;
    return super.settings;
  }
}

function launch(keepLog = true, busy?: ImmediateBusySource): Harness {
  const clock = FakeTimers.install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  let fired = 0;
  const fakeSetTimeout = globalThis.setTimeout;
  const fakeSetInterval = globalThis.setInterval;
  const counted = (callback: (...args: unknown[]) => void) => (...args: unknown[]) => (fired++, callback(...args));
  globalThis.setTimeout = ((callback: (...args: unknown[]) => void, ms?: number, ...rest: unknown[]) => fakeSetTimeout(counted(callback), ms, ...rest)) as typeof setTimeout;
  globalThis.setInterval = ((callback: (...args: unknown[]) => void, ms?: number, ...rest: unknown[]) => fakeSetInterval(counted(callback), ms, ...rest)) as typeof setInterval;
  const electron = createRecordingElectron({ displays: 2, keepLog });
  const documents: AppDocuments = openAppDocuments({
    directory: mkdtempSync(join(tmpdir(), 'breakwise-bench-')),
    backend: (options) => new Conf(options),
    after: (ms, fn) => {
      const id = setTimeout(fn, ms);
      return () => clearTimeout(id);
    },
    wallClock: () => Date.now(),
    log: () => undefined,
  });
  let changes = 0;
  for (const doc of [documents.preferences, documents.history] as const) {
    const update = doc.update.bind(doc) as (change: never, urgency: 'soon' | 'lazy') => void;
    Object.assign(doc, { update: (change: never, urgency: 'soon' | 'lazy') => (changes++, update(change, urgency)) });
  }
  const preferences = new CountingPreferences(documents.preferences, memoryPolicy(), () => Date.now());
  const app = runBreakwise({
    api: electron.api,
    bundle: { rendererDir: '/app/out/renderer', preloadPath: '/app/out/preload/index.cjs', isPackaged: true },
    trayIconDir: '/app/assets/tray',
    clock: { now: () => ({ monoMs: performance.now(), wallMs: Date.now() }) },
    timers: createScheduleTimers(),
    preferences,
    idle: chooseIdleSource(electron.powerMonitor, 'win32', false, null),
    log: () => undefined,
    exercises: builtInLibrary(),
    history: documents.history,
    startAtLogin: () => undefined,
    busy,
  });
  return {
    clock,
    electron,
    app,
    fired: () => fired,
    storage: () => {
      const [a, b] = [documents.preferences.counters, documents.history.counters];
      return { writes: a.writes + b.writes, diskReads: a.diskReads + b.diskReads, changes, settingsReads: preferences.reads };
    },
    dispose: () => {
      app.dispose();
      documents.dispose();
      clock.uninstall();
    },
  };
}

/** Let `ms` pass, the person typing (sitting out each break) or not. */
function live(h: Harness, ms: number, typing: boolean): void {
  for (let t = 0; t < ms; t += SECOND_MS) {
    h.clock.tick(SECOND_MS);
    const onBreak = h.app.presenter.session.mode === 'break';
    h.electron.powerMonitor.idleSeconds = typing && !onBreak ? 0 : h.electron.powerMonitor.idleSeconds + 1;
  }
}

/** Timer callbacks per hour during `hours` of a scenario, after a warm-up of typing. */
function perHour(hours: number, scenario: (h: Harness) => void, busy?: ImmediateBusySource): number {
  const h = launch(true, busy);
  try {
    live(h, HOUR_MS, true);
    const before = h.fired();
    scenario(h);
    return (h.fired() - before) / hours;
  } finally {
    h.dispose();
  }
}

export interface StorageFigures {
  writesPerActiveHour: number;
  uncoalescedWritesPerActiveHour: number;
  diskReadsPerHour: number;
  settingsReadsPerHour: number;
}

/** Disk traffic over a working day at the desk, after start-up. */
export function measureStorage(hours = SCENARIO_HOURS): StorageFigures {
  const h = launch();
  try {
    live(h, HOUR_MS, true);
    const before = h.storage();
    live(h, hours * HOUR_MS, true);
    const after = h.storage();
    return {
      writesPerActiveHour: (after.writes - before.writes) / hours,
      uncoalescedWritesPerActiveHour: (after.changes - before.changes) / hours,
      diskReadsPerHour: (after.diskReads - before.diskReads) / hours,
      settingsReadsPerHour: (after.settingsReads - before.settingsReads) / hours,
    };
  } finally {
    h.dispose();
  }
}

export interface MainProcessFigures {
  activePerHour: number;
  activeWithCallsPerHour: number;
  idleUnlockedPerHour: number;
  idleLockedPerHour: number;
  pausedPerHour: number;
  heapFirstKb: number;
  heapLastKb: number;
}

const SCENARIO_HOURS = 8;
const IDLE_HOURS = 3;
const BYTES_PER_KB = 1024;

/**
 * Three one-hour video calls in the working day (09:00–17:00 after the warm-up), as trace lines:
 * the busy source answers from them, as the simulator's does.
 */
const VIDEO_CALLS = [
  { from: '2026-03-02T10:00:00Z', to: '2026-03-02T11:00:00Z' },
  { from: '2026-03-02T13:00:00Z', to: '2026-03-02T14:00:00Z' },
  { from: '2026-03-02T15:00:00Z', to: '2026-03-02T16:00:00Z' },
];

function videoCallSource(): ImmediateBusySource {
  const lines = [
    { at: new Date(START).toISOString(), event: 'start' },
    ...VIDEO_CALLS.map((call) => ({ ...call, event: 'busy', reason: 'camera' })),
    { at: '2026-03-02T18:00:00Z', event: 'end' },
  ];
  return new TraceBusySource(parseTrace(lines.map((line) => JSON.stringify(line)).join('\n')), () => Date.now(), () => Infinity);
}

export function measureMainProcess(days: number): MainProcessFigures {
  const activePerHour = perHour(SCENARIO_HOURS, (h) => live(h, SCENARIO_HOURS * HOUR_MS, true));
  const activeWithCallsPerHour = perHour(SCENARIO_HOURS, (h) => live(h, SCENARIO_HOURS * HOUR_MS, true), videoCallSource());
  const idleUnlockedPerHour = perHour(IDLE_HOURS, (h) => live(h, IDLE_HOURS * HOUR_MS, false));
  const idleLockedPerHour = perHour(IDLE_HOURS, (h) => {
    h.electron.powerMonitor.idleState = 'locked';
    h.electron.powerMonitor.emit('lock-screen');
    live(h, IDLE_HOURS * HOUR_MS, false);
  });
  const pausedPerHour = perHour(IDLE_HOURS, (h) => {
    h.electron.trays[0]?.click('Pause', 'Until I resume');
    live(h, IDLE_HOURS * HOUR_MS, true);
  });

  // Thirty days: 8 hours at the desk, then the machine sleeps until the next morning. The
  // double keeps no call log here, so the heap is the app's own.
  const h = launch(false);
  const nightly: number[] = [];
  try {
    for (let day = 0; day < days; day++) {
      live(h, 8 * HOUR_MS, true);
      h.electron.powerMonitor.emit('suspend');
      h.clock.setSystemTime(Date.now() + DAY_MS - 8 * HOUR_MS);
      h.electron.powerMonitor.emit('resume');
      globalThis.gc?.();
      nightly.push(process.memoryUsage().heapUsed);
    }
  } finally {
    h.dispose();
  }
  return {
    activePerHour,
    activeWithCallsPerHour,
    idleUnlockedPerHour,
    idleLockedPerHour,
    pausedPerHour,
    heapFirstKb: (nightly[0] ?? 0) / BYTES_PER_KB,
    heapLastKb: (nightly.at(-1) ?? 0) / BYTES_PER_KB,
  };
}
