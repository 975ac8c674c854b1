import type { NativeThemeLike } from '../platform/electronApi';
import type { TrayIconState } from './trayPresentation';

/**
 * Which icons suit the taskbar or menu bar the tray icon sits on. That bar follows the OS, not
 * Breakwise's own light/dark setting (which only colours its windows):
 *
 * - macOS: template images (black and alpha; the file name ends in "Template", Electron's rule),
 *   which the menu bar itself colours for light, dark and tinted bars.
 * - Windows: `shouldUseDarkColorsForSystemIntegratedUI`, the taskbar's own theme, which Windows
 *   sets apart from the apps' theme.
 * - Linux: no desktop tells Electron its panel's colour. The nearest is the OS colour scheme
 *   Chromium reads (GTK theme, the portal's colour-scheme), as `shouldUseDarkColors` reports it
 *   while Breakwise's own theme is "system"; while the person forces light or dark, the last OS
 *   reading stands.
 *
 * Electron's `updated` event announces every change, the OS's included.
 */
export type TrayIconStyle = 'template' | 'light' | 'dark';

/** The file of a state's icon in a style: `active-dark.png`, or `activeTemplate.png` (and `@2x`) on macOS. */
export const trayIconFile = (state: TrayIconState, style: TrayIconStyle): string => (style === 'template' ? `${state}Template.png` : `${state}-${style}.png`);

export interface TrayTheme {
  style(): TrayIconStyle;
  /** Called after every change the OS announces; the style may or may not have changed. */
  onChange(listener: () => void): () => void;
  dispose(): void;
}

export function systemTrayTheme(theme: NativeThemeLike, platform: NodeJS.Platform): TrayTheme {
  const listeners = new Set<() => void>();
  let linuxDark = theme.shouldUseDarkColors;
  const updated = (): void => {
    if (theme.themeSource === 'system') linuxDark = theme.shouldUseDarkColors;
    listeners.forEach((listener) => listener());
  };
  theme.on('updated', updated);
  return {
    style: () => {
      if (platform === 'darwin') return 'template';
      const dark = platform === 'win32' ? (theme.shouldUseDarkColorsForSystemIntegratedUI ?? theme.shouldUseDarkColors) : linuxDark;
      return dark ? 'dark' : 'light';
    },
    onChange: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    dispose: () => {
      theme.removeListener('updated', updated);
      listeners.clear();
    },
  };
}
