import { describe, expect, it } from 'vitest';
import { invokeChannels, type InvokeChannel } from '../../preload/contract';
import { registerHandlers, type Handlers } from '../../main/ipc/validatedHandlers';
import { createRecordingElectron } from '../support/electron/recordingElectron';
import { settingsHandlers } from '../../main/app/settingsWiring';
import { emptyDay } from '../../main/core/history/daySummary';
import { DEFAULT_SETTINGS } from '../../main/core/settings';
import { memoryPolicy } from '../../main/preferences/policyLayers';
import { EMPTY_PREFERENCES, memoryDocument } from '../../main/preferences/preferencesData';
import { PreferencesService } from '../../main/preferences/preferencesService';

const OURS = 'file:///app/out/renderer/index.html';
const isOurs = (url: string) => url.startsWith('file:///app/out/renderer/');

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
  };
  const unregister = registerHandlers(electron.ipcMain, isOurs, handlers);
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
    const reply = electron.ipcMain.invoke(channel, examples[channel].valid, OURS);
    expect(reply).toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
  });

  it.each(Object.keys(examples) as InvokeChannel[])('%s rejects every payload of the wrong shape and changes nothing', (channel) => {
    const { electron, calls } = setup();
    for (const payload of examples[channel].invalid) {
      const reply = electron.ipcMain.invoke(channel, payload, OURS);
      expect(reply).toMatchObject({ ok: false, error: expect.stringContaining(`${channel}: bad payload`) });
    }
    expect(calls).toEqual([]);
  });

  it.each(Object.keys(examples) as InvokeChannel[])('%s rejects a sender that is not ours and changes nothing', (channel) => {
    const { electron, calls } = setup();
    for (const url of ['https://evil.example/index.html', 'file:///tmp/index.html', 'devtools://devtools/bundled/x.html', null]) {
      const reply = electron.ipcMain.invoke(channel, examples[channel].valid, url);
      expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('not a Breakwise window') });
    }
    expect(calls).toEqual([]);
  });

  it('passes a refusal back as an error reply', () => {
    const { electron } = setup();
    expect(electron.ipcMain.invoke('break:respond', { response: 'skip' }, OURS)).toEqual({ ok: false, error: 'Strict mode is on: breaks cannot be skipped.' });
  });
});
