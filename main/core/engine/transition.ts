import type { Calendar } from '../calendar';
import type { Settings } from '../settings';
import { msToSeconds, secondsToMs, type Instant } from '../time';
import { advanceTimebase, startTimebase } from '../timebase';
import { calendarWindowAt, windowHolds } from './calendarWindow';
import { endBreak, outcomeAtEnd, skipBreak, snoozeBreak, startBreak } from './breakFlow';
import { startNewDay, ZERO_CLOCKS } from './clocks';
import { draftOf, nowMs, update, type Draft } from './draft';
import type { Effect, WakePlan } from './effects';
import type { EngineEvent, IdleReading, PowerKind } from './events';
import { clocksNow, commitPresentTail, detectGap, leaveDesk, markInput, observeInput, returnNow } from './presence';
import { advanceSchedule, takeBusyAnswer } from './schedule';
import { away, paused, sitting, type Model, type State } from './state';
import { sameView, trayViewOf } from './trayView';
import { planWake } from './wakePlan';

export interface TransitionResult {
  readonly model: Model;
  readonly effects: readonly Effect[];
  readonly wake: WakePlan;
  /** Set when the event asked for something not allowed now; the model is then unchanged. */
  readonly refusal: string | null;
}

/** The engine at start-up, given the idle time at that moment. */
export function initialModel(settings: Settings, calendar: Calendar, at: Instant, reading: IdleReading): Model {
  const idleMs = secondsToMs(Math.max(0, reading.idleSeconds));
  const present = idleMs < secondsToMs(settings.idle.pauseAfterSeconds) && reading.locked !== true;
  return {
    state: present ? sitting() : away(reading.locked === true ? 'locked' : 'idle'),
    ctx: {
      settings,
      calendar,
      time: startTimebase(at),
      lastInputMs: present ? 0 : -idleMs,
      quietUntilMs: 0,
      lastSeenInputMs: -idleMs,
      clocks: ZERO_CLOCKS,
      locked: reading.locked === true,
      asleep: false,
      snoozed: null,
      snoozesUsed: 0,
      deferral: null,
      tray: null,
      calendarWindow: calendarWindowAt(settings, calendar, at.wallMs),
    },
  };
}

/** Bring the clocks up to `at`: clock changes, waking from sleep, a new day, a pause that ran out. */
function catchUp(d: Draft, at: Instant, event: EngineEvent): void {
  const { timebase, jumpSeconds } = advanceTimebase(d.ctx.time, at, d.ctx.asleep);
  update(d, { time: timebase });
  if (jumpSeconds !== null) d.effects.push({ type: 'record', record: { type: 'clockJump', atWallMs: at.wallMs, seconds: jumpSeconds } });
  // Timers do not run during sleep, so any event but suspend and shutdown proves the machine is
  // awake: a missed `resume` (or a cancelled shutdown) cannot leave the engine asleep.
  const provesAwake = event.type !== 'power' || (event.kind !== 'suspend' && event.kind !== 'shutdown' && event.kind !== 'resume');
  if (d.ctx.asleep && provesAwake) wake(d);
  if (d.state.name === 'paused' && d.state.untilWallMs !== null && at.wallMs >= d.state.untilWallMs) resumeTracking(d);
}

/** Past midnight or a working-hours boundary: a new window, and the finished day's record. */
function refreshCalendar(d: Draft, afterMidnightMs = 0): void {
  const previous = d.ctx.calendarWindow;
  const next = calendarWindowAt(d.ctx.settings, d.ctx.calendar, d.ctx.time.wallMs);
  update(d, { calendarWindow: next });
  if (next.dateKey === previous.dateKey) return;
  const { activeTodayMs, longestStretchTodayMs, stretchMs } = d.ctx.clocks;
  d.effects.push({
    type: 'record',
    record: {
      type: 'day',
      dateKey: previous.dateKey,
      activeSeconds: msToSeconds(activeTodayMs - afterMidnightMs),
      longestSittingSeconds: msToSeconds(longestStretchTodayMs),
    },
  });
  update(d, { clocks: startNewDay(d.ctx.clocks, Math.min(afterMidnightMs, stretchMs)) });
}

function wake(d: Draft): void {
  update(d, { asleep: false });
  if (d.ctx.locked) d.state = d.state.name === 'paused' ? d.state : away('locked');
  else returnNow(d);
}

function resumeTracking(d: Draft): void {
  markInput(d, nowMs(d));
  d.state = d.ctx.locked ? away('locked') : sitting();
}

/** Lock, suspend and shutdown end a break in progress: the person has stepped away. */
function stepAway(d: Draft, outcome: 'taken' | 'cancelled'): void {
  if (d.state.name === 'onBreak') endBreak(d, outcome, nowMs(d));
}

function onPower(d: Draft, kind: PowerKind, reading: IdleReading): void {
  observeInput(d, reading);
  switch (kind) {
    case 'lock':
      stepAway(d, 'taken');
      update(d, { locked: true });
      return leaveDesk(d, 'locked');
    case 'unlock':
      update(d, { locked: false });
      if (!d.ctx.asleep) returnNow(d);
      return;
    case 'suspend':
      stepAway(d, 'taken');
      update(d, { asleep: true });
      return leaveDesk(d, 'asleep');
    case 'resume':
      return wake(d);
    case 'shutdown':
      stepAway(d, 'cancelled');
      detectGap(d);
      commitPresentTail(d);
      if (d.state.name === 'away') returnNow(d); // close the open gap so a long one is recorded
      update(d, { asleep: true });
      return leaveDesk(d, 'asleep');
  }
}

function onSample(d: Draft, reading: IdleReading): void {
  if (reading.locked === true && !d.ctx.locked) return onPower(d, 'lock', reading);
  if (reading.locked === false && d.ctx.locked) onPower(d, 'unlock', reading);
  const { state } = d;
  if (state.name === 'onBreak' && nowMs(d) >= state.endsAtMs) endBreak(d, outcomeAtEnd(state, reading, nowMs(d)), state.endsAtMs);
  observeInput(d, reading);
}

/** Sitting the event added that lies after the new day's midnight belongs to the new day. */
function rollDay(d: Draft, activeBeforeMs: number): void {
  if (windowHolds(d.ctx.calendarWindow, d.ctx.time.wallMs)) return;
  const midnightMs = nowMs(d) - (d.ctx.time.wallMs - d.ctx.calendar.wallAtLocalMinute(d.ctx.time.wallMs, 0, 0));
  const addedMs = d.ctx.clocks.activeMs - activeBeforeMs;
  const afterMidnightMs = Math.max(0, Math.min(addedMs, d.ctx.lastInputMs - midnightMs));
  refreshCalendar(d, afterMidnightMs);
}

function handle(d: Draft, event: EngineEvent): void {
  switch (event.type) {
    case 'sample':
      return onSample(d, event.reading);
    case 'power':
      return onPower(d, event.kind, event.reading);
    case 'respond':
      if (event.response === 'snooze') return snoozeBreak(d);
      if (event.response === 'skip') return skipBreak(d);
      if (d.state.name === 'notice') return startBreak(d, d.state.kind, { accepted: true, prompted: true });
      if (d.state.name === 'onBreak') return void (d.state = { ...d.state, accepted: true });
      return void (d.refusal = 'There is no break to start.');
    case 'breakFinished':
      if (d.state.name !== 'onBreak') return void (d.refusal = 'No break is in progress.');
      return endBreak(d, 'taken', nowMs(d));
    case 'breakNow':
      if (d.state.name === 'paused') return void (d.refusal = 'Breakwise is paused; resume it first.');
      if (d.state.name === 'onBreak') return void (d.refusal = 'A break is already in progress.');
      return startBreak(d, event.kind, { accepted: true, prompted: false });
    case 'pause':
      commitPresentTail(d);
      stepAway(d, 'cancelled');
      if (d.state.name === 'notice') d.effects.push({ type: 'hideNotice' });
      // A pause is the person's own decision about breaks: nothing waits for a meeting across it.
      update(d, { deferral: null });
      d.state = paused(event.untilWallMs);
      return;
    case 'resume':
      if (d.state.name !== 'paused') return void (d.refusal = 'Breakwise is not paused.');
      return resumeTracking(d);
    case 'settings':
      // Settings apply at once, never reset the sitting clocks and are not themselves input.
      update(d, { settings: event.settings });
      refreshCalendar(d);
      return;
    case 'busy':
      return takeBusyAnswer(d, event.reading);
  }
}

/** The whole engine: a pure function from a model and an event to the next model and its effects. */
export function transition(model: Model, event: EngineEvent): TransitionResult {
  const d = draftOf(model);
  catchUp(d, event.at, event);
  const activeBeforeMs = d.ctx.clocks.activeMs;
  handle(d, event);
  rollDay(d, activeBeforeMs);
  if (d.refusal !== null) {
    return { model, effects: [], wake: planWake(model), refusal: d.refusal };
  }
  detectGap(d);
  advanceSchedule(d);
  const next: Model = { state: d.state, ctx: d.ctx };
  const view = trayViewOf(next);
  const finalModel = sameView(d.ctx.tray, view) ? next : { ...next, ctx: { ...next.ctx, tray: view } };
  const effects = [...d.effects, ...pauseChange(model.state, d.state), ...(sameView(d.ctx.tray, view) ? [] : [{ type: 'tray' as const, view }])];
  return { model: finalModel, effects, wake: planWake(finalModel), refusal: null };
}

/** The engine owns the pause: whoever keeps it across a restart follows this effect. */
function pauseChange(before: State, after: State): Effect[] {
  if (after.name === 'paused') {
    const same = before.name === 'paused' && before.untilWallMs === after.untilWallMs;
    return same ? [] : [{ type: 'pauseChanged', pause: { untilWallMs: after.untilWallMs } }];
  }
  return before.name === 'paused' ? [{ type: 'pauseChanged', pause: null }] : [];
}

/** Sitting seconds so far, counting the current stretch while the person is present. */
export const activeSecondsOf = ({ state, ctx }: Model): number => msToSeconds(clocksNow(ctx, state).activeMs);
export const longestSittingSecondsOf = ({ state, ctx }: Model): number => msToSeconds(clocksNow(ctx, state).longestStretchMs);
