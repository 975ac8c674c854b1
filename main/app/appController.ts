import type { Command } from '../cli/commandLine';
import { nextLocalMidnight, type Calendar } from '../core/calendar';
import type { CommandAnswer, Refusal } from '../core/deskTimeService';
import type { Effect, HistoryRecord, PauseRecord } from '../core/engine/effects';
import type { BreakResponse } from '../core/engine/events';
import { pauseRefusal } from '../core/policy/adminRules';
import type { AdminPolicy } from '../core/policy/policyLayers';
import type { BreakKind, Settings } from '../core/settings';
import { minutesToMs } from '../core/time';
import type { MainText } from '../i18n/mainText';
import type { PresenterNotification } from './breakPresenter';

/** The engine's commands, as the desk-time service takes them. */
export interface EngineCommands {
  respond(response: BreakResponse): CommandAnswer;
  breakFinished(): CommandAnswer;
  breakNow(kind: BreakKind): CommandAnswer;
  pause(untilWallMs: number | null): CommandAnswer;
  resume(): CommandAnswer;
}

export interface AppControllerPorts {
  readonly engine: EngineCommands;
  readonly settings: () => Settings;
  readonly admin: () => AdminPolicy;
  /** Change one of the person's settings (exclusions after "this hurts"); answers why not, if refused. */
  readonly setSetting: (path: string, value: unknown) => unknown;
  /** The pause kept across a restart, and how to keep or forget it. */
  readonly savedPause: () => PauseRecord | null;
  readonly savePause: (pause: PauseRecord | null) => void;
  /** Takes an exercise out of this run's breaks; false when the library has no such exercise. */
  readonly excludeExercise: (exerciseId: string) => boolean;
  readonly record: (record: HistoryRecord) => void;
  readonly quitApp: () => void;
  readonly nowWallMs: () => number;
  /** Closes the end screen of a break that ran its course; false when none is shown. */
  readonly closeDoneScreen: () => boolean;
  readonly calendar: Calendar;
  readonly text: () => MainText;
  readonly log: (message: string) => void;
}

/** What an IPC handler answers: its result, or the reason it was refused. */
export type Reply<T> = T | string | Promise<T | string>;

const EMPTY = {};
type Empty = typeof EMPTY;

/** An engine answer as an IPC reply: nothing on success, the refusal otherwise. */
const replyOf = (answer: CommandAnswer): Reply<Empty> => (answer instanceof Promise ? answer.then((refusal) => refusal ?? EMPTY) : (answer ?? EMPTY));

/**
 * The app's own decisions around the engine: what the organization allows (pauses, quitting),
 * what a command from the command line means, what "this hurts" does, what the notification
 * says, and keeping the engine's pause across a restart. The engine owns the pause; the saved
 * one only follows its `pauseChanged` effects. Everything reaches it through ports, so it is
 * tested without Electron.
 */
export class AppController {
  constructor(private readonly ports: AppControllerPorts) {}

  /** A pause the person asked for, if the organization allows it. */
  pause(untilWallMs: number | null): boolean {
    const refusal = pauseRefusal(this.ports.admin(), this.ports.nowWallMs(), untilWallMs);
    if (refusal !== null) {
      this.ports.log(refusal);
      return false;
    }
    this.logRefusal(this.ports.engine.pause(untilWallMs));
    return true;
  }

  resume(): void {
    this.logRefusal(this.ports.engine.resume());
  }

  breakNow(kind: BreakKind): void {
    this.logRefusal(this.ports.engine.breakNow(kind));
  }

  quit(): void {
    if (this.ports.admin().allowQuit) this.ports.quitApp();
    else this.ports.log('Quitting is turned off by your organization.');
  }

  /** A command from the command line (this launch's, or forwarded by a second one). */
  apply(command: Command): void {
    switch (command.type) {
      case 'launch':
        return;
      case 'pause': {
        const now = this.ports.nowWallMs();
        const { until } = command;
        this.pause(until === 'indefinitely' ? null : until === 'tomorrow' ? nextLocalMidnight(this.ports.calendar, now) : now + minutesToMs(until.minutes));
        return;
      }
      case 'resume':
        return this.resume();
      case 'breakNow':
        return this.breakNow(command.kind);
      case 'quit':
        return this.quit();
    }
  }

  /** The notice's answer (window or notification click). */
  respond(response: BreakResponse): Reply<Empty> {
    return replyOf(this.ports.engine.respond(response));
  }

  /** The notification was clicked: start the announced break now. */
  startFromNotification(): void {
    this.logRefusal(this.ports.engine.respond('start'));
  }

  /** "Back to work": ends the break, or, once it has run its course, closes its end screen. */
  breakFinished(): Reply<Empty> {
    if (this.ports.closeDoneScreen()) return EMPTY;
    return replyOf(this.ports.engine.breakFinished());
  }

  /**
   * "This hurts": the exercise leaves this run's breaks at once and the person's exclusions for
   * good (until they reset them); if the organization manages exclusions, it stays out for this run.
   */
  hurt(exerciseId: string): Empty | string {
    if (!this.ports.excludeExercise(exerciseId)) return `No exercise "${exerciseId}" in the library.`;
    this.ports.record({ type: 'hurt', atWallMs: this.ports.nowWallMs(), exerciseId });
    const { excluded } = this.ports.settings().exercises;
    if (!excluded.includes(exerciseId)) this.ports.setSetting('exercises.excluded', [...excluded, exerciseId]);
    return EMPTY;
  }

  checkIn(feeling: 'better' | 'same' | 'worse'): Empty {
    this.ports.record({ type: 'checkIn', atWallMs: this.ports.nowWallMs(), feeling });
    return EMPTY;
  }

  /** The words of an OS notification: the one that accompanies a notice, or "break overdue". */
  notification(message: PresenterNotification): { title: string; body: string } {
    const text = this.ports.text();
    if (message.type === 'overdue') {
      return { title: text.t(`main.notification.overdue.title.${message.kind}`), body: text.t('main.notification.overdue.body', { minutes: message.sittingMinutes }) };
    }
    return { title: text.t(`main.notification.title.${message.kind}`, { seconds: this.ports.settings().noticeSeconds }), body: text.t('main.notification.body') };
  }

  /** The effects the app itself keeps: the pause, as the engine started, changed or ended it. */
  follow(effects: readonly Effect[]): void {
    for (const effect of effects) {
      if (effect.type !== 'pauseChanged') continue;
      const saved = this.ports.savedPause();
      const same = saved === null ? effect.pause === null : effect.pause !== null && effect.pause.untilWallMs === saved.untilWallMs;
      if (!same) this.ports.savePause(effect.pause);
    }
  }

  /**
   * A pause that was running when Breakwise stopped carries on, unless its time has passed or the
   * organization no longer allows it. It is handed to the engine like any pause (the engine
   * takes it once it has started).
   */
  restorePause(): void {
    const saved = this.ports.savedPause();
    if (saved === null) return;
    const over = saved.untilWallMs !== null && saved.untilWallMs <= this.ports.nowWallMs();
    if (over || !this.pause(saved.untilWallMs)) this.ports.savePause(null);
  }

  private logRefusal(answer: CommandAnswer): void {
    const log = (refusal: Refusal): void => (refusal === null ? undefined : this.ports.log(refusal));
    if (answer instanceof Promise) void answer.then(log);
    else log(answer);
  }
}
