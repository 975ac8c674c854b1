import type { TrayView } from '../core/engine/effects';
import type { MainText } from '../i18n/mainText';
import type { MenuFactory, TrayLike } from '../platform/electronApi';
import { trayIconState, trayMenuTemplate, trayTitle, trayTooltip, ALL_RIGHTS, type TrayActions, type TrayIconState, type TrayRights } from './trayPresentation';
import type { TrayIconStyle, TrayTheme } from './trayTheme';
import type { IdleDetection } from '../core/ports';

export interface TrayPorts {
  readonly createTray: (image: string) => TrayLike;
  readonly menu: MenuFactory;
  readonly iconPath: (state: TrayIconState, style: TrayIconStyle) => string;
  /** The taskbar's or menu bar's theme, as the OS reports it. */
  readonly theme: Pick<TrayTheme, 'style' | 'onChange'>;
  readonly isMac: boolean;
  readonly now: () => number;
}

const STARTING_VIEW: TrayView = { status: 'active', minutesToBreak: null, nextKind: null, pausedUntilWallMs: null, waiting: null };

/**
 * Keeps the tray in step with the engine, the OS theme and the language. It touches the tray
 * only when what it shows changes (the engine already sends a view only when it changes), and
 * rebuilds the menu then. Everything it says comes from the engine's tray view — the pause's
 * end included — so the tray cannot disagree with the engine.
 */
export class TrayController {
  private tray: TrayLike | null = null;
  private view: TrayView = STARTING_VIEW;
  private detection: IdleDetection = { available: true };
  private rights: TrayRights = ALL_RIGHTS;
  private shown = { image: '', tooltip: '', title: '', menuKey: '' };
  private stopTheme: () => void = () => undefined;

  constructor(
    private readonly ports: TrayPorts,
    private readonly actions: TrayActions,
    private text: MainText,
  ) {}

  start(): void {
    this.tray = this.ports.createTray(this.imagePath());
    this.shown.image = this.imagePath();
    this.stopTheme = this.ports.theme.onChange(() => this.refresh());
    this.refresh();
  }

  show(view: TrayView): void {
    this.view = view;
    this.refresh();
  }

  setDetection(detection: IdleDetection): void {
    this.detection = detection;
    this.refresh();
  }

  /** The organization's policy changed what the tray may offer. */
  setRights(rights: TrayRights): void {
    this.rights = rights;
    this.refresh();
  }

  /** The language changed. */
  setText(text: MainText): void {
    this.text = text;
    this.refresh();
  }

  dispose(): void {
    this.stopTheme();
    this.tray?.destroy();
    this.tray = null;
  }

  private imagePath(): string {
    return this.ports.iconPath(trayIconState(this.view, this.detection), this.ports.theme.style());
  }

  private refresh(): void {
    const tray = this.tray;
    if (tray === null) return;
    const image = this.imagePath();
    const tooltip = trayTooltip(this.view, this.detection, this.text);
    const title = this.ports.isMac ? trayTitle(this.view, this.text) : '';
    const menuKey = JSON.stringify([this.view.status, tooltip, this.rights, this.text.locale]);
    if (image !== this.shown.image) tray.setImage(image);
    if (tooltip !== this.shown.tooltip) tray.setToolTip(tooltip);
    if (title !== this.shown.title) tray.setTitle(title);
    if (menuKey !== this.shown.menuKey) {
      tray.setContextMenu(this.ports.menu.buildFromTemplate(trayMenuTemplate(this.view, this.detection, this.text, this.actions, this.ports.now, this.rights)));
    }
    this.shown = { image, tooltip, title, menuKey };
  }
}
