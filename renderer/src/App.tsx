import type { BreakwiseBridge } from './bridge';
import { BreakWindow } from './BreakWindow';
import { SettingsWindow } from './settings/SettingsWindow';

/**
 * One bundle serves every Breakwise window; the main process opens each with its own address
 * fragment (#settings, #history, #welcome). The break and notice windows have none.
 */
export function App({ bridge, route = window.location.hash }: { bridge: BreakwiseBridge; route?: string }) {
  switch (route) {
    case '#settings':
      return <SettingsWindow bridge={bridge} />;
    default:
      return <BreakWindow bridge={bridge} />;
  }
}
