import type { WindowOptions } from '../platform/electronApi';

/** What the notice and the break windows share: no frame, fixed in place, kept out of the taskbar, on top. */
export const OVERLAY_WINDOW_OPTIONS: WindowOptions = {
  frame: false,
  resizable: false,
  movable: false,
  minimizable: false,
  maximizable: false,
  fullscreenable: false,
  skipTaskbar: true,
  alwaysOnTop: true,
};
