import type { BusyReading } from '../busy';
import { MS_PER_MINUTE, secondsToMs } from '../time';
import { offerBreak, startBreak } from './breakFlow';
import { answerTimedOut, askBusy, BUSY_ANSWER_TIMEOUT_MS, BUSY_RECHECK_MS, chosenReasons, defersBreaks, graceEndsAtMs, isOverdue, isPresenting, overdueAtMs } from './deferral';
import { nowMs, update, type Draft } from './draft';
import { nextDueBreak, type DueBreak } from './dueBreak';
import { clocksNow, someoneIsThere } from './presence';
import { checkingBusy, deferred, isPresent, sitting, type Deferred } from './state';

/** The break whose notice should show now (or is showing), or null: none is that close, it is outside working hours, or nobody is there. */
function nearBreak(d: Draft): DueBreak | null {
  const { ctx, state } = d;
  const due = nextDueBreak(ctx.settings, clocksNow(ctx, state), ctx.snoozed);
  const near = due !== null && due.remainingMs <= secondsToMs(ctx.settings.noticeSeconds) && ctx.calendarWindow.inWorkingHours && someoneIsThere(ctx);
  return near ? due : null;
}

/** The notice moment has come: ask whether the person is busy first, if breaks wait for meetings. */
function breakComesNear(d: Draft, due: DueBreak): void {
  if (!defersBreaks(d.ctx.settings)) return offerBreak(d, due.kind);
  d.state = checkingBusy(nowMs(d));
  askBusy(d);
}

/** While the person is busy: ask again each minute, and at the moment the break becomes overdue. */
function keepWaiting(d: Draft, state: Deferred): void {
  const t = nowMs(d);
  let waiting: Deferred = answerTimedOut(state, t) ? { ...state, reasons: [], answered: true, freeAtMs: t } : state;
  const graceEnd = graceEndsAtMs(waiting, d.ctx.settings);
  if (graceEnd !== null) {
    if (t < graceEnd) return void (d.state = waiting);
    // The grace is over: one more look, as before any notice, so a meeting that followed straight on still counts.
    d.state = checkingBusy(t);
    return askBusy(d);
  }
  const overdueAt = overdueAtMs(d.ctx);
  // The overdue notification waits for a fresh answer: a presentation may have begun since the last look.
  const capReached = overdueAt !== null && d.ctx.deferral?.overdueNotified === false && t >= overdueAt && waiting.askedAtMs < overdueAt;
  if (waiting.answered && (t >= waiting.askedAtMs + BUSY_RECHECK_MS || capReached)) {
    waiting = { ...waiting, askedAtMs: t, answered: false };
    askBusy(d);
  }
  d.state = waiting;
}

/** Once, on an answer that says busy but not presenting or sharing the screen: the break has waited long enough to say so. */
function sayOverdue(d: Draft, state: Deferred): void {
  const deferral = d.ctx.deferral;
  if (deferral === null || deferral.overdueNotified || !isOverdue(d.ctx) || state.freeAtMs !== null || isPresenting(state.reasons)) return;
  const due = nearBreak(d);
  if (due === null) return;
  update(d, { deferral: { ...deferral, overdueNotified: true } });
  d.effects.push({ type: 'breakOverdue', kind: due.kind, sittingMinutes: Math.floor(clocksNow(d.ctx, state).microMs / MS_PER_MINUTE) });
}

/** Move the schedule on: raise a notice when a break comes near (after asking about meetings), prompt it when it is due. */
export function advanceSchedule(d: Draft): void {
  const { state } = d;
  if (!isPresent(state)) return;
  const due = nearBreak(d);
  switch (state.name) {
    case 'sitting':
      if (due !== null) breakComesNear(d, due);
      return;
    case 'notice':
      if (due === null || due.kind !== state.kind) {
        d.effects.push({ type: 'hideNotice' });
        d.state = sitting();
        if (due !== null) breakComesNear(d, due);
      } else if (nowMs(d) >= state.breakAtMs) {
        startBreak(d, state.kind, { accepted: false, prompted: true });
      }
      return;
    case 'checkingBusy':
      if (due === null) return void (d.state = sitting());
      // No answer in time, or meetings no longer matter: the break gets its usual notice.
      if (!defersBreaks(d.ctx.settings) || nowMs(d) >= state.askedAtMs + BUSY_ANSWER_TIMEOUT_MS) offerBreak(d, due.kind);
      return;
    case 'deferred':
      if (due === null) return void (d.state = sitting());
      if (!defersBreaks(d.ctx.settings)) return offerBreak(d, due.kind);
      return keepWaiting(d, state);
    default:
      return;
  }
}

/**
 * The OS answered a `checkBusy`. Busy at the notice moment: the break waits (and the wait's start
 * is kept across short gaps, so the cap counts from the first). Not busy: the notice shows, or,
 * for a break already waiting, the grace begins. Busy past the cap, and not presenting: the one
 * overdue notification. An answer nothing waits for changes nothing.
 */
export function takeBusyAnswer(d: Draft, reading: BusyReading): void {
  const { state } = d;
  const reasons = chosenReasons(d.ctx.settings, reading);
  const t = nowMs(d);
  if (state.name === 'checkingBusy') {
    const due = nearBreak(d);
    if (due === null || !defersBreaks(d.ctx.settings)) return; // advanceSchedule moves on
    if (reasons.length === 0) return offerBreak(d, due.kind);
    const waiting = deferred(reasons, state.askedAtMs);
    d.state = waiting;
    if (d.ctx.deferral === null) update(d, { deferral: { sinceMs: state.askedAtMs, overdueNotified: false } });
    return sayOverdue(d, waiting);
  }
  if (state.name !== 'deferred') return;
  const waiting: Deferred = reasons.length === 0 ? { ...state, reasons: [], answered: true, freeAtMs: state.freeAtMs ?? t } : { ...state, reasons, answered: true, freeAtMs: null };
  d.state = waiting;
  sayOverdue(d, waiting);
}
