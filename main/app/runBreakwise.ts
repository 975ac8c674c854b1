import { join } from 'node:path';
import type { Command } from '../cli/commandLine';
import type { BusySource, ImmediateBusySource } from '../core/busy';
import { systemCalendar } from '../core/calendar';
import { DeskTimeService } from '../core/deskTimeService';
import type { Clock, IdleDetection, IdleSource, WakeTimers } from '../core/ports';
import type { PreferencesService } from '../preferences/preferencesService';
import { trayRights } from '../core/policy/adminRules';
import { MainLanguage } from '../i18n/mainLanguage';
import { registerHandlers } from '../ipc/validatedHandlers';
import type { ElectronApi, WindowLike } from '../platform/electronApi';
import { forwardPowerEvents } from '../power/powerEvents';
import { TrayController } from '../tray/trayController';
import type { TrayActions } from '../tray/trayPresentation';
import { systemTrayTheme, trayIconFile } from '../tray/trayTheme';
import { BreakWindows } from '../windows/breakWindows';
import { NoticeWindow } from '../windows/noticeWindow';
import { isBundleUrl, pageUrl } from '../windows/appProtocol';
import { createSecureWindow, hardenSession, type AppBundle } from '../windows/secureWindow';
import { BreakPresenter } from './breakPresenter';
import { RoutinePlanner } from './routinePlanner';
import { AppWindows } from '../windows/appWindows';
import { welcomeOnFirstRun } from './welcome';
import { historyHandlers } from './historyWiring';
import { probeBusySignals } from '../busy/probe';
import { AppController } from './appController';
import { HistoryService } from '../history/historyService';
import type { HistoryData } from '../history/historyData';
import type { DocumentLike } from '../core/ports';
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
  /** Whether the person is in a meeting, presenting or in full screen (main/busy/); none: never busy. */
  readonly busy?: BusySource | ImmediateBusySource | undefined;
}

export interface RunningBreakwise {
  readonly service: DeskTimeService;
  readonly presenter: BreakPresenter;
  readonly history: HistoryService;
  apply(command: Command): void;
  dispose(): void;
}

/** Wires the engine to the tray, windows, notifications, IPC and power events; the decisions are the app controller's. */
export function runBreakwise(deps: BreakwiseDeps): RunningBreakwise {
  const { api, bundle, preferences } = deps;
  hardenSession(api.defaultSession(), bundle);
  const createWindow = (options: Parameters<ElectronApi['createWindow']>[0]) => createSecureWindow(api.createWindow, bundle, options, api.openExternal);
  const loadPage = (window: WindowLike, fragment?: string): void =>
    void window.loadURL(pageUrl(fragment)).catch((error: Error) => deps.log(`window failed to load: ${error.message}`));
  const load = (window: WindowLike): void => loadPage(window);
  const wallNow = (): number => deps.clock.now().wallMs;

  const language = new MainLanguage(() => api.app.getPreferredSystemLanguages(), preferences.settings.appearance.language);
  const text = () => language.text;
  const appWindows = new AppWindows(createWindow, loadPage, (name) => text().t(`main.windows.${name}`));
  const breakWindows = new BreakWindows(api.screen(), createWindow, load, () => preferences.settings.breakDisplays, () => text().t('main.windows.break'));
  const notice = new NoticeWindow(api.screen(), createWindow, load);

  // Before the engine has started (or after it stopped) there is no sitting of today to report.
  const today = () => {
    const model = service.currentOrNull;
    return model === null ? { dateKey: systemCalendar.localParts(wallNow()).dateKey, activeSeconds: 0, longestSittingSeconds: 0 } : todaySnapshot(model);
  };
  const history = new HistoryService(deps.history, systemCalendar, today, () => preferences.settings.goal);
  const planner = new RoutinePlanner(deps.exercises, () => preferences.settings, () => preferences.policyLayers.admin.disabledExercises);
  const service: DeskTimeService = new DeskTimeService({
    clock: deps.clock,
    idle: deps.idle.source,
    timers: deps.timers,
    settings: preferences.settings,
    busy: deps.busy,
    onEffects: (effects) => {
      controller.follow(effects);
      presenter.apply(effects);
    },
  });
  const controller = new AppController({
    engine: service,
    settings: () => preferences.settings,
    admin: () => preferences.policyLayers.admin,
    setSetting: (path, value) => preferences.set(path, value),
    savedPause: () => preferences.pause,
    savePause: (pause) => preferences.savePause(pause),
    excludeExercise: (exerciseId) => planner.exclude(exerciseId),
    // Only into the history: records are health-adjacent (hurt reports, check-ins) and a log
    // line on stdout ends up in the system journal, readable well beyond the person.
    record: (entry) => history.record(entry),
    quitApp: () => api.app.quit(),
    nowWallMs: wallNow,
    closeDoneScreen: () => presenter.closeDoneScreen(),
    calendar: systemCalendar,
    text,
    log: deps.log,
  });

  // Read before the app's own theme is applied below: on Linux that is the last look at the OS's.
  const trayTheme = systemTrayTheme(api.nativeTheme, api.platform);
  const actions: TrayActions = {
    breakNow: (kind) => controller.breakNow(kind),
    pause: (untilWallMs) => void controller.pause(untilWallMs),
    resume: () => controller.resume(),
    openPreferences: () => appWindows.show('settings'),
    openHistory: () => appWindows.show('history'),
    about: () => deps.log(`Breakwise ${api.app.getVersion()}`),
    quit: () => controller.quit(),
  };
  const tray = new TrayController(
    {
      createTray: api.createTray,
      menu: api.menu,
      iconPath: (state, style) => join(deps.trayIconDir, trayIconFile(state, style)),
      theme: trayTheme,
      isMac: api.platform === 'darwin',
      now: wallNow,
    },
    actions,
    language.text,
  );
  const presenter = new BreakPresenter({
    planRoutine: (kind, durationSeconds) => planner.plan(kind, durationSeconds),
    breakWindows,
    notice,
    tray,
    notify: (message) => {
      if (!api.notificationsSupported()) return null;
      const notification = api.createNotification({ ...controller.notification(message), silent: true });
      // A notice's notification starts its break; an overdue one only informs (the person is in a meeting).
      if (message.type === 'notice') notification.on('click', () => controller.startFromNotification());
      notification.show();
      return notification;
    },
    record: (entry) => history.record(entry),
    after: (delayMs, callback) => deps.timers.after(delayMs, callback),
    nowWallMs: wallNow,
  });

  const unregister = registerHandlers(api.ipcMain, isBundleUrl, {
    'session:get': () => presenter.session,
    'break:respond': ({ response }) => controller.respond(response),
    'break:finished': () => controller.breakFinished(),
    'break:hurt': ({ exerciseId }) => controller.hurt(exerciseId),
    'break:checkin': ({ feeling }) => controller.checkIn(feeling),
    ...historyHandlers(history, api.showSaveDialog, () => systemCalendar.localParts(wallNow()).dateKey, text),
    // No source (a machine Breakwise cannot ask): every signal is unavailable.
    'meetings:signals': () => probeBusySignals(deps.busy),
    ...settingsHandlers(preferences),
  });
  const stopSettings = followSettings(preferences, api, {
    engine: (settings) => void service.applySettings(settings),
    startAtLogin: deps.startAtLogin,
    mainProcess: (settings) => {
      language.follow(settings.appearance.language);
      breakWindows.refresh();
    },
  });
  const stopLanguage = language.onChange((next) => {
    tray.setText(next);
    appWindows.retitle();
    breakWindows.refresh();
  });
  breakWindows.start();
  notice.start();
  tray.start();
  tray.setDetection(deps.idle.detection);
  tray.setRights(trayRights(preferences.policyLayers.admin));
  const stopRights = preferences.onChange(() => tray.setRights(trayRights(preferences.policyLayers.admin)));
  forwardPowerEvents(api.powerMonitor, (kind) => {
    service.power(kind);
    // Today's sitting so far reaches the disk before sleep, so a machine that never wakes loses none.
    if (kind === 'suspend' || kind === 'shutdown') history.keepToday();
  });
  service.start();
  controller.restorePause();
  const stopWelcome = welcomeOnFirstRun(preferences, appWindows);

  let disposed = false;
  return {
    service,
    presenter,
    history,
    apply: (command) => controller.apply(command),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      history.keepToday();
      unregister();
      stopSettings();
      stopLanguage();
      stopWelcome();
      appWindows.dispose();
      stopRights();
      service.dispose();
      presenter.dispose();
      breakWindows.dispose();
      notice.dispose();
      tray.dispose();
      trayTheme.dispose();
    },
  };
}
