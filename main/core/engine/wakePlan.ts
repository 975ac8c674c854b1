import { MS_PER_MINUTE, secondsToMs } from '../time';
import { BUSY_ANSWER_TIMEOUT_MS, deferredWakeAtMs } from './deferral';
import { nextDueBreak } from './dueBreak';
import type { WakePlan } from './effects';
import { clocksNow, returnPollMs, SLOW_RETURN_POLL_MS } from './presence';
import type { Model } from './state';

/**
 * While locked the unlock event is what ends the gap; this slow look is only the way out for a
 * platform that never sends it (a reading with `locked: false` also unlocks). Asleep uses it too.
 */
export const LOCKED_POLL_MS = SLOW_RETURN_POLL_MS;


/** Sitting time until the tray's whole-minute countdown next changes. */
function untilMinuteChanges(remainingMs: number): number {
  const intoMinute = remainingMs % MS_PER_MINUTE;
  return intoMinute > 0 ? intoMinute : MS_PER_MINUTE;
}

/** While present, sitting advances in real time, so sitting milliseconds are also wait milliseconds. */
function presentWake(model: Model): number {
  const { ctx, state } = model;
  const t = ctx.time.engineMs;
  const gapReachesPauseMs = ctx.lastInputMs + secondsToMs(ctx.settings.idle.pauseAfterSeconds) - t;
  if (state.name === 'notice') return Math.min(gapReachesPauseMs, state.breakAtMs - t);
  // An answer normally arrives long before this: the timeout is only the way out when none does.
  if (state.name === 'checkingBusy') return Math.min(gapReachesPauseMs, state.askedAtMs + BUSY_ANSWER_TIMEOUT_MS - t);
  if (state.name === 'deferred') return Math.min(gapReachesPauseMs, deferredWakeAtMs(state, ctx) - t);
  const candidates = [gapReachesPauseMs];
  const due = nextDueBreak(ctx.settings, clocksNow(ctx, state), ctx.snoozed);
  if (due !== null && ctx.calendarWindow.inWorkingHours) {
    const noticeMs = secondsToMs(ctx.settings.noticeSeconds);
    candidates.push(untilMinuteChanges(Math.max(due.remainingMs, noticeMs)));
    // A break already due but held back (nobody has touched the keyboard since a break, unlock
    // or resume) waits for input, which the sample at the pause threshold will see.
    if (due.remainingMs > noticeMs) candidates.push(due.remainingMs - noticeMs);
  }
  return Math.min(...candidates);
}

/** The one timer that drives everything: no fixed poll, just the next moment something can change. */
export function planWake(model: Model): WakePlan {
  const { state, ctx } = model;
  // Working-hours boundaries and local midnight (the day's record) are wall-clock alarms.
  const atWallMs = ctx.calendarWindow.untilWallMs;
  switch (state.name) {
    case 'paused':
      return { afterMs: null, atWallMs: state.untilWallMs };
    case 'onBreak':
      return { afterMs: Math.max(1, state.endsAtMs - ctx.time.engineMs), atWallMs };
    case 'away':
      // Elapsed timers stand still in sleep, so this costs nothing there; it is the way out when
      // the machine is awake but the resume event was missed (or a shutdown was cancelled).
      if (state.reason === 'asleep') return { afterMs: LOCKED_POLL_MS, atWallMs: null };
      return { afterMs: state.reason === 'locked' ? LOCKED_POLL_MS : returnPollMs(ctx), atWallMs };
    case 'sitting':
    case 'notice':
    case 'checkingBusy':
    case 'deferred':
      return { afterMs: Math.max(1, presentWake(model)), atWallMs };
  }
}

