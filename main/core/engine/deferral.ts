import type { BusyReading, BusyReason } from '../busy';
import type { Settings } from '../settings';
import { MS_PER_MINUTE, MS_PER_SECOND, minutesToMs, secondsToMs } from '../time';
import { type Draft } from './draft';
import type { BusyGroup } from './effects';
import type { Context, Deferred } from './state';

/**
 * Meetings, presentations and full-screen work: when to ask the OS whether the person is busy,
 * and what a waiting break owes them. The engine asks only when a break is about to be due
 * (the moment its notice would show) and, while the break waits, once a minute — never on a
 * fixed fast poll, and never while no break is due.
 */

/**
 * How long an answer may take before the break is offered anyway, so a detector that hangs
 * cannot hold breaks back. Detectors answer in milliseconds (a D-Bus property, a registry
 * value, one `pmset` run); ten seconds leaves room for a machine under load.
 */
export const BUSY_ANSWER_TIMEOUT_MS = 10 * MS_PER_SECOND;

/**
 * While a break waits, how often to ask again. A minute: the break then comes at most a minute
 * (plus the grace) after the meeting ends, the same scale as the grace itself; a one-hour
 * meeting costs sixty looks where a one-second poll makes 3,600; and while someone sits the
 * engine wakes about once a minute anyway (the tray's countdown), so each look takes the place
 * of that wake-up instead of adding one.
 */
export const BUSY_RECHECK_MS = MS_PER_MINUTE;

/** Reasons during which even an OS notification would be seen by others: only the tray changes. */
export const PRESENTING_REASONS: readonly BusyReason[] = ['presentation', 'screen-share'];
const IN_A_CALL: readonly BusyReason[] = ['camera', 'microphone'];

export const isPresenting = (reasons: readonly BusyReason[]): boolean => reasons.some((reason) => PRESENTING_REASONS.includes(reason));

/**
 * The tray's words for what a break waits for: presenting first (what others can see), then a
 * call (camera or microphone), then full screen; do-not-disturb and an idle inhibitor alone read
 * as a meeting too.
 */
export function busyGroup(reasons: readonly BusyReason[]): BusyGroup {
  if (isPresenting(reasons)) return 'presentation';
  if (reasons.some((reason) => IN_A_CALL.includes(reason))) return 'meeting';
  if (reasons.includes('fullscreen')) return 'fullscreen';
  return 'meeting';
}

/** Whether breaks wait for meetings at all: the setting is on and some signal is chosen. */
export const defersBreaks = (settings: Settings): boolean => settings.meetings.defer && settings.meetings.signals.length > 0;

/** The busy reasons of an answer that the person chose (a source may say more than it was asked). */
export const chosenReasons = (settings: Settings, reading: BusyReading): BusyReason[] =>
  reading.reasons.filter((reason) => settings.meetings.signals.includes(reason));

/** Ask the OS whether the person is busy; the service answers with a `busy` event. */
export function askBusy(d: Draft): void {
  d.effects.push({ type: 'checkBusy', signals: d.ctx.settings.meetings.signals });
}

/**
 * When the grace after the meeting lets the waiting break's notice show: the break itself comes
 * `graceSeconds` after the meeting was seen to end, but never with less than its usual notice.
 */
export const graceEndsAtMs = (state: Deferred, settings: Settings): number | null =>
  state.freeAtMs === null ? null : state.freeAtMs + Math.max(0, secondsToMs(settings.meetings.graceSeconds) - secondsToMs(settings.noticeSeconds));

/** When the waiting break has waited `maxDeferMinutes`, or null when none waits. */
export const overdueAtMs = (ctx: Context): number | null =>
  ctx.deferral === null ? null : ctx.deferral.sinceMs + minutesToMs(ctx.settings.meetings.maxDeferMinutes);

export const isOverdue = (ctx: Context): boolean => {
  const at = overdueAtMs(ctx);
  return at !== null && ctx.time.engineMs >= at;
};

/** How much later a break starting at `atMs` starts than it would have without the wait (its notice would have shown at `sinceMs`). */
export const deferredMsAt = (ctx: Context, atMs: number): number =>
  ctx.deferral === null ? 0 : Math.max(0, atMs - ctx.deferral.sinceMs - secondsToMs(ctx.settings.noticeSeconds));

/** The last ask went unanswered for too long: count that as "not busy" rather than wait for good. */
export const answerTimedOut = (state: Deferred, nowMs: number): boolean => !state.answered && nowMs >= state.askedAtMs + BUSY_ANSWER_TIMEOUT_MS;

/** The next moment a waiting break needs a look: its next ask, the end of an ask's wait, the grace's end, or its cap. */
export function deferredWakeAtMs(state: Deferred, ctx: Context): number {
  const graceEnd = graceEndsAtMs(state, ctx.settings);
  if (graceEnd !== null) return graceEnd;
  if (!state.answered) return state.askedAtMs + BUSY_ANSWER_TIMEOUT_MS;
  const candidates = [state.askedAtMs + BUSY_RECHECK_MS];
  const overdueAt = overdueAtMs(ctx);
  // The cap gets a look of its own; once past (held back while presenting), each minute's look also checks it.
  if (overdueAt !== null && ctx.deferral?.overdueNotified === false && overdueAt > state.askedAtMs) candidates.push(overdueAt);
  return Math.min(...candidates);
}
