import { BreakPresenter } from '../../main/app/breakPresenter';
import { builtInLibrary, RoutinePlanner } from '../../main/app/routinePlanner';
import type { BreakKind, SettingsInput } from '../../main/core/settings';
import type { Session } from '../../preload/contract';
import { EngineDriver, MONDAY_9AM, settingsWith } from './engineDriver';

/** A session that shows something (its mode is 'break' here). */
export type BreakSessionView = Extract<Session, { mode: 'notice' | 'break' }>;

export interface EngineBreak {
  /** The session the presenter hands every break window. */
  readonly session: BreakSessionView;
  /** When the engine started the break, and when it ended it (its history record). */
  readonly startedWallMs: number;
  readonly endedWallMs: number;
}

/**
 * A break as the running app makes it: the real engine starts it ("break now" at `startWallMs`),
 * the real presenter plans its session with the built-in library, and the engine, left alone
 * until well past its end, ends it.
 */
export function engineBreak(kind: BreakKind, settings: SettingsInput = {}, startWallMs = MONDAY_9AM): EngineBreak {
  const engine = new EngineDriver(settings, startWallMs);
  const planner = new RoutinePlanner(builtInLibrary(), () => settingsWith(settings));
  const ignore = () => undefined;
  const presenter = new BreakPresenter({
    breakWindows: { show: ignore, hide: ignore },
    notice: { show: ignore, hide: ignore },
    tray: { show: ignore },
    notify: () => null,
    record: ignore,
    planRoutine: (k, durationSeconds) => planner.plan(k, durationSeconds),
    after: () => ignore,
    nowWallMs: () => startWallMs,
  });
  engine.send({ type: 'breakNow', kind });
  presenter.apply(engine.effects());
  const { session } = presenter;
  if (session.mode !== 'break') throw new Error(`the engine started no break: ${engine.refusal ?? 'no refusal'}`);
  const longEnoughSeconds = settingsWith(settings)[kind === 'micro' ? 'microBreak' : 'routineBreak'].durationSeconds * 2;
  engine.run(longEnoughSeconds, false);
  const ended = engine.records('break').at(-1);
  if (ended?.type !== 'break') throw new Error('the engine never ended the break');
  return { session, startedWallMs: ended.startedWallMs, endedWallMs: ended.endedWallMs };
}
