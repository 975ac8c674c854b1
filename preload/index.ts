import { contextBridge, ipcRenderer } from 'electron';
import { bridgeEvents, bridgeMethods } from './bridgeShape';
import type { BreakwiseBridge } from './contract';

/**
 * Exposes exactly the contract's bridge as `window.breakwise`: one function per channel, no
 * generic `send` or `invoke`, and no Electron objects handed to the page.
 */
const invoke = (channel: string) => (payload?: unknown) => ipcRenderer.invoke(channel, payload ?? {});

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
