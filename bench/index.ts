import { spawnSync } from 'node:child_process';
import { DEFAULT_SETTINGS, type Settings } from '../main/core/settings';
import { runSimulation } from '../scripts/simulator/runSimulation';
import { parseTrace } from '../scripts/simulator/trace';
import { referenceSitting } from '../tests/support/referenceSitting';
import { measureBareEngine, measureEngine, measurePoller, type RunMeasure } from './measure';
import { measureMainProcess, measureStorage } from './mainProcess';
import { measurePolicyStartup } from './policyStartup';
import { allScriptsGzipKb, breakStartLatency, rendererScriptGzipKb } from './renderer';
import { workdaysTrace } from './workday';

/**
 * `npm run bench`: the desk-time engine against a plain 1-second polling loop, on the same
 * generated days, in the same run. Figures, not assertions: targets are shown beside them.
 */
const WORKDAYS = 20;
const LONG_RUN_DAYS = 30;
const SECONDS_PER_HOUR = 3600;
const BYTES_PER_KB = 1024;
/** Issue 10's bound: a hostile policy may cost start-up at most a second over its normal time. */
const HOSTILE_POLICY_EXTRA_MS = 1000;

const noBreaks: Settings = {
  ...DEFAULT_SETTINGS,
  microBreak: { ...DEFAULT_SETTINGS.microBreak, enabled: false },
  routineBreak: { ...DEFAULT_SETTINGS.routineBreak, enabled: false },
};

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const max = (values: number[]): number => Math.max(...values);
const fmt = (n: number, digits = 1): string => n.toFixed(digits);

interface DayFigures {
  wakeupsPerActiveHour: number;
  absErrorSeconds: number;
  signedErrorSeconds: number;
  cpuMs: number;
}

type Measure = (trace: ReturnType<typeof parseTrace>, s: Settings) => RunMeasure;

function workdayFigures(measure: Measure, measureCpu: Measure): DayFigures[] {
  const figures: DayFigures[] = [];
  for (let seed = 1; seed <= WORKDAYS; seed++) {
    const trace = parseTrace(workdaysTrace(seed, 1));
    const reference = referenceSitting(trace, DEFAULT_SETTINGS.idle.pauseAfterSeconds * 1000, DEFAULT_SETTINGS.idle.naturalBreakAfterSeconds * 1000);
    const activeHours = reference.sittingMs / 1000 / SECONDS_PER_HOUR;
    const withBreaks = measure(trace, DEFAULT_SETTINGS);
    const accounting = measure(trace, noBreaks);
    const error = accounting.activeSeconds - reference.sittingMs / 1000;
    const cpuMs = measureCpu(trace, DEFAULT_SETTINGS).cpuMs;
    figures.push({ wakeupsPerActiveHour: withBreaks.wakeups / activeHours, absErrorSeconds: Math.abs(error), signedErrorSeconds: error, cpuMs });
  }
  return figures;
}

/** The same generated workdays with three one-hour video calls each: the busy source answers from the trace. */
function meetingDayFigures(): { wakeupsPerActiveHour: number; checksPerDay: number; deferredBreaks: number }[] {
  const figures = [];
  for (let seed = 1; seed <= WORKDAYS; seed++) {
    const trace = parseTrace(workdaysTrace(seed, 1, { videoCalls: true }));
    const reference = referenceSitting(trace, DEFAULT_SETTINGS.idle.pauseAfterSeconds * 1000, DEFAULT_SETTINGS.idle.naturalBreakAfterSeconds * 1000);
    const result = runSimulation(trace, DEFAULT_SETTINGS, 'accept');
    figures.push({
      wakeupsPerActiveHour: result.wakeups / (reference.sittingMs / 1000 / SECONDS_PER_HOUR),
      checksPerDay: result.busyChecks,
      deferredBreaks: result.prompts.filter((p) => p.deferredSeconds > 0).length,
    });
  }
  return figures;
}

function heapGrowthKb(measure: RunMeasure): { firstKb: number; lastKb: number; growthKb: number } {
  const first = measure.nightlyHeap[0] ?? 0;
  const last = measure.nightlyHeap.at(-1) ?? 0;
  return { firstKb: first / BYTES_PER_KB, lastKb: last / BYTES_PER_KB, growthKb: (last - first) / BYTES_PER_KB };
}

async function main(): Promise<void> {
  if (globalThis.gc === undefined) console.warn('(run with node --expose-gc for heap figures; `npm run bench` does)');
  // Warm both paths so the first measured day is not paying for JIT compilation.
  const warm = parseTrace(workdaysTrace(1000, 1));
  measureEngine(warm, DEFAULT_SETTINGS);
  measureBareEngine(warm, DEFAULT_SETTINGS);
  measurePoller(warm, DEFAULT_SETTINGS);

  const engine = workdayFigures(measureEngine, measureBareEngine);
  const poller = workdayFigures(measurePoller, measurePoller);
  const longTrace = parseTrace(workdaysTrace(7, LONG_RUN_DAYS));
  const engineHeap = heapGrowthKb(measureBareEngine(longTrace, DEFAULT_SETTINGS, true));
  const pollerHeap = heapGrowthKb(measurePoller(longTrace, DEFAULT_SETTINGS, true));

  const meetingDays = meetingDayFigures();
  const enginePerHour = mean(engine.map((d) => d.wakeupsPerActiveHour));
  const pollerPerHour = mean(poller.map((d) => d.wakeupsPerActiveHour));
  const rows: string[][] = [
    ['Wake-ups per active hour (mean)', fmt(enginePerHour), fmt(pollerPerHour), '≤ 70'],
    ['Wake-ups per active hour (worst day)', fmt(max(engine.map((d) => d.wakeupsPerActiveHour))), fmt(max(poller.map((d) => d.wakeupsPerActiveHour))), '≤ 70'],
    ['Fewer wake-ups than polling', `${fmt(pollerPerHour / enginePerHour, 0)}×`, '1×', '≥ 40×'],
    ['Active-time error per day, mean absolute (s)', fmt(mean(engine.map((d) => d.absErrorSeconds))), fmt(mean(poller.map((d) => d.absErrorSeconds))), '≤ 1 s'],
    ['Active-time error per day, worst (s)', fmt(max(engine.map((d) => d.absErrorSeconds))), fmt(max(poller.map((d) => d.absErrorSeconds))), '≤ 1 s'],
    ['Active-time bias per day, mean signed (s)', fmt(mean(engine.map((d) => d.signedErrorSeconds))), fmt(mean(poller.map((d) => d.signedErrorSeconds))), '≈ 0'],
    ['CPU time per simulated day (ms)', fmt(mean(engine.map((d) => d.cpuMs))), fmt(mean(poller.map((d) => d.cpuMs))), 'lower is better'],
    ['Wake-ups per active hour, days with three one-hour video calls (mean)', fmt(mean(meetingDays.map((d) => d.wakeupsPerActiveHour))), '—', '≤ 70'],
    ['Wake-ups per active hour, days with three one-hour video calls (worst day)', fmt(max(meetingDays.map((d) => d.wakeupsPerActiveHour))), '—', '≤ 70'],
    ['Busy checks per day with three hours of calls (mean)', fmt(mean(meetingDays.map((d) => d.checksPerDay))), '—', 'about one a minute in a call'],
    ['Breaks held back by a call, per day (mean)', fmt(mean(meetingDays.map((d) => d.deferredBreaks))), '—', '—'],
    [`Heap after night 1 → night ${LONG_RUN_DAYS} (KB)`, `${fmt(engineHeap.firstKb, 0)} → ${fmt(engineHeap.lastKb, 0)}`, `${fmt(pollerHeap.firstKb, 0)} → ${fmt(pollerHeap.lastKb, 0)}`, 'flat'],
    [`Heap growth over ${LONG_RUN_DAYS} days (KB)`, fmt(engineHeap.growthKb), fmt(pollerHeap.growthKb), 'noise only'],
  ];
  console.log(`Desk-time engine vs 1-second polling: ${WORKDAYS} generated 8-hour workdays and one ${LONG_RUN_DAYS}-day run\n`);
  printTable(['Metric', 'Engine', '1-s polling', 'Target'], rows);

  const main = measureMainProcess(LONG_RUN_DAYS);
  const poll = fmt(SECONDS_PER_HOUR, 0);
  console.log('\nThe whole main process (recording Electron double, simulated clock), every timer callback counted\n');
  printTable(['Metric', 'Breakwise', '1-s polling', 'Target'], [
    ['Timer wake-ups per active hour', fmt(main.activePerHour), poll, '≤ 70'],
    ['Timer wake-ups per active hour, with three one-hour video calls', fmt(main.activeWithCallsPerHour), poll, '≤ 70'],
    ['Timer wake-ups per idle hour, unlocked', fmt(main.idleUnlockedPerHour), poll, '≤ 10'],
    ['Timer wake-ups per idle hour, locked', fmt(main.idleLockedPerHour), poll, '≤ 10'],
    ['Timer wake-ups per hour while paused', fmt(main.pausedPerHour), poll, '0'],
    [`Heap after night 1 → night ${LONG_RUN_DAYS} (KB)`, `${fmt(main.heapFirstKb, 0)} → ${fmt(main.heapLastKb, 0)}`, '—', 'flat'],
  ]);

  const storage = measureStorage();
  console.log('\nPreferences and history on disk (real conf files in a temp folder), 8 simulated hours at the desk\n');
  printTable(['Metric', 'Breakwise (coalesced, served from memory)', 'One write per change, one read per use', 'Target'], [
    ['Disk writes per active hour', fmt(storage.writesPerActiveHour), fmt(storage.uncoalescedWritesPerActiveHour), '≤ 12'],
    ['Settings reads touching the disk per hour', fmt(storage.diskReadsPerHour), fmt(storage.settingsReadsPerHour), '0'],
  ]);

  const policy = await measurePolicyStartup();
  console.log('\nReading the organization\'s policy at start-up and 5 minutes later: a hostile file beside a good one, real files and readers, median of 5 (ms)\n');
  printTable(
    ['Policy folder', 'Start-up', 'Re-read', 'Good file only', 'Problems reported', 'Target'],
    policy.map((row) => [row.name, fmt(row.startMs), fmt(row.rereadMs), fmt(row.normalStartMs), String(row.problems), `≤ ${fmt(row.normalStartMs + HOSTILE_POLICY_EXTRA_MS, 0)}`]),
  );

  const build = spawnSync('npx', ['electron-vite', 'build'], { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  const latency = await breakStartLatency();
  console.log('\nThe break window in Chromium (Debian chromium, headless)\n');
  printTable(['Metric', 'Breakwise (window kept, hidden)', 'New window per break', 'Target'], [
    ['Break window JavaScript, gzip (KB)', fmt(rendererScriptGzipKb()), fmt(rendererScriptGzipKb()), '≤ 150'],
    ['All windows\' JavaScript, gzip (KB; settings, history, welcome load theirs when opened)', fmt(allScriptsGzipKb()), fmt(allScriptsGzipKb()), '—'],
    [`Break message → first exercise painted, median of 20 (ms)`, fmt(latency.preloadedMs), fmt(latency.newWindowMs), '≤ 100'],
  ]);
}

function printTable(header: string[], rows: string[][]): void {
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

await main();
