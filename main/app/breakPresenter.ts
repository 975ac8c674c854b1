import type { PlannedExercise, Session } from '../../preload/contract';
import type { BreakOptions, Effect, HistoryRecord, TrayView } from '../core/engine/effects';
import type { BreakKind } from '../core/settings';

/** Where the presenter sends each kind of effect. */
export interface PresenterPorts {
  readonly breakWindows: { show(session: Session): void; hide(): void };
  readonly notice: { show(session: Session): void; hide(): void };
  readonly tray: { show(view: TrayView): void };
  /** The OS notification that accompanies a notice; null where notifications are unsupported. */
  readonly notify: (kind: BreakKind) => { close(): void } | null;
  readonly record: (record: HistoryRecord) => void;
  /** The exercises of a break of this kind and length, with phases that last exactly that long. */
  readonly planRoutine: (kind: BreakKind, durationSeconds: number) => PlannedExercise[];
}

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

  constructor(private readonly ports: PresenterPorts) {}

  get session(): Session {
    return this.current;
  }

  apply(effects: readonly Effect[]): void {
    for (const effect of effects) this.applyOne(effect);
  }

  private applyOne(effect: Effect): void {
    switch (effect.type) {
      case 'showNotice':
        this.current = sessionOf('notice', effect.options, effect.breakAtWallMs);
        this.ports.notice.show(this.current);
        this.notification = this.ports.notify(effect.options.kind);
        return;
      case 'hideNotice':
        this.closeNotice();
        if (this.current.mode === 'notice') this.current = IDLE;
        return;
      case 'startBreak':
        this.closeNotice();
        this.current = sessionOf('break', effect.options, effect.endsAtWallMs, this.ports.planRoutine(effect.options.kind, effect.durationSeconds));
        this.ports.breakWindows.show(this.current);
        return;
      case 'endBreak':
        this.current = IDLE;
        this.ports.breakWindows.hide();
        return;
      case 'tray':
        this.ports.tray.show(effect.view);
        return;
      case 'record':
        this.ports.record(effect.record);
        return;
    }
  }

  private closeNotice(): void {
    this.ports.notice.hide();
    this.notification?.close();
    this.notification = null;
  }
}
