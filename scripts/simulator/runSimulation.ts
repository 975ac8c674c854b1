import { createScheduleTimers } from '../../main/adapters/scheduleTimers';
import { DeskTimeService } from '../../main/core/deskTimeService';
import type { WakeTimers } from '../../main/core/ports';
import type { BreakKind as Kind } from '../../main/core/settings';
import type { BreakOutcome, Effect } from '../../main/core/engine/effects';
import { activeSecondsOf, longestSittingSecondsOf } from '../../main/core/engine/transition';
import type { Settings } from '../../main/core/settings';
import { formatLocalIso } from './localIso';
import { replayTrace } from './replay';
import { respondTo, type ResponsePolicy } from './responder';
import { SimulatedMachine } from './simulatedMachine';
import { TraceBusySource } from './traceBusySource';
import type { TraceEvent } from './trace';
import { TraceIdleSource } from './traceIdleSource';

export interface SimulatedPrompt {
  at: string;
  kind: Kind;
  outcome: BreakOutcome | 'open';
  /** How much later it came than without a meeting; 0 when it did not wait. */
  deferredSeconds: number;
}

export interface SimulationResult {
  activeSeconds: number;
  longestSittingSeconds: number;
  prompts: SimulatedPrompt[];
  naturalBreaks: { from: string; to: string }[];
  notices: number;
  clockJumps: { at: string; seconds: number }[];
  /** "Break overdue" notifications: a break waited `meetings.maxDeferMinutes` for a meeting. */
  overdueNotices: { at: string }[];
  /** How often the engine asked whether the person was busy. */
  busyChecks: number;
  wakeups: number;
}

/** Hooks for tests that check the replay against the trace in true time. */
export interface SimulationObserver {
  prompt?(info: { trueMs: number; kind: Kind; idleSeconds: number; locked: boolean; suspended: boolean }): void;
  naturalBreak?(info: { fromTrueMs: number; toTrueMs: number }): void;
  /** Called after each trace event; the benchmark samples the heap here. */
  afterEvent?(event: TraceEvent): void;
  /** Every effect, at the true time it came. */
  effect?(info: { trueMs: number; effect: Effect }): void;
}

const MS_PRECISION = 1_000;
/**
 * A replay that sets timers more often than a one-second poll would is a runaway loop in the
 * engine; failing beats hanging (the property tests rely on it, and so does an IT preview).
 */
export const RUNAWAY_WAKES_PER_HOUR = 3_600;
const MS_PER_HOUR = 3_600_000;

/** Counts timers as they are set and stops a replay whose engine has started spinning. */
function guardedTimers(timers: WakeTimers, trueNow: () => number): WakeTimers {
  const startMs = trueNow();
  let set = 0;
  const check = (): void => {
    set++;
    const allowed = RUNAWAY_WAKES_PER_HOUR * (1 + (trueNow() - startMs) / MS_PER_HOUR);
    if (set > allowed) throw new Error(`The engine set ${set} timers in ${Math.round((trueNow() - startMs) / 1000)} s of simulated time: a runaway loop.`);
  };
  return {
    after: (delayMs, callback) => (check(), timers.after(delayMs, callback)),
    atWall: (wallMs, callback) => timers.atWall(wallMs, callback),
  };
}
const roundSeconds = (seconds: number): number => Math.round(seconds * MS_PRECISION) / MS_PRECISION;

/** Replays a trace through the real engine, service and node-schedule adapter on a simulated clock. */
export function runSimulation(
  trace: readonly TraceEvent[],
  settings: Settings,
  policy: ResponsePolicy,
  observer: SimulationObserver = {},
): SimulationResult {
  const first = trace[0];
  if (first === undefined) throw new Error('The trace has no events.');
  const machine = new SimulatedMachine(first.wallMs);
  const idle = new TraceIdleSource(trace, machine.trueNow);
  const busy = new TraceBusySource(trace, machine.trueNow, () => idle.reached);
  const result: SimulationResult = {
    activeSeconds: 0,
    longestSittingSeconds: 0,
    prompts: [],
    naturalBreaks: [],
    notices: 0,
    clockJumps: [],
    overdueNotices: [],
    busyChecks: 0,
    wakeups: 0,
  };
  const openPrompts: SimulatedPrompt[] = [];

  const onEffects = (effects: readonly Effect[]): void => {
    for (const effect of effects) {
      observer.effect?.({ trueMs: machine.trueNow(), effect });
      if (effect.type === 'showNotice') result.notices++;
      if (effect.type === 'breakOverdue') result.overdueNotices.push({ at: formatLocalIso(Date.now()) });
      if (effect.type === 'startBreak' && effect.prompted) {
        const reading = idle.read();
        observer.prompt?.({ trueMs: machine.trueNow(), kind: effect.options.kind, idleSeconds: reading.idleSeconds, locked: reading.locked === true, suspended: machine.suspended });
        const prompt: SimulatedPrompt = { at: formatLocalIso(Date.now()), kind: effect.options.kind, outcome: 'open', deferredSeconds: effect.deferredSeconds };
        result.prompts.push(prompt);
        openPrompts.push(prompt);
        const response = respondTo(policy, effect.options);
        if (response === 'start') idle.suppressInput(machine.trueNow(), machine.trueNow() + (effect.endsAtWallMs - Date.now()));
        if (response !== null) service.respond(response);
      }
      if (effect.type === 'endBreak') {
        const prompt = openPrompts.shift();
        if (prompt !== undefined) prompt.outcome = effect.outcome;
      }
      if (effect.type === 'record' && effect.record.type === 'naturalBreak') {
        result.naturalBreaks.push({ from: formatLocalIso(effect.record.fromWallMs), to: formatLocalIso(effect.record.toWallMs) });
        const toTrue = (wallMs: number): number => machine.trueNow() - (Date.now() - wallMs);
        observer.naturalBreak?.({ fromTrueMs: toTrue(effect.record.fromWallMs), toTrueMs: toTrue(effect.record.toWallMs) });
      }
      if (effect.type === 'record' && effect.record.type === 'clockJump') {
        result.clockJumps.push({ at: formatLocalIso(effect.record.atWallMs), seconds: effect.record.seconds });
      }
    }
  };

  const timers = guardedTimers(createScheduleTimers(), machine.trueNow);
  const service = new DeskTimeService({ clock: machine.clock, idle, busy, timers, settings, onEffects });
  try {
    replayTrace(trace, machine, idle, service, observer.afterEvent);
    result.activeSeconds = roundSeconds(activeSecondsOf(service.current));
    result.longestSittingSeconds = roundSeconds(longestSittingSecondsOf(service.current));
    result.wakeups = service.wakeups;
    result.busyChecks = busy.checks;
    return result;
  } finally {
    service.dispose();
    machine.dispose();
  }
}
