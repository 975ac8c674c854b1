import type { BreakwiseBridge } from './bridge';
import { BreakWindow } from './BreakWindow';
import { HistoryWindow } from './history/HistoryWindow';
import { SettingsWindow } from './settings/SettingsWindow';
import { FirstRunWindow } from './welcome/FirstRunWindow';

/**
 * One bundle serves every Breakwise window; the main process opens each with its own address
 * fragment (#settings, #history, #welcome). The break and notice windows have none.
 */
export function App({ bridge, route = window.location.hash }: { bridge: BreakwiseBridge; route?: string }) {
  switch (route) {
    case '#settings':
      return <SettingsWindow bridge={bridge} />;
    case '#history':
      return <HistoryWindow bridge={bridge} />;
    case '#welcome':
      return <FirstRunWindow bridge={bridge} />;
    default:
      return <BreakWindow bridge={bridge} />;
  }
}
