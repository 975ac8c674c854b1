import type { PreferencesService } from '../preferences/preferencesService';
import type { AppWindows } from '../windows/appWindows';

/** The first start shows the welcome (plan, start at login, not medical advice); completing it closes the window. */
export function welcomeOnFirstRun(preferences: PreferencesService, windows: Pick<AppWindows, 'show' | 'close' | 'isOpen'>): () => void {
  if (preferences.view().firstRunDone) return () => undefined;
  windows.show('welcome');
  return preferences.onChange((view) => {
    if (view.firstRunDone && windows.isOpen('welcome')) windows.close('welcome');
  });
}
