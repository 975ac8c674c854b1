import { breakSettings, type BreakKind } from '../settings';
import { minutesToMs, msToSeconds, secondsToMs } from '../time';
import { wallAt } from '../timebase';
import { clockFor, endStretch, resetAfterBreak } from './clocks';
import { deferredMsAt } from './deferral';
import { nowMs, update, type Draft } from './draft';
import type { BreakOptions, BreakOutcome } from './effects';
import type { IdleReading } from './events';
import { clocksNow, commitPresentTail, markInput } from './presence';
import { notice, onBreak, sitting, type OnBreak } from './state';

/**
 * Input in the first seconds of a break is the person reaching for the break window itself;
 * input after that, on a break nobody started, means they kept working through it.
 */
export const BREAK_INPUT_GRACE_MS = secondsToMs(5);

export const breakOptions = (d: Draft, kind: BreakKind): BreakOptions => {
  const { strict, snooze } = d.ctx.settings;
  return { kind, canSnooze: !strict && d.ctx.snoozesUsed < snooze.maxPerBreak, canSkip: !strict && d.ctx.settings.allowSkip };
};


export function startBreak(d: Draft, kind: BreakKind, how: { accepted: boolean; prompted: boolean }): void {
  commitPresentTail(d);
  if (d.state.name === 'notice') d.effects.push({ type: 'hideNotice' });
  const durationMs = secondsToMs(breakSettings(d.ctx.settings, kind).durationSeconds);
  const started = onBreak(kind, nowMs(d), durationMs, how.accepted, how.prompted);
  const deferredSeconds = Math.round(msToSeconds(deferredMsAt(d.ctx, nowMs(d))));
  d.state = started;
  // Whatever waited for a meeting is the break starting now.
  update(d, { deferral: null });
  d.effects.push({
    type: 'startBreak',
    options: breakOptions(d, kind),
    endsAtWallMs: wallAt(d.ctx.time, started.endsAtMs),
    durationSeconds: breakSettings(d.ctx.settings, kind).durationSeconds,
    prompted: how.prompted,
    deferredSeconds,
  });
}

/** The break is over at `endMs`, which counts as an input: the person is at the desk again. */
export function endBreak(d: Draft, outcome: BreakOutcome, endMs: number): void {
  const current = d.state as OnBreak;
  d.effects.push({ type: 'endBreak', kind: current.kind, outcome });
  d.effects.push({
    type: 'record',
    record: {
      type: 'break',
      kind: current.kind,
      outcome,
      prompted: current.prompted,
      startedWallMs: wallAt(d.ctx.time, current.startedAtMs),
      endedWallMs: wallAt(d.ctx.time, endMs),
    },
  });
  const resolved = outcome !== 'snoozed' && outcome !== 'cancelled';
  const clocks = endStretch(d.ctx.clocks);
  markInput(d, endMs);
  update(d, {
    clocks: resolved ? resetAfterBreak(clocks, current.kind) : clocks,
    ...(resolved ? { snoozed: null, snoozesUsed: 0 } : {}),
  });
  d.state = sitting();
}

/** How a break that reached its end went, judged from the last input it saw. */
export function outcomeAtEnd(current: OnBreak, reading: IdleReading, t: number): BreakOutcome {
  if (current.accepted) return 'taken';
  const inputMs = t - secondsToMs(reading.idleSeconds);
  return inputMs > current.startedAtMs + BREAK_INPUT_GRACE_MS ? 'ignored' : 'taken';
}

/** Offer a due break: its notice, or the break itself when there is no notice. */
export function offerBreak(d: Draft, kind: BreakKind): void {
  const noticeMs = secondsToMs(d.ctx.settings.noticeSeconds);
  if (noticeMs === 0) return startBreak(d, kind, { accepted: false, prompted: true });
  const shown = notice(kind, nowMs(d) + noticeMs);
  d.state = shown;
  d.effects.push({ type: 'showNotice', options: breakOptions(d, kind), breakAtWallMs: wallAt(d.ctx.time, shown.breakAtMs) });
}

/** Snooze the offered break: it comes back after `snooze.minutes` more sitting. */
export function snoozeBreak(d: Draft): void {
  const { state } = d;
  if (state.name !== 'notice' && state.name !== 'onBreak') return void (d.refusal = 'There is no break to snooze.');
  if (!breakOptions(d, state.kind).canSnooze) return void (d.refusal = 'This break cannot be snoozed again.');
  const snoozes = d.ctx.snoozesUsed + 1;
  const clock = clockFor(clocksNow(d.ctx, state), state.kind);
  update(d, { snoozed: { kind: state.kind, dueOnClockMs: clock + minutesToMs(d.ctx.settings.snooze.minutes), snoozes }, snoozesUsed: snoozes, deferral: null });
  if (state.name === 'onBreak') return endBreak(d, 'snoozed', nowMs(d));
  d.effects.push({ type: 'hideNotice' });
  // Snoozed from the notice: the offer still counts in the history, as a skip from the notice does.
  d.effects.push({
    type: 'record',
    record: { type: 'break', kind: state.kind, outcome: 'snoozed', prompted: true, startedWallMs: d.ctx.time.wallMs, endedWallMs: d.ctx.time.wallMs },
  });
  d.state = sitting();
}

/** Skip the offered break: its clock starts again as if it had been taken. */
export function skipBreak(d: Draft): void {
  const { state } = d;
  if (state.name !== 'notice' && state.name !== 'onBreak') return void (d.refusal = 'There is no break to skip.');
  if (!breakOptions(d, state.kind).canSkip) return void (d.refusal = d.ctx.settings.strict ? 'Strict mode is on: breaks cannot be skipped.' : 'Skipping breaks is turned off.');
  if (state.name === 'onBreak') return endBreak(d, 'skipped', nowMs(d));
  commitPresentTail(d);
  d.effects.push({ type: 'hideNotice' });
  d.effects.push({
    type: 'record',
    record: { type: 'break', kind: state.kind, outcome: 'skipped', prompted: true, startedWallMs: d.ctx.time.wallMs, endedWallMs: d.ctx.time.wallMs },
  });
  update(d, { clocks: resetAfterBreak(d.ctx.clocks, state.kind), snoozed: null, snoozesUsed: 0, deferral: null });
  d.state = sitting();
}
