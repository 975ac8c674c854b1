import { MS_PER_MINUTE, secondsToMs } from '../time';
import { nextDueBreak } from './dueBreak';
import { busyGroup, graceEndsAtMs, isOverdue } from './deferral';
import type { BreakWaiting, TrayView } from './effects';
import { clocksNow } from './presence';
import { isPresent, type Context, type Deferred, type Model, type State } from './state';

const view = (
  status: TrayView['status'],
  minutesToBreak: number | null = null,
  nextKind: TrayView['nextKind'] = null,
  pausedUntilWallMs: number | null = null,
  waiting: BreakWaiting | null = null,
): TrayView => ({
  status,
  minutesToBreak,
  nextKind,
  pausedUntilWallMs,
  waiting,
});

/** The countdown while someone sits: to the next break, never less than its notice. */
function countdown(ctx: Context, state: State): TrayView {
  const due = nextDueBreak(ctx.settings, clocksNow(ctx, state), ctx.snoozed);
  if (due === null) return view('active');
  const untilBreakMs = Math.max(due.remainingMs, secondsToMs(ctx.settings.noticeSeconds));
  return view('active', Math.max(1, Math.ceil(untilBreakMs / MS_PER_MINUTE)), due.kind);
}

/** A break waiting for the meeting: what for, and the sitting so far; counting down again once the grace runs. */
function waitingView(ctx: Context, state: Deferred): TrayView {
  const kind = nextDueBreak(ctx.settings, clocksNow(ctx, state), ctx.snoozed)?.kind ?? null;
  const graceEnd = graceEndsAtMs(state, ctx.settings);
  if (graceEnd !== null) {
    const untilBreakMs = graceEnd - ctx.time.engineMs + secondsToMs(ctx.settings.noticeSeconds);
    return view('active', Math.max(1, Math.ceil(untilBreakMs / MS_PER_MINUTE)), kind);
  }
  const sittingMinutes = Math.floor(clocksNow(ctx, state).microMs / MS_PER_MINUTE);
  return view('breakWaiting', null, kind, null, { group: busyGroup(state.reasons), sittingMinutes, overdue: isOverdue(ctx) });
}

/** What the tray should say now. Minutes are rounded up: "1 min" until the break is due. */
export function trayViewOf({ state, ctx }: Model): TrayView {
  if (isPresent(state) && !ctx.calendarWindow.inWorkingHours) return view('outsideHours');
  switch (state.name) {
    case 'paused':
      return view('paused', null, null, state.untilWallMs);
    case 'away':
      return view('away');
    case 'onBreak':
      return view('onBreak', null, state.kind);
    case 'notice':
      return view('breakSoon', Math.max(1, Math.ceil((state.breakAtMs - ctx.time.engineMs) / MS_PER_MINUTE)), state.kind);
    case 'sitting':
    case 'checkingBusy':
      return countdown(ctx, state);
    case 'deferred':
      return waitingView(ctx, state);
  }
}

const sameWaiting = (a: BreakWaiting | null, b: BreakWaiting | null): boolean =>
  a === b || (a !== null && b !== null && a.group === b.group && a.sittingMinutes === b.sittingMinutes && a.overdue === b.overdue);

export const sameView = (a: TrayView | null, b: TrayView): boolean =>
  a !== null &&
  a.status === b.status &&
  a.minutesToBreak === b.minutesToBreak &&
  a.nextKind === b.nextKind &&
  a.pausedUntilWallMs === b.pausedUntilWallMs &&
  sameWaiting(a.waiting, b.waiting);
