import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BreakwiseBridge } from '../../preload/contract';

/** What the preload hands Electron: the bridge it exposes, and the channels it invokes. */
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: (channel: string, payload: unknown) => (electron.invoked.push([channel, payload]), Promise.resolve({ ok: true, value: {} })),
    on: () => undefined,
    removeListener: () => undefined,
  },
}));

/** Loads the preload as it runs in a window opened at `hash`. */
async function preloadAt(hash: string): Promise<BreakwiseBridge> {
  vi.resetModules();
  electron.exposed.clear();
  electron.invoked.length = 0;
  Object.assign(globalThis, { location: { hash } });
  await import('../../preload/index');
  return electron.exposed.get('breakwise') as BreakwiseBridge;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'location');
});

describe('the preload bridge', () => {
  it('offers the settings window its own channels, and refuses a break response without asking the main process', async () => {
    const bridge = await preloadAt('#settings');
    expect(await bridge.respond({ response: 'start' })).toEqual({ ok: false, error: 'break:respond: not available in this window' });
    await bridge.setSetting({ path: 'microBreak.everyMinutes', value: 25 });
    await bridge.getSettings();
    expect(electron.invoked).toEqual([
      ['settings:set', { path: 'microBreak.everyMinutes', value: 25 }],
      ['settings:get', {}],
    ]);
  });

  it('offers the break and notice window the session and its answers, and no settings changes', async () => {
    const bridge = await preloadAt('');
    await bridge.getSession();
    await bridge.finishBreak();
    expect(await bridge.setSetting({ path: 'strict', value: false })).toMatchObject({ ok: false });
    expect(await bridge.completeFirstRun({ plan: 'gentle', startAtLogin: false })).toMatchObject({ ok: false });
    expect(electron.invoked.map(([channel]) => channel)).toEqual(['session:get', 'break:finished']);
  });

  it('offers a page that names no window nothing at all', async () => {
    const bridge = await preloadAt('#policy');
    expect(await bridge.getSettings()).toMatchObject({ ok: false });
    expect(electron.invoked).toEqual([]);
  });
});
