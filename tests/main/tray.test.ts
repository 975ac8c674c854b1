import { describe, expect, it } from 'vitest';
import type { TrayView } from '../../main/core/engine/effects';
import { TrayController } from '../../main/tray/trayController';
import type { TrayActions } from '../../main/tray/trayPresentation';
import { createRecordingElectron } from '../support/electron/recordingElectron';

const active = (minutes: number): TrayView => ({ status: 'active', minutesToBreak: minutes, nextKind: 'micro' });

const setup = (platform: NodeJS.Platform = 'linux') => {
  const electron = createRecordingElectron({ platform });
  const done: string[] = [];
  const actions: TrayActions = {
    breakNow: (kind) => done.push(`breakNow:${kind}`),
    pause: (until) => done.push(`pause:${until}`),
    resume: () => done.push('resume'),
    openPreferences: () => done.push('preferences'),
    openHistory: () => done.push('history'),
    about: () => done.push('about'),
    quit: () => done.push('quit'),
  };
  const tray = new TrayController(
    {
      createTray: electron.api.createTray,
      menu: electron.api.menu,
      iconPath: (state, dark) => `${state}-${dark ? 'dark' : 'light'}.png`,
      prefersDark: electron.api.prefersDarkTray,
      isMac: platform === 'darwin',
      now: () => 1_000_000,
      formatTime: () => '14:30',
    },
    actions,
  );
  tray.start();
  const fake = electron.trays[0];
  if (fake === undefined) throw new Error('no tray');
  return { electron, tray, fake, done };
};

describe('the tray', () => {
  it('shows an icon for each state, light or dark', () => {
    const { tray, fake, electron } = setup();
    tray.show(active(12));
    expect(fake.image).toBe('active-light.png');
    tray.show({ status: 'breakSoon', minutesToBreak: 1, nextKind: 'micro' });
    expect(fake.image).toBe('break-soon-light.png');
    tray.show({ status: 'paused', minutesToBreak: null, nextKind: null });
    expect(fake.image).toBe('paused-light.png');
    tray.show({ status: 'outsideHours', minutesToBreak: null, nextKind: null });
    expect(fake.image).toBe('outside-hours-light.png');
    electron.setDark(true);
    tray.themeChanged();
    expect(fake.image).toBe('outside-hours-dark.png');
    tray.setDetection({ available: false, reason: 'no idle time on this Wayland session' });
    expect(fake.image).toBe('unavailable-dark.png');
    expect(fake.tooltip).toBe('Breakwise — Idle detection unavailable: no idle time on this Wayland session');
    expect(fake.menu[0]).toMatchObject({ label: 'Idle detection unavailable: no idle time on this Wayland session', enabled: false });
  });

  it('updates the tooltip only when the minute changes, with a title on macOS', () => {
    const { tray, fake } = setup('darwin');
    tray.show(active(12));
    const before = { ...fake.updates };
    tray.show(active(12));
    tray.show(active(12));
    expect(fake.updates).toEqual(before);
    tray.show(active(11));
    expect(fake.tooltip).toBe('Breakwise — Next posture reset in 11 min');
    expect(fake.title).toBe('11m');
    expect(fake.updates.tooltip).toBe(before.tooltip + 1);
  });

  it('offers the menu the person expects, each item doing its job', () => {
    const { tray, fake, done } = setup();
    tray.show(active(5));
    expect(fake.menu.map((i) => i.label ?? '—')).toEqual([
      'Next posture reset in 5 min',
      '—',
      'Start posture reset now',
      'Start movement routine now',
      '—',
      'Pause',
      'Resume',
      '—',
      'Preferences…',
      'History…',
      'About Breakwise',
      '—',
      'Quit',
    ]);
    expect(fake.menu.find((i) => i.label === 'Pause')?.submenu?.map((i) => i.label)).toEqual([
      'For 30 minutes',
      'For 1 hour',
      'For 2 hours',
      'Until tomorrow',
      'Until I resume',
    ]);
    fake.click('Start posture reset now');
    fake.click('Start movement routine now');
    fake.click('Pause', 'For 1 hour');
    fake.click('Pause', 'Until I resume');
    fake.click('Preferences…');
    fake.click('History…');
    fake.click('About Breakwise');
    fake.click('Quit');
    expect(done).toEqual(['breakNow:micro', 'breakNow:routine', `pause:${1_000_000 + 3_600_000}`, 'pause:null', 'preferences', 'history', 'about', 'quit']);
    expect(() => fake.click('Resume')).toThrow(/disabled/);
  });

  it('offers Resume, and no Pause, while paused, saying until when', () => {
    const { tray, fake, done } = setup();
    tray.setPausedUntil(123);
    tray.show({ status: 'paused', minutesToBreak: null, nextKind: null });
    expect(fake.tooltip).toBe('Breakwise — Paused until 14:30');
    expect(() => fake.click('Pause', 'For 1 hour')).toThrow(/disabled/);
    fake.click('Resume');
    expect(done).toEqual(['resume']);
  });
});
