import type { TrayView } from '../core/engine/effects';
import type { MenuFactory, TrayLike } from '../platform/electronApi';
import { trayIconState, trayMenuTemplate, trayStatusLine, trayTitle, ALL_RIGHTS, type IdleDetection, type TrayActions, type TrayIconState, type TrayRights } from './trayPresentation';

export interface TrayPorts {
  readonly createTray: (image: string) => TrayLike;
  readonly menu: MenuFactory;
  readonly iconPath: (state: TrayIconState, dark: boolean) => string;
  readonly prefersDark: () => boolean;
  readonly isMac: boolean;
  readonly now: () => number;
  readonly formatTime: (wallMs: number) => string;
}

const STARTING_VIEW: TrayView = { status: 'active', minutesToBreak: null, nextKind: null };

/**
 * Keeps the tray in step with the engine. It touches the tray only when what it shows changes
 * (the engine already sends a view only when its minute changes), and rebuilds the menu then.
 */
export class TrayController {
  private tray: TrayLike | null = null;
  private view: TrayView = STARTING_VIEW;
  private detection: IdleDetection = { available: true };
  private pausedUntilWallMs: number | null = null;
  private rights: TrayRights = ALL_RIGHTS;
  private shown = { image: '', tooltip: '', title: '', menuKey: '' };

  constructor(
    private readonly ports: TrayPorts,
    private readonly actions: TrayActions,
  ) {}

  start(): void {
    this.tray = this.ports.createTray(this.imagePath());
    this.shown.image = this.imagePath();
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

  setPausedUntil(wallMs: number | null): void {
    this.pausedUntilWallMs = wallMs;
    this.refresh();
  }

  /** The organization's policy changed what the tray may offer. */
  setRights(rights: TrayRights): void {
    this.rights = rights;
    this.refresh();
  }

  /** The OS switched between light and dark. */
  themeChanged(): void {
    this.refresh();
  }

  dispose(): void {
    this.tray?.destroy();
    this.tray = null;
  }

  private imagePath(): string {
    return this.ports.iconPath(trayIconState(this.view, this.detection), this.ports.prefersDark());
  }

  private refresh(): void {
    const tray = this.tray;
    if (tray === null) return;
    const pausedUntil = this.pausedUntilWallMs === null ? null : this.ports.formatTime(this.pausedUntilWallMs);
    const image = this.imagePath();
    const tooltip = `Breakwise — ${trayStatusLine(this.view, this.detection, pausedUntil)}`;
    const title = this.ports.isMac ? trayTitle(this.view) : '';
    const menuKey = JSON.stringify([this.view.status, tooltip, this.rights]);
    if (image !== this.shown.image) tray.setImage(image);
    if (tooltip !== this.shown.tooltip) tray.setToolTip(tooltip);
    if (title !== this.shown.title) tray.setTitle(title);
    if (menuKey !== this.shown.menuKey) {
      tray.setContextMenu(this.ports.menu.buildFromTemplate(trayMenuTemplate(this.view, this.detection, pausedUntil, this.actions, this.ports.now, this.rights)));
    }
    this.shown = { image, tooltip, title, menuKey };
  }
}
