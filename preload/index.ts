import { contextBridge, ipcRenderer } from 'electron';
import { bridgeEvents, bridgeMethods, pageMayUse, pageOfFragment, type PageName } from './bridgeShape';
import type { BreakwiseBridge } from './contract';

/**
 * Exposes exactly the contract's bridge as `window.breakwise`: one function per channel, no
 * generic `send` or `invoke`, and no Electron objects handed to the page. A page is offered only
 * the channels it uses (`channelPages`); the others answer a refusal without reaching the main
 * process, which refuses them too.
 */
// The sandboxed preload has no DOM typings; it reads only which page it was loaded for.
declare const location: { readonly hash: string };

const page: PageName | null = pageOfFragment(location.hash);

const invoke = (channel: (typeof bridgeMethods)[keyof typeof bridgeMethods]) =>
  page !== null && pageMayUse(page, channel)
    ? (payload?: unknown) => ipcRenderer.invoke(channel, payload ?? {})
    : () => Promise.resolve({ ok: false, error: `${channel}: not available in this window` });

const subscribe = (channel: string) => (listener: (value: unknown) => void) => {
  const handler = (_event: unknown, value: unknown): void => listener(value);
  ipcRenderer.on(channel, handler);
  return () => void ipcRenderer.removeListener(channel, handler);
};

const bridge = Object.freeze({
  ...Object.fromEntries(Object.entries(bridgeMethods).map(([method, channel]) => [method, invoke(channel)])),
  ...Object.fromEntries(Object.entries(bridgeEvents).map(([method, channel]) => [method, subscribe(channel)])),
}) as unknown as BreakwiseBridge;

contextBridge.exposeInMainWorld('breakwise', bridge);
