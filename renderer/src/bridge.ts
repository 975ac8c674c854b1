import type { BreakwiseBridge } from '../../preload/contract';

declare global {
  interface Window {
    /** The typed bridge the preload exposes; the renderer's only way to the main process. */
    readonly breakwise?: BreakwiseBridge;
  }
}

export type { BreakwiseBridge };

export function getBridge(): BreakwiseBridge {
  if (window.breakwise === undefined) throw new Error('Breakwise bridge missing: this page must run inside Breakwise (or with a test bridge).');
  return window.breakwise;
}
