import { join } from 'node:path';
import type { Command } from '../cli/commandLine';
import { nextLocalMidnight, systemCalendar } from '../core/calendar';
import { DeskTimeService } from '../core/deskTimeService';
import { minutesToMs } from '../core/time';
import type { HistoryRecord } from '../core/engine/effects';
import type { Clock, IdleSource, WakeTimers } from '../core/ports';
import type { BreakKind } from '../core/settings';
import type { PreferencesService } from '../preferences/preferencesService';
import { pauseRefusal, trayRights } from '../core/policy/adminRules';
import { registerHandlers } from '../ipc/validatedHandlers';
import type { ElectronApi, WindowLike } from '../platform/electronApi';
import { forwardPowerEvents } from '../power/powerEvents';
import { TrayController } from '../tray/trayController';
import type { IdleDetection, TrayActions, TrayIconState } from '../tray/trayPresentation';
import { BreakWindows } from '../windows/breakWindows';
import { NoticeWindow } from '../windows/noticeWindow';
import { createSecureWindow, hardenSession, isBundleUrl, type AppBundle } from '../windows/secureWindow';
import { BreakPresenter } from './breakPresenter';
import { RoutinePlanner } from './routinePlanner';
import { AppWindows } from '../windows/appWindows';
import { welcomeOnFirstRun } from './welcome';
import { historyHandlers } from './historyWiring';
import { HistoryService } from '../history/historyService';
import type { HistoryData } from '../history/historyData';
import type { DocumentLike } from '../preferences/preferencesData';
import { todaySnapshot } from '../core/engine/todaySnapshot';
import { followSettings, settingsHandlers } from './settingsWiring';
import type { Exercise } from '../core/exercises/exerciseSchema';

export interface BreakwiseDeps {
  readonly api: ElectronApi;
  readonly bundle: AppBundle;
  readonly trayIconDir: string;
  readonly clock: Clock;
  readonly timers: WakeTimers;
  readonly preferences: PreferencesService;
  readonly idle: { readonly source: IdleSource; readonly detection: IdleDetection };
  readonly history: DocumentLike<HistoryData>;
  readonly log: (message: string) => void;
  readonly exercises: readonly Exercise[];
  /** Registers or removes Breakwise as a login item (per OS; see platform/loginItem.ts). */
  readonly startAtLogin: (open: boolean) => void;
}

export interface RunningBreakwise {
  readonly service: DeskTimeService;
  readonly presenter: BreakPresenter;
  readonly history: HistoryService;
  apply(command: Command): void;
  dispose(): void;
}

const KIND_NAME: Record<BreakKind, string> = { micro: 'Posture reset', routine: 'Movement routine' };

/** The OS notification that accompanies a notice. */
const noticeText = (kind: BreakKind, noticeSeconds: number): { title: string; body: string } => ({
  title: `${KIND_NAME[kind]} in ${noticeSeconds} seconds`,
  body: 'Click to start it now.',
});

/** Wires the engine to the tray, windows, notifications, IPC and power events. Decides nothing. */
export function runBreakwise(deps: BreakwiseDeps): RunningBreakwise {
  const { api, bundle } = deps;
  hardenSession(api.defaultSession(), bundle);
  const createWindow = (options: Parameters<ElectronApi['createWindow']>[0]) => createSecureWindow(api.createWindow, bundle, options, api.openExternal);
  const loadPage = (window: WindowLike, hash?: string): void =>
    void window.loadFile(join(bundle.rendererDir, 'index.html'), hash === undefined ? undefined : { hash }).catch((error: Error) => deps.log(`window failed to load: ${error.message}`));
  const load = (window: WindowLike): void => loadPage(window);
  const appWindows = new AppWindows(createWindow, loadPage);
  const breakWindows = new BreakWindows(api.screen(), createWindow, load, () => deps.preferences.settings.breakDisplays);
  const notice = new NoticeWindow(api.screen(), createWindow, load);

  let service: DeskTimeService | null = null;
  const run = (act: (s: DeskTimeService) => string | null): void => {
    const refusal = service === null ? 'not started' : act(service);
    if (refusal !== null) deps.log(refusal);
  };
  const pauseUntil = (untilWallMs: number | null): void => {
    const refusal = pauseRefusal(deps.preferences.policyLayers.admin, deps.clock.now().wallMs, untilWallMs);
    if (refusal !== null) return deps.log(refusal);
    run((s) => s.pause(untilWallMs));
    deps.preferences.savePause({ untilWallMs });
    tray.setPausedUntil(untilWallMs);
  };
  const resume = (): void => {
    run((s) => s.resume());
    deps.preferences.savePause(null);
    tray.setPausedUntil(null);
  };
  const actions: TrayActions = {
    breakNow: (kind) => run((s) => s.breakNow(kind)),
    pause: pauseUntil,
    resume,
    openPreferences: () => appWindows.show('settings'),
    openHistory: () => appWindows.show('history'),
    about: () => deps.log(`Breakwise ${api.app.getVersion()}`),
    quit: () => (deps.preferences.policyLayers.admin.allowQuit ? api.app.quit() : deps.log('Quitting is turned off by your organization.')),
  };
  const tray = new TrayController(
    {
      createTray: api.createTray,
      menu: api.menu,
      iconPath: (state: TrayIconState, dark: boolean) => join(deps.trayIconDir, `${state}-${dark ? 'dark' : 'light'}.png`),
      prefersDark: api.prefersDarkTray,
      isMac: api.platform === 'darwin',
      now: () => deps.clock.now().wallMs,
      formatTime: (wallMs) => new Date(wallMs).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
    },
    actions,
  );

  function record(entry: HistoryRecord): void {
    // Only into the history: records are health-adjacent (hurt reports, check-ins) and a log
    // line on stdout ends up in the system journal, readable well beyond the person.
    history.record(entry);
  }
  const planner = new RoutinePlanner(deps.exercises, () => deps.preferences.settings, () => deps.preferences.policyLayers.admin.disabledExercises);
  const presenter = new BreakPresenter({
    planRoutine: (kind, durationSeconds) => planner.plan(kind, durationSeconds),
    breakWindows,
    notice,
    tray,
    notify: (kind) => {
      if (!api.notificationsSupported()) return null;
      const notification = api.createNotification({ ...noticeText(kind, deps.preferences.settings.noticeSeconds), silent: true });
      notification.on('click', () => run((s) => s.respond('start')));
      notification.show();
      return notification;
    },
    record,
  });

  // Before the engine has started (or after it stopped) there is no sitting of today to report.
  const today = () => {
    const model = service?.currentOrNull ?? null;
    return model === null ? { dateKey: systemCalendar.localParts(deps.clock.now().wallMs).dateKey, activeSeconds: 0, longestSittingSeconds: 0 } : todaySnapshot(model);
  };
  const history = new HistoryService(deps.history, systemCalendar, today, () => deps.preferences.settings.goal);
  service = new DeskTimeService({ clock: deps.clock, idle: deps.idle.source, timers: deps.timers, settings: deps.preferences.settings, onEffects: (e) => presenter.apply(e) });
  const unregister = registerHandlers(api.ipcMain, (url) => isBundleUrl(bundle, url), {
    'session:get': () => presenter.session,
    'break:respond': ({ response }) => service?.respond(response) ?? {},
    'break:finished': () => service?.breakFinished() ?? {},
    'break:hurt': ({ exerciseId }) => {
      if (!planner.exclude(exerciseId)) return `No exercise "${exerciseId}" in the library.`;
      record({ type: 'hurt', atWallMs: deps.clock.now().wallMs, exerciseId });
      // Kept out for good (until the person resets exclusions); if exclusions are managed, for this run.
      const excluded = deps.preferences.settings.exercises.excluded;
      if (!excluded.includes(exerciseId)) deps.preferences.set('exercises.excluded', [...excluded, exerciseId]);
      return {};
    },
    'break:checkin': ({ feeling }) => (record({ type: 'checkIn', atWallMs: deps.clock.now().wallMs, feeling }), {}),
    ...historyHandlers(history, api.showSaveDialog, () => systemCalendar.localParts(deps.clock.now().wallMs).dateKey),
    ...settingsHandlers(deps.preferences),
  });
  const stopSettings = followSettings(deps.preferences, api, (settings) => run((s) => s.applySettings(settings)), deps.startAtLogin);
  breakWindows.start();
  notice.start();
  tray.start();
  tray.setDetection(deps.idle.detection);
  tray.setRights(trayRights(deps.preferences.policyLayers.admin));
  const stopRights = deps.preferences.onChange(() => tray.setRights(trayRights(deps.preferences.policyLayers.admin)));
  forwardPowerEvents(api.powerMonitor, (kind) => {
    service?.power(kind);
    // Today's sitting so far reaches the disk before sleep, so a machine that never wakes loses none.
    if (kind === 'suspend' || kind === 'shutdown') history.keepToday();
  });
  service.start();
  restorePause(deps, pauseUntil);
  const stopWelcome = welcomeOnFirstRun(deps.preferences, appWindows);


  let disposed = false;
  const apply = (command: Command): void => {
    switch (command.type) {
      case 'launch':
        return;
      case 'pause': {
        const now = deps.clock.now().wallMs;
        const until = command.until;
        return pauseUntil(until === 'indefinitely' ? null : until === 'tomorrow' ? nextLocalMidnight(systemCalendar, now) : now + minutesToMs(until.minutes));
      }
      case 'resume':
        return resume();
      case 'breakNow':
        return actions.breakNow(command.kind);
      case 'quit':
        return actions.quit();
    }
  };

  return {
    service,
    presenter,
    apply,
    history,
    dispose: () => {
      if (disposed) return;
      disposed = true;
      history.keepToday();
      unregister();
      stopSettings();
      stopWelcome();
      appWindows.dispose();
      stopRights();
      service?.dispose();
      breakWindows.dispose();
      notice.dispose();
      tray.dispose();
    },
  };
}

/** A pause that was running when Breakwise stopped carries on, unless its time has passed. */
function restorePause(deps: BreakwiseDeps, pauseUntil: (untilWallMs: number | null) => void): void {
  const stored = deps.preferences.pause;
  if (stored === null) return;
  if (stored.untilWallMs === null || stored.untilWallMs > deps.clock.now().wallMs) pauseUntil(stored.untilWallMs);
  else deps.preferences.savePause(null);
}
