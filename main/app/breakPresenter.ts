import type { PlannedExercise, Session } from '../../preload/contract';
import type { BreakOptions, Effect, HistoryRecord, TrayView } from '../core/engine/effects';
import type { Cancel } from '../core/ports';
import type { BreakKind } from '../core/settings';

/** What an OS notification is about: a notice's break, or a break that has waited too long for a meeting. */
export type PresenterNotification =
  | { readonly type: 'notice'; readonly kind: BreakKind }
  | { readonly type: 'overdue'; readonly kind: BreakKind; readonly sittingMinutes: number };

/** Where the presenter sends each kind of effect. */
export interface PresenterPorts {
  readonly breakWindows: { show(session: Session): void; hide(): void };
  readonly notice: { show(session: Session): void; hide(): void };
  readonly tray: { show(view: TrayView): void };
  /** An OS notification (with a notice, or for an overdue break); null where notifications are unsupported. */
  readonly notify: (message: PresenterNotification) => { close(): void } | null;
  readonly record: (record: HistoryRecord) => void;
  /** The exercises of a break of this kind and length, with phases that last exactly that long. */
  readonly planRoutine: (kind: BreakKind, durationSeconds: number) => PlannedExercise[];
  readonly after: (delayMs: number, callback: () => void) => Cancel;
  readonly nowWallMs: () => number;
}

/**
 * How long the end of a break that ran its course stays on screen: time to answer "how does your
 * neck feel?" and see the streak, short enough not to stand over work for long if nobody is
 * there. "Back to work" closes it at once.
 */
export const DONE_SCREEN_MS = 30_000;
/** The engine ends a break on its timer, within this of the session's end; an earlier end was asked for. */
const NATURAL_END_TOLERANCE_MS = 1_000;

const IDLE: Session = { mode: 'idle' };

const sessionOf = (mode: 'notice' | 'break', options: BreakOptions, untilWallMs: number, steps: PlannedExercise[] = []): Session => ({
  mode,
  kind: options.kind,
  untilWallMs,
  canSnooze: options.canSnooze,
  canSkip: options.canSkip,
  steps,
});

/**
 * Turns the engine's effects into what the person sees: the notice window with its OS
 * notification, the break windows, the tray. It decides nothing; it remembers only the
 * current session, which windows ask for when they load. A break's session is planned once, for
 * the engine's end time and length, and every break window gets that same session.
 */
export class BreakPresenter {
  private current: Session = IDLE;
  private notification: { close(): void } | null = null;
  /** "Break overdue", up until the break comes. */
  private overdueNotification: { close(): void } | null = null;
  /** Set while the end of a finished break is still shown. */
  private doneScreen: Cancel | null = null;

  constructor(private readonly ports: PresenterPorts) {}

  get session(): Session {
    return this.current;
  }

  apply(effects: readonly Effect[]): void {
    for (const effect of effects) this.applyOne(effect);
  }

  /** "Back to work" on the end of a finished break: true if that screen was up and is now gone. */
  closeDoneScreen(): boolean {
    if (this.doneScreen === null) return false;
    this.hideBreak();
    return true;
  }

  dispose(): void {
    this.doneScreen?.();
    this.doneScreen = null;
    this.closeOverdue();
  }

  private applyOne(effect: Effect): void {
    switch (effect.type) {
      case 'showNotice':
        if (this.doneScreen !== null) this.hideBreak();
        this.current = sessionOf('notice', effect.options, effect.breakAtWallMs);
        this.closeOverdue();
        this.ports.notice.show(this.current);
        this.notification = this.ports.notify({ type: 'notice', kind: effect.options.kind });
        return;
      case 'hideNotice':
        this.closeNotice();
        if (this.current.mode === 'notice') this.current = IDLE;
        return;
      case 'startBreak':
        this.closeNotice();
        this.closeOverdue();
        this.doneScreen?.();
        this.doneScreen = null;
        this.current = sessionOf('break', effect.options, effect.endsAtWallMs, this.ports.planRoutine(effect.options.kind, effect.durationSeconds));
        this.ports.breakWindows.show(this.current);
        return;
      case 'endBreak': {
        // A break that ran its course ends on the player's own end screen, which stays a while;
        // one the person skipped, snoozed or finished early just closes.
        const ranItsCourse = effect.outcome === 'taken' && this.current.mode === 'break' && this.ports.nowWallMs() >= this.current.untilWallMs - NATURAL_END_TOLERANCE_MS;
        if (ranItsCourse) this.doneScreen = this.ports.after(DONE_SCREEN_MS, () => this.hideBreak());
        else this.hideBreak();
        return;
      }
      case 'tray':
        this.ports.tray.show(effect.view);
        return;
      case 'record':
        this.ports.record(effect.record);
        return;
      case 'breakOverdue':
        // Only ever a notification: the person is in a meeting (the engine never sends this while they present).
        this.closeOverdue();
        this.overdueNotification = this.ports.notify({ type: 'overdue', kind: effect.kind, sittingMinutes: effect.sittingMinutes });
        return;
    }
  }

  private closeOverdue(): void {
    this.overdueNotification?.close();
    this.overdueNotification = null;
  }

  private hideBreak(): void {
    this.doneScreen?.();
    this.doneScreen = null;
    if (this.current.mode === 'break') this.current = IDLE;
    this.ports.breakWindows.hide();
  }

  private closeNotice(): void {
    this.ports.notice.hide();
    this.notification?.close();
    this.notification = null;
  }
}
