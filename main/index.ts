import * as electron from 'electron';
import { join } from 'node:path';
import { createScheduleTimers } from './adapters/scheduleTimers';
import { systemClock } from './adapters/systemClock';
import ElectronStore from 'electron-store';
import { openAppDocuments } from './store/documents/appDocuments';
import { runBreakwise, type RunningBreakwise } from './app/runBreakwise';
import { builtInLibrary } from './app/routinePlanner';
import { EXIT_BAD_ARGUMENTS, parseCommandLine } from './cli/commandLine';
import { claimSingleInstance, onForwardedCommands } from './cli/singleInstance';
import { electronPlatform } from './platform/electronPlatform';
import { chooseIdleSource, isWaylandSession } from './power/idleDetection';
import { connectLinuxSession } from './power/linux/linuxSession';
import { policyReport } from './policy/policyReport';
import { osPolicyReader, startOsPolicy } from './policy/osPolicy';
import { applyStartAtLogin } from './platform/loginItem';
import { loginItemTarget } from './platform/loginItemTarget';
import { memoryDocument } from './store/memoryDocument';
import { readPreferencesFile } from './store/documents/readPreferencesFile';
import { PreferencesService } from './preferences/preferencesService';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, serveBundle } from './windows/appProtocol';
import { PageRecovery } from './windows/pageRecovery';
import { followAppMenu } from './platform/appMenu';
import { guardProcess } from './platform/processGuard';
import { chooseBusySource } from './busy';

/** Composition root: read the command line, take the single-instance lock, wire the app. */
const { app, protocol, Menu } = electron;
const log = (message: string): void => console.log(`[breakwise] ${message}`);
const commandLine = parseCommandLine(process.argv.slice(app.isPackaged ? 1 : 2), app.getVersion());

if (commandLine.kind === 'print') {
  process.stdout.write(`${commandLine.text}\n`);
  app.exit(0);
} else if (commandLine.kind === 'error') {
  process.stderr.write(`breakwise: ${commandLine.message}\nTry "breakwise --help".\n`);
  app.exit(EXIT_BAD_ARGUMENTS);
} else if (commandLine.kind === 'policyReport') {
  // Policy and the person's own settings, resolved as the running app would; nothing is started or written.
  void startOsPolicy(osPolicyReader(process.platform), process.platform, () => () => undefined).then((policy) => {
    const preferences = new PreferencesService(memoryDocument(readPreferencesFile(app.getPath('userData'))), policy, Date.now);
    process.stdout.write(`${JSON.stringify(policyReport(preferences.resolution, policy.current()), null, 2)}\n`);
    app.exit(0);
  });
} else if (!claimSingleInstance(app, commandLine.command)) {
  app.quit();
} else {
  // Before ready, as Electron requires: the pages' scheme is standard and secure from the first load.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  const timers = createScheduleTimers();
  // Logs what a listener throws instead of Electron's error dialog, and brings the engine back in step.
  let resyncable: RunningBreakwise | null = null;
  const stopGuard = guardProcess(process, { log, after: timers.after, resync: () => resyncable?.service.sample() });
  app.on('window-all-closed', () => undefined); // Breakwise lives in the tray.
  void app.whenReady().then(async () => {
    app.dock?.hide();
    const api = electronPlatform(electron);
    const wayland = isWaylandSession(process.platform, process.env);
    let onLinuxLock: (locked: boolean) => void = () => undefined;
    const linux = process.platform === 'linux' ? await connectLinuxSession(process.env, wayland, (locked) => onLinuxLock(locked)) : null;
    linux?.problems.forEach(log);
    const here = import.meta.dirname;
    const bundle = { rendererDir: join(here, '../renderer'), preloadPath: join(here, '../preload/index.cjs'), isPackaged: app.isPackaged };
    protocol.handle(APP_SCHEME, serveBundle(bundle.rendererDir));
    const policy = await startOsPolicy(osPolicyReader(process.platform), process.platform, timers.after);
    policy.current().problems.forEach((problem) => log(`policy ${problem.source}${problem.key === undefined ? '' : ` ${problem.key}`}: ${problem.reason}`));
    const documents = openAppDocuments({
      directory: app.getPath('userData'),
      // electron-store takes the file's base name as `name`.
      backend: (options) => new ElectronStore({ ...options, name: options.configName }),
      after: timers.after,
      wallClock: Date.now,
      log,
    });
    const preferences = new PreferencesService(documents.preferences, policy, Date.now, documents.notices, () => app.getPreferredSystemLanguages());
    const stopMenu = followAppMenu(Menu, process.platform, () => preferences.policyLayers.admin.allowQuit, (listener) => preferences.onChange(listener));
    // The OS's busy signals (meetings, presentations, full screen): the detectors start nothing until
    // the engine first asks; on Linux they share the session bus connection the lock watch opened.
    const busy = chooseBusySource(process.platform, { env: process.env, sessionBus: linux?.sessionBus ?? null });
    const running = runBreakwise({
      api,
      bundle,
      trayIconDir: join(app.getAppPath(), 'assets', 'tray'),
      clock: systemClock,
      timers,
      preferences,
      idle: chooseIdleSource(api.powerMonitor, process.platform, wayland, linux?.mutter ?? null),
      log,
      exercises: builtInLibrary(),
      history: documents.history,
      busy,
      // A development build must not register itself to start at every login.
      startAtLogin: (openAtLogin) => (app.isPackaged ? applyStartAtLogin(loginItemTarget(app, process.env), openAtLogin) : log(`start at login: ${openAtLogin} (not applied to a development build)`)),
    });
    resyncable = running;
    // A page whose renderer crashed or was killed is reloaded, and shows the current session again.
    const recovery = new PageRecovery({ nowMs: () => systemClock.now().monoMs, after: timers.after, log });
    app.on('render-process-gone', (_event, contents, details) => recovery.pageGone(contents, details));
    onLinuxLock = (locked) => running.service.power(locked ? 'lock' : 'unlock');
    running.apply(commandLine.command);
    onForwardedCommands(app, running.apply, log);
    api.powerMonitor.on('suspend', () => documents.flush());
    app.on('before-quit', () => {
      running.dispose();
      recovery.dispose();
      stopMenu();
      policy.dispose();
      documents.dispose();
      stopGuard();
    });
  });
}
