import { MS_PER_MINUTE, secondsToMs } from '../time';
import { nextDueBreak } from './dueBreak';
import type { TrayView } from './effects';
import { clocksNow } from './presence';
import type { Model } from './state';

const view = (status: TrayView['status'], minutesToBreak: number | null = null, nextKind: TrayView['nextKind'] = null, pausedUntilWallMs: number | null = null): TrayView => ({
  status,
  minutesToBreak,
  nextKind,
  pausedUntilWallMs,
});

/** What the tray should say now. Minutes are rounded up: "1 min" until the break is due. */
export function trayViewOf({ state, ctx }: Model): TrayView {
  switch (state.name) {
    case 'paused':
      return view('paused', null, null, state.untilWallMs);
    case 'away':
      return view('away');
    case 'onBreak':
      return view('onBreak', null, state.kind);
    case 'notice':
      return view('breakSoon', Math.max(1, Math.ceil((state.breakAtMs - ctx.time.engineMs) / MS_PER_MINUTE)), state.kind);
    case 'sitting': {
      if (!ctx.calendarWindow.inWorkingHours) return view('outsideHours');
      const due = nextDueBreak(ctx.settings, clocksNow(ctx, state), ctx.snoozed);
      if (due === null) return view('active');
      const untilBreakMs = Math.max(due.remainingMs, secondsToMs(ctx.settings.noticeSeconds));
      return view('active', Math.max(1, Math.ceil(untilBreakMs / MS_PER_MINUTE)), due.kind);
    }
  }
}

export const sameView = (a: TrayView | null, b: TrayView): boolean =>
  a !== null && a.status === b.status && a.minutesToBreak === b.minutesToBreak && a.nextKind === b.nextKind && a.pausedUntilWallMs === b.pausedUntilWallMs;
