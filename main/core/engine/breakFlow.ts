import { breakSettings, type BreakKind } from '../settings';
import { minutesToMs, secondsToMs } from '../time';
import { wallAt } from '../timebase';
import { clockFor, endStretch, resetAfterBreak } from './clocks';
import { nowMs, update, type Draft } from './draft';
import { nextDueBreak } from './dueBreak';
import type { BreakOptions, BreakOutcome } from './effects';
import type { IdleReading } from './events';
import { clocksNow, commitPresentTail, markInput, someoneIsThere } from './presence';
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
  d.state = started;
  d.effects.push({
    type: 'startBreak',
    options: breakOptions(d, kind),
    endsAtWallMs: wallAt(d.ctx.time, started.endsAtMs),
    durationSeconds: breakSettings(d.ctx.settings, kind).durationSeconds,
    prompted: how.prompted,
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

/** Move the schedule on: raise a notice when a break comes near, prompt it when it is due. */
export function advanceSchedule(d: Draft): void {
  const { state, ctx } = d;
  if (state.name !== 'sitting' && state.name !== 'notice') return;
  const noticeMs = secondsToMs(ctx.settings.noticeSeconds);
  const due = nextDueBreak(ctx.settings, clocksNow(ctx, state), ctx.snoozed);
  const near = due !== null && due.remainingMs <= noticeMs && ctx.calendarWindow.inWorkingHours && someoneIsThere(ctx);
  if (state.name === 'notice') {
    if (!near || due.kind !== state.kind) {
      d.effects.push({ type: 'hideNotice' });
      d.state = sitting();
      if (near) advanceSchedule(d);
    } else if (nowMs(d) >= state.breakAtMs) {
      startBreak(d, state.kind, { accepted: false, prompted: true });
    }
    return;
  }
  if (!near) return;
  if (noticeMs === 0) {
    startBreak(d, due.kind, { accepted: false, prompted: true });
    return;
  }
  const shown = notice(due.kind, nowMs(d) + noticeMs);
  d.state = shown;
  d.effects.push({ type: 'showNotice', options: breakOptions(d, due.kind), breakAtWallMs: wallAt(ctx.time, shown.breakAtMs) });
}

/** Snooze the offered break: it comes back after `snooze.minutes` more sitting. */
export function snoozeBreak(d: Draft): void {
  const { state } = d;
  if (state.name !== 'notice' && state.name !== 'onBreak') return void (d.refusal = 'There is no break to snooze.');
  if (!breakOptions(d, state.kind).canSnooze) return void (d.refusal = 'This break cannot be snoozed again.');
  const snoozes = d.ctx.snoozesUsed + 1;
  const clock = clockFor(clocksNow(d.ctx, state), state.kind);
  update(d, { snoozed: { kind: state.kind, dueOnClockMs: clock + minutesToMs(d.ctx.settings.snooze.minutes), snoozes }, snoozesUsed: snoozes });
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
  update(d, { clocks: resetAfterBreak(d.ctx.clocks, state.kind), snoozed: null, snoozesUsed: 0 });
  d.state = sitting();
}
