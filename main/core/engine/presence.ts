import { MS_PER_MINUTE, secondsToMs } from '../time';
import { addSitting, endStretch, resetAfterBreak, type SittingClocks } from './clocks';
import { nowMs, update, type Draft } from './draft';
import type { IdleReading } from './events';
import { away, isPresent, sitting, type AwayReason, type Context, type State } from './state';

/**
 * Presence: turning idle readings into sitting time and gaps.
 *
 * A reading tells only when the *last* input happened, never the first one after a gap. So
 * the engine reads again no later than the moment the current gap could reach
 * `pauseAfterSeconds` (see wakePlan.ts): if that reading shows new input, every gap since the
 * last input was shorter than the threshold and all of it was sitting. If it shows none, the
 * gap has reached the threshold and does not count, in full. When a later reading finds input
 * again, the person came back somewhere between the last quiet reading and that input, so the
 * return is dated to the middle of that window — an unbiased estimate whose error is at most
 * half the return poll (see below). Unlock and resume are exact returns in themselves.
 */

/**
 * How often to look for a return during an unlocked gap: every minute (or half the pause
 * threshold, if shorter) while the gap is shorter than a natural break, where most returns
 * happen and the return time decides what counts as sitting; every ten minutes after that,
 * when the break clocks have been reset anyway and most systems have locked the screen, so
 * the unlock gives the exact return.
 */
export const RETURN_POLL_MAX_MS = MS_PER_MINUTE;
export const SLOW_RETURN_POLL_MS = 10 * MS_PER_MINUTE;
export const returnPollMs = (ctx: Context): number => {
  const gapMs = ctx.time.engineMs - ctx.lastInputMs;
  if (gapMs >= secondsToMs(ctx.settings.idle.naturalBreakAfterSeconds)) return SLOW_RETURN_POLL_MS;
  return Math.min(RETURN_POLL_MAX_MS, secondsToMs(ctx.settings.idle.pauseAfterSeconds) / 2);
};

const pauseMs = (ctx: Context): number => secondsToMs(ctx.settings.idle.pauseAfterSeconds);

/** The sitting clocks as they stand now: the tail since the last input counts while present. */
export const clocksNow = (ctx: Context, state: State): SittingClocks =>
  isPresent(state) ? addSitting(ctx.clocks, ctx.time.engineMs - ctx.lastInputMs) : ctx.clocks;

/** Something that counts as input happened at `atMs` (a break ended, tracking resumed). */
export const markInput = (d: Draft, atMs: number): void => update(d, { lastInputMs: atMs, quietUntilMs: atMs });

/** Commit the sitting so far, as if an input happened now (a break starts, tracking pauses). */
export function commitPresentTail(d: Draft): void {
  if (!isPresent(d.state)) return;
  update(d, { clocks: clocksNow(d.ctx, d.state) });
  markInput(d, nowMs(d));
}

/** The gap since the last input ends at `returnMs`: a short gap was sitting, a long one was not. */
function closeGap(d: Draft, returnMs: number): void {
  const gapMs = returnMs - d.ctx.lastInputMs;
  if (gapMs < pauseMs(d.ctx)) {
    update(d, { clocks: addSitting(d.ctx.clocks, gapMs) });
    return;
  }
  update(d, { clocks: endStretch(d.ctx.clocks) });
  if (gapMs >= secondsToMs(d.ctx.settings.idle.naturalBreakAfterSeconds)) {
    const wallOf = (ms: number): number => d.ctx.time.wallMs + (ms - nowMs(d));
    d.effects.push({ type: 'record', record: { type: 'naturalBreak', fromWallMs: wallOf(d.ctx.lastInputMs), toWallMs: wallOf(returnMs) } });
    // A natural break is a break: one that waited for a meeting is owed no more.
    update(d, { clocks: resetAfterBreak(d.ctx.clocks, 'natural'), snoozed: null, snoozesUsed: 0, deferral: null });
  }
}

/** Input seen at `inputMs` (the latest of possibly many since the last one the engine knew). */
function takeInput(d: Draft, inputMs: number): void {
  const { lastInputMs, quietUntilMs } = d.ctx;
  if (nowMs(d) - lastInputMs <= pauseMs(d.ctx)) {
    // Seen in time: whatever happened since the last input, no gap reached the threshold.
    update(d, { clocks: addSitting(d.ctx.clocks, inputMs - lastInputMs) });
  } else {
    const windowStartMs = Math.max(quietUntilMs, lastInputMs);
    const returnMs = inputMs > windowStartMs ? (windowStartMs + inputMs) / 2 : inputMs;
    closeGap(d, returnMs);
    update(d, { clocks: addSitting(d.ctx.clocks, inputMs - returnMs) });
  }
  if (d.state.name === 'away') d.state = sitting();
}

/** Take in the last input a reading reveals (ignored while locked, asleep, paused or on a break). */
export function observeInput(d: Draft, reading: IdleReading): void {
  const { state, ctx } = d;
  if (ctx.locked || ctx.asleep || state.name === 'paused' || state.name === 'onBreak') return;
  const t = nowMs(d);
  const inputMs = Math.min(t, t - secondsToMs(reading.idleSeconds));
  if (inputMs > ctx.lastInputMs) takeInput(d, inputMs);
  update(d, {
    lastInputMs: Math.max(inputMs, d.ctx.lastInputMs),
    lastSeenInputMs: Math.max(inputMs, d.ctx.lastSeenInputMs),
    quietUntilMs: t,
  });
}

/** Someone touched the keyboard or mouse within the pause threshold: there is a person to prompt. */
export const someoneIsThere = (ctx: Context): boolean => ctx.time.engineMs - ctx.lastSeenInputMs < pauseMs(ctx);

/** While present, a gap that has reached `pauseAfterSeconds` makes the person away. */
export function detectGap(d: Draft): void {
  if (!isPresent(d.state)) return;
  if (nowMs(d) - d.ctx.lastInputMs < pauseMs(d.ctx)) return;
  leaveDesk(d, 'idle');
}

/** The person is gone from now on (gap, lock, suspend); a visible notice is withdrawn. */
export function leaveDesk(d: Draft, reason: AwayReason): void {
  if (d.state.name === 'paused') return;
  if (d.state.name === 'notice') d.effects.push({ type: 'hideNotice' });
  d.state = away(reason);
}

/** Unlock and resume: the person is back now, which ends the gap like an input would. */
export function returnNow(d: Draft): void {
  if (d.state.name !== 'away') return;
  const t = Math.max(nowMs(d), d.ctx.lastInputMs);
  closeGap(d, t);
  markInput(d, t);
  d.state = sitting();
}
