import { app, powerMonitor } from 'electron';
import { createScheduleTimers } from './adapters/scheduleTimers';
import { powerMonitorIdleSource } from './adapters/powerMonitorIdleSource';
import { systemClock } from './adapters/systemClock';
import { DeskTimeService } from './core/deskTimeService';
import type { PowerKind } from './core/engine/events';
import { DEFAULT_SETTINGS } from './core/settings';

/**
 * Composition root. The tray, break windows, IPC and command line arrive with the main-process
 * issue; for now Breakwise tracks desk time and logs what it would show.
 */
const POWER_EVENTS: ReadonlyArray<[string, PowerKind]> = [
  ['suspend', 'suspend'],
  ['resume', 'resume'],
  ['lock-screen', 'lock'],
  ['unlock-screen', 'unlock'],
  ['shutdown', 'shutdown'],
];

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(() => {
    app.dock?.hide();
    const service = new DeskTimeService({
      clock: systemClock,
      idle: powerMonitorIdleSource(powerMonitor),
      timers: createScheduleTimers(),
      settings: DEFAULT_SETTINGS,
      onEffects: (effects) => effects.forEach((effect) => console.log('[breakwise]', JSON.stringify(effect))),
    });
    for (const [name, kind] of POWER_EVENTS) powerMonitor.on(name as 'suspend', () => service.power(kind));
    service.start();
    app.on('before-quit', () => service.dispose());
  });
  // Breakwise lives in the tray: closing every window does not quit it.
  app.on('window-all-closed', () => undefined);
}
