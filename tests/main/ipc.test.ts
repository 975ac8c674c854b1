import { describe, expect, it } from 'vitest';
import { invokeChannels, type InvokeChannel } from '../../preload/contract';
import { channelPages, PAGES, type PageName } from '../../preload/bridgeShape';
import { registerHandlers, type Handlers } from '../../main/ipc/validatedHandlers';
import { isBundleUrl, pageUrl } from '../../main/windows/appProtocol';
import { createRecordingElectron } from '../support/electron/recordingElectron';
import { settingsHandlers } from '../../main/app/settingsWiring';
import { emptyDay } from '../../main/core/history/daySummary';
import { DEFAULT_SETTINGS } from '../../main/core/settings';
import { memoryPolicy } from '../../main/preferences/livePolicy';
import { EMPTY_PREFERENCES } from '../../main/preferences/preferencesData';
import { memoryDocument } from '../../main/store/memoryDocument';
import { PreferencesService } from '../../main/preferences/preferencesService';

/** The address of each page, as its frame reports it. */
const FROM: Record<PageName, string> = { break: pageUrl(), settings: pageUrl('settings'), history: pageUrl('history'), welcome: pageUrl('welcome') };
/** A page that uses `channel`. */
const userOf = (channel: InvokeChannel): string => FROM[channelPages[channel][0]];

/** A valid payload and a set of wrong shapes for every channel. */
const examples: Record<InvokeChannel, { valid: unknown; invalid: unknown[] }> = {
  'session:get': { valid: {}, invalid: [null, 'x', { extra: 1 }, []] },
  'break:respond': { valid: { response: 'snooze' }, invalid: [{}, { response: 'later' }, { response: 'skip', force: true }, 'skip', null] },
  'break:finished': { valid: {}, invalid: [null, { done: true }, 42] },
  'break:checkin': { valid: { feeling: 'better' }, invalid: [{}, { feeling: 'great' }, { feeling: 'same', note: 'x' }, 'better'] },
  'break:hurt': { valid: { exerciseId: 'seated-chin-tuck' }, invalid: [{}, { exerciseId: 7 }, { exerciseId: '../../etc' }, { exerciseId: 'x', why: 'pain' }] },
  'settings:get': { valid: {}, invalid: [null, { path: 'strict' }, 1] },
  'settings:set': { valid: { path: 'microBreak.everyMinutes', value: 25 }, invalid: [{}, { value: 3 }, { path: '__proto__.x', value: 1 }, { path: 'a.b', value: 1, extra: true }, 'strict'] },
  'settings:reset': { valid: { path: 'strict' }, invalid: [{}, { path: 7 }, { path: 'constructor..x' }, { path: 'strict', value: 1 }] },
  'settings:dismissNotice': { valid: {}, invalid: [null, { now: true }] },
  'firstRun:complete': { valid: { plan: 'gentle', startAtLogin: true }, invalid: [{}, { plan: 'extreme', startAtLogin: true }, { plan: 'standard' }, { plan: 'standard', startAtLogin: 'yes' }] },
  'history:get': { valid: {}, invalid: [null, { days: 30 }] },
  'history:export': { valid: { format: 'csv' }, invalid: [{}, { format: 'xlsx' }, { format: 'csv', path: '/etc/passwd' }, 'csv'] },
  'meetings:signals': { valid: {}, invalid: [null, { signal: 'camera' }, 'camera'] },
};

/** The settings channels, answered by the real preferences service (in memory), each call noted. */
const recordingSettingsHandlers = (calls: string[]) => {
  const handlers = settingsHandlers(new PreferencesService(memoryDocument(EMPTY_PREFERENCES), memoryPolicy(), () => 0));
  const noted = Object.entries(handlers).map(([channel, handle]) => [channel, (payload: never) => (calls.push(channel), (handle as (p: never) => unknown)(payload))]);
  return Object.fromEntries(noted) as typeof handlers;
};

const setup = () => {
  const electron = createRecordingElectron();
  const calls: string[] = [];
  const handlers: Handlers = {
    'session:get': () => (calls.push('session:get'), { mode: 'idle' }),
    'break:respond': ({ response }) => (calls.push(`respond:${response}`), response === 'skip' ? 'Strict mode is on: breaks cannot be skipped.' : {}),
    'break:finished': () => (calls.push('finished'), {}),
    'break:hurt': ({ exerciseId }) => (calls.push(`hurt:${exerciseId}`), {}),
    'break:checkin': ({ feeling }) => (calls.push(`checkin:${feeling}`), {}),
    ...recordingSettingsHandlers(calls),
    'history:get': () => (calls.push('history:get'), { days: [], today: emptyDay('2026-03-02'), streaks: { current: 0, longest: 0 }, goal: DEFAULT_SETTINGS.goal }),
    'history:export': ({ format }) => (calls.push(`export:${format}`), { path: null }),
    'meetings:signals': () => (calls.push('meetings:signals'), { presentation: 'works', fullscreen: 'works', 'screen-share': 'unavailable', camera: 'works', microphone: 'unavailable', 'do-not-disturb': 'works', inhibitor: 'works' }),
  };
  const unregister = registerHandlers(electron.ipcMain, isBundleUrl, handlers);
  return { electron, calls, unregister };
};

describe('IPC', () => {
  it('has a handler for every channel of the contract, and removes them all', () => {
    const { electron, unregister } = setup();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
    unregister();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it.each(Object.keys(examples) as InvokeChannel[])('%s answers a valid call from our window', (channel) => {
    const { electron, calls } = setup();
    const reply = electron.ipcMain.invoke(channel, examples[channel].valid, userOf(channel));
    expect(reply).toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
  });

  it.each(Object.keys(examples) as InvokeChannel[])('%s rejects every payload of the wrong shape and changes nothing', (channel) => {
    const { electron, calls } = setup();
    for (const payload of examples[channel].invalid) {
      const reply = electron.ipcMain.invoke(channel, payload, userOf(channel));
      expect(reply).toMatchObject({ ok: false, error: expect.stringContaining(`${channel}: bad payload`) });
    }
    expect(calls).toEqual([]);
  });

  it.each(Object.keys(examples) as InvokeChannel[])('%s rejects a sender that is not ours and changes nothing', (channel) => {
    const { electron, calls } = setup();
    for (const url of ['https://evil.example/index.html', 'file:///tmp/index.html', 'file:///app/out/renderer/index.html', 'app://evil/index.html', 'devtools://devtools/bundled/x.html', null]) {
      const reply = electron.ipcMain.invoke(channel, examples[channel].valid, url);
      expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('not a Breakwise window') });
    }
    expect(calls).toEqual([]);
  });

  it('passes a refusal back as an error reply', () => {
    const { electron } = setup();
    expect(electron.ipcMain.invoke('break:respond', { response: 'skip' }, FROM.break)).toEqual({ ok: false, error: 'Strict mode is on: breaks cannot be skipped.' });
  });
});

describe('IPC per window', () => {
  it('refuses break:respond from the settings page, and changes nothing', () => {
    const { electron, calls } = setup();
    expect(electron.ipcMain.invoke('break:respond', { response: 'start' }, FROM.settings)).toEqual({ ok: false, error: 'break:respond: refused, the settings page does not use it' });
    expect(calls).toEqual([]);
  });

  it('refuses a settings change from the break window, and the setting stays as it was', () => {
    const { electron, calls } = setup();
    expect(electron.ipcMain.invoke('settings:set', { path: 'microBreak.everyMinutes', value: 25 }, FROM.break)).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
    expect(electron.ipcMain.invoke('settings:get', {}, FROM.settings)).toMatchObject({ ok: true, value: { values: { microBreak: { everyMinutes: 20 } } } });
    expect(calls).toEqual(['settings:get']);
  });

  const pairs = (Object.keys(invokeChannels) as InvokeChannel[]).flatMap((channel) => PAGES.map((page) => [channel, page] as const));
  it.each(pairs)('%s from the %s page: answered exactly when that page uses it', (channel, page) => {
    const { electron, calls } = setup();
    const reply = electron.ipcMain.invoke(channel, examples[channel].valid, FROM[page]);
    if ((channelPages[channel] as readonly PageName[]).includes(page)) {
      expect(reply).toMatchObject({ ok: true });
      expect(calls).toHaveLength(1);
    } else {
      expect(reply).toEqual({ ok: false, error: `${channel}: refused, the ${page} page does not use it` });
      expect(calls).toEqual([]);
    }
  });

  it('gives each window only what it uses', () => {
    expect(channelPages).toEqual({
      'session:get': ['break'],
      'break:respond': ['break'],
      'break:finished': ['break'],
      'break:hurt': ['break'],
      'break:checkin': ['break'],
      'settings:get': ['break', 'settings', 'history', 'welcome'],
      'settings:set': ['settings', 'history'],
      'settings:reset': ['settings'],
      'settings:dismissNotice': ['settings'],
      'firstRun:complete': ['welcome'],
      'history:get': ['history', 'break'],
      'history:export': ['history'],
      'meetings:signals': ['settings'],
    });
  });

  it('refuses a page of ours that names no window', () => {
    const { electron, calls } = setup();
    for (const fragment of ['policy', 'break', 'settings/../welcome']) {
      expect(electron.ipcMain.invoke('settings:get', {}, pageUrl(fragment))).toEqual({ ok: false, error: "settings:get: refused, the sender's address names no Breakwise page" });
    }
    expect(calls).toEqual([]);
  });
});
