import { describe, expect, it } from 'vitest';
import { BreakPresenter, DONE_SCREEN_MS } from '../../main/app/breakPresenter';
import type { Session } from '../../preload/contract';
import { EngineDriver, settingsWith } from '../support/engineDriver';

const MONDAY_9AM = Date.UTC(2026, 2, 2, 9);
const SECOND_MS = 1000;

/** The real engine and presenter on one simulated clock; windows and timers recorded. */
function setup() {
  const engine = new EngineDriver({}, MONDAY_9AM);
  const shown: string[] = [];
  const timers: { atMs: number; fn: () => void; cancelled: boolean }[] = [];
  const presenter = new BreakPresenter({
    breakWindows: { show: (session: Session) => void shown.push(`show:${session.mode}`), hide: () => void shown.push('hide') },
    notice: { show: () => undefined, hide: () => undefined },
    tray: { show: () => undefined },
    notify: () => null,
    record: () => undefined,
    planRoutine: () => [],
    after: (delayMs, fn) => {
      const timer = { atMs: engine.now().wallMs + delayMs, fn, cancelled: false };
      timers.push(timer);
      return () => void (timer.cancelled = true);
    },
    nowWallMs: () => engine.now().wallMs,
  });
  let delivered = 0;
  /** Hands the presenter the effects it has not seen yet, as the desk-time service does. */
  const deliver = () => {
    const effects = engine.effects();
    presenter.apply(effects.slice(delivered));
    delivered = effects.length;
  };
  const step = (seconds: number, typing: boolean) => {
    engine.run(seconds, typing);
    deliver();
    for (const timer of timers) {
      if (timer.cancelled || timer.atMs > engine.now().wallMs) continue;
      timer.cancelled = true;
      timer.fn();
    }
  };
  return { engine, presenter, shown, step, deliver };
}

describe('the end of a break on screen', () => {
  it('stays up after a break that ran its course, for the check-in, then closes by itself', () => {
    const { engine, presenter, shown, step, deliver } = setup();
    engine.send({ type: 'breakNow', kind: 'micro' });
    deliver();
    const seconds = settingsWith({}).microBreak.durationSeconds;
    step(seconds + 1, false);
    expect(shown).toEqual(['show:break']);
    expect(presenter.session.mode).toBe('break');
    step(DONE_SCREEN_MS / SECOND_MS, false);
    expect(shown).toEqual(['show:break', 'hide']);
    expect(presenter.session.mode).toBe('idle');
  });

  it('closes at once on "Back to work", and not again when its own timer comes', () => {
    const { engine, presenter, shown, step, deliver } = setup();
    engine.send({ type: 'breakNow', kind: 'micro' });
    deliver();
    step(settingsWith({}).microBreak.durationSeconds + 1, false);
    expect(presenter.closeDoneScreen()).toBe(true);
    expect(presenter.closeDoneScreen()).toBe(false);
    step(DONE_SCREEN_MS / SECOND_MS, false);
    expect(shown).toEqual(['show:break', 'hide']);
  });

  it('closes at once when the person ends the break early', () => {
    const { engine, presenter, shown, deliver } = setup();
    engine.send({ type: 'breakNow', kind: 'micro' });
    deliver();
    engine.send({ type: 'breakFinished' });
    deliver();
    expect(shown).toEqual(['show:break', 'hide']);
    expect(presenter.closeDoneScreen()).toBe(false);
  });
});

describe('a break overdue after a meeting', () => {
  it('is an OS notification only, closed when the break comes; the notice gets its own', () => {
    const engine = new EngineDriver({ routineBreak: { enabled: false } }, MONDAY_9AM);
    engine.busyNow = ['camera'];
    const seen: string[] = [];
    const notifications: { message: string; closed: boolean }[] = [];
    const presenter = new BreakPresenter({
      breakWindows: { show: () => void seen.push('break'), hide: () => undefined },
      notice: { show: () => void seen.push('notice'), hide: () => undefined },
      tray: { show: () => undefined },
      notify: (message) => {
        const notification = { message: message.type === 'overdue' ? `overdue:${message.kind}:${message.sittingMinutes}` : `notice:${message.kind}`, closed: false };
        notifications.push(notification);
        return { close: () => void (notification.closed = true) };
      },
      record: () => undefined,
      planRoutine: () => [],
      after: () => () => undefined,
      nowWallMs: () => engine.now().wallMs,
    });
    engine.run(85 * 60);
    presenter.apply(engine.effects());
    expect(seen).toEqual([]);
    expect(notifications).toEqual([{ message: 'overdue:micro:79', closed: false }]);
    const delivered = engine.effects().length;
    engine.busyNow = [];
    engine.run(3 * 60, () => engine.state.name !== 'onBreak');
    presenter.apply(engine.effects().slice(delivered));
    expect(seen).toEqual(['notice', 'break']);
    expect(notifications).toEqual([
      { message: 'overdue:micro:79', closed: true },
      { message: 'notice:micro', closed: true },
    ]);
  });
});
