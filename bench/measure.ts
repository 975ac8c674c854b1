import { createScheduleTimers } from '../main/adapters/scheduleTimers';
import { DeskTimeService } from '../main/core/deskTimeService';
import { activeSecondsOf } from '../main/core/engine/transition';
import { runSimulation } from '../scripts/simulator/runSimulation';
import { SimulatedMachine } from '../scripts/simulator/simulatedMachine';
import { replayTrace, type ReplayTarget } from '../scripts/simulator/replay';
import type { TraceEvent } from '../scripts/simulator/trace';
import { TraceIdleSource } from '../scripts/simulator/traceIdleSource';
import type { Settings } from '../main/core/settings';
import { OneSecondPoller } from './oneSecondPoller';

export interface RunMeasure {
  wakeups: number;
  activeSeconds: number;
  cpuMs: number;
  /** Heap used (after a full GC) at each night, in bytes. */
  nightlyHeap: number[];
}

const US_PER_MS = 1000;
const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / US_PER_MS;
};

const heapAfterGc = (): number => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};

/** Overnight sleeps start after the last typing of the day; the heap is sampled there. */
const isNight = (event: TraceEvent, next: TraceEvent | undefined): boolean =>
  event.event === 'suspend' && next !== undefined && next.trueMs - event.trueMs > 8 * 3_600_000;

const nightSampler = (trace: readonly TraceEvent[], into: number[]) => {
  const indexOf = new Map(trace.map((e, i) => [e, i]));
  return (event: TraceEvent): void => {
    if (isNight(event, trace[(indexOf.get(event) ?? 0) + 1])) into.push(heapAfterGc());
  };
};

/** The whole simulation, with the person taking every break: wake-ups and accuracy. */
export function measureEngine(trace: readonly TraceEvent[], settings: Settings): RunMeasure {
  const start = process.cpuUsage();
  const result = runSimulation(trace, settings, 'accept');
  return { wakeups: result.wakeups, activeSeconds: result.activeSeconds, cpuMs: cpuMsSince(start), nightlyHeap: [] };
}

/**
 * Replays a trace on a fresh simulated machine against whatever `makeTarget` builds, sampling the
 * heap each night if asked; `read` turns the finished target into figures.
 */
function replayMeasured<T extends ReplayTarget>(
  trace: readonly TraceEvent[],
  sampleHeap: boolean,
  makeTarget: (machine: SimulatedMachine, idle: TraceIdleSource) => T,
  read: (target: T) => { wakeups: number; activeSeconds: number },
  dispose: (target: T) => void = () => undefined,
): RunMeasure {
  const first = trace[0];
  if (first === undefined) throw new Error('empty trace');
  const nightlyHeap: number[] = [];
  const start = process.cpuUsage();
  const machine = new SimulatedMachine(first.wallMs);
  const idle = new TraceIdleSource(trace, machine.trueNow);
  const target = makeTarget(machine, idle);
  try {
    replayTrace(trace, machine, idle, target, sampleHeap ? nightSampler(trace, nightlyHeap) : undefined);
    return { ...read(target), cpuMs: cpuMsSince(start), nightlyHeap };
  } finally {
    dispose(target);
    machine.dispose();
  }
}

/**
 * The engine alone, as it runs in the app: service, engine and node-schedule timers with
 * effects going nowhere (no simulation log), so CPU and heap are the engine's own. Breaks
 * go unanswered, as they would on an empty desk.
 */
export const measureBareEngine = (trace: readonly TraceEvent[], settings: Settings, sampleHeap = false): RunMeasure =>
  replayMeasured(
    trace,
    sampleHeap,
    (machine, idle) => new DeskTimeService({ clock: machine.clock, idle, timers: createScheduleTimers(), settings, onEffects: () => undefined }),
    (service) => ({ wakeups: service.wakeups, activeSeconds: activeSecondsOf(service.current) }),
    (service) => service.dispose(),
  );

export const measurePoller = (trace: readonly TraceEvent[], settings: Settings, sampleHeap = false): RunMeasure =>
  replayMeasured(
    trace,
    sampleHeap,
    (machine, idle) => new OneSecondPoller(idle, machine.trueNow, settings.idle.pauseAfterSeconds * 1000),
    (poller) => ({ wakeups: poller.wakeups, activeSeconds: poller.sittingMs / 1000 }),
  );
