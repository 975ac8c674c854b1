import type { MenuItemConstructorOptions } from 'electron';
import { nextLocalMidnight, systemCalendar } from '../core/calendar';
import { minutesToMs } from '../core/time';
import type { TrayView } from '../core/engine/effects';
import type { BreakKind } from '../core/settings';

/** The five faces of the tray icon. */
export const TRAY_ICON_STATES = ['active', 'break-soon', 'paused', 'outside-hours', 'unavailable'] as const;
export type TrayIconState = (typeof TRAY_ICON_STATES)[number];

/** Whether Breakwise can see input at all (see the idle-source selection). */
export type IdleDetection = { available: true } | { available: false; reason: string };

export function trayIconState(view: TrayView, detection: IdleDetection): TrayIconState {
  if (!detection.available) return 'unavailable';
  switch (view.status) {
    case 'paused':
      return 'paused';
    case 'outsideHours':
      return 'outside-hours';
    case 'breakSoon':
    case 'onBreak':
      return 'break-soon';
    case 'active':
    case 'away':
      return 'active';
  }
}

const KIND_NAME: Record<BreakKind, string> = { micro: 'posture reset', routine: 'movement routine' };

const minutes = (n: number): string => (n === 1 ? '1 min' : `${n} min`);

/** One line for the tooltip (and the status line at the top of the menu). */
export function trayStatusLine(view: TrayView, detection: IdleDetection, pausedUntil: string | null): string {
  if (!detection.available) return `Idle detection unavailable: ${detection.reason}`;
  switch (view.status) {
    case 'paused':
      return pausedUntil === null ? 'Paused until you resume' : `Paused until ${pausedUntil}`;
    case 'outsideHours':
      return 'Outside working hours';
    case 'onBreak':
      return `On a ${KIND_NAME[view.nextKind ?? 'micro']}`;
    case 'away':
      return 'Away from the desk';
    case 'breakSoon':
    case 'active':
      return view.minutesToBreak === null || view.nextKind === null
        ? 'Tracking desk time'
        : `Next ${KIND_NAME[view.nextKind]} in ${minutes(view.minutesToBreak)}`;
  }
}

/** The macOS menu-bar title: just the minutes, so it stays narrow. */
export const trayTitle = (view: TrayView): string => (view.minutesToBreak === null ? '' : `${view.minutesToBreak}m`);

export interface TrayActions {
  breakNow(kind: BreakKind): void;
  pause(untilWallMs: number | null): void;
  resume(): void;
  openPreferences(): void;
  openHistory(): void;
  about(): void;
  quit(): void;
}

export interface PauseChoice {
  readonly label: string;
  readonly untilWallMs: (nowWallMs: number) => number | null;
}

/** What the organization lets the person do from the tray (policy keys AllowPause, MaxPauseMinutes, AllowQuit). */
export interface TrayRights {
  readonly allowPause: boolean;
  readonly maxPauseMinutes: number | null;
  readonly allowQuit: boolean;
}

export const ALL_RIGHTS: TrayRights = { allowPause: true, maxPauseMinutes: null, allowQuit: true };

/** The pause lengths the policy allows at `now`: none longer than its maximum, and no open-ended pause under one. */
export function allowedPauseChoices(rights: TrayRights, now: number): readonly PauseChoice[] {
  if (!rights.allowPause) return [];
  const max = rights.maxPauseMinutes;
  if (max === null) return PAUSE_CHOICES;
  return PAUSE_CHOICES.filter((choice) => {
    const until = choice.untilWallMs(now);
    return until !== null && until - now <= minutesToMs(max);
  });
}

const afterMinutes = (n: number) => (now: number) => now + minutesToMs(n);
const tomorrow = (now: number): number => nextLocalMidnight(systemCalendar, now);

export const PAUSE_CHOICES: readonly PauseChoice[] = [
  { label: 'For 30 minutes', untilWallMs: afterMinutes(30) },
  { label: 'For 1 hour', untilWallMs: afterMinutes(60) },
  { label: 'For 2 hours', untilWallMs: afterMinutes(120) },
  { label: 'Until tomorrow', untilWallMs: tomorrow },
  { label: 'Until I resume', untilWallMs: () => null },
];

export function trayMenuTemplate(
  view: TrayView,
  detection: IdleDetection,
  pausedUntil: string | null,
  actions: TrayActions,
  now: () => number,
  rights: TrayRights = ALL_RIGHTS,
): MenuItemConstructorOptions[] {
  const paused = view.status === 'paused';
  const onBreak = view.status === 'onBreak';
  const pauseChoices = allowedPauseChoices(rights, now());
  return [
    { label: trayStatusLine(view, detection, pausedUntil), enabled: false },
    { type: 'separator' },
    { label: 'Start posture reset now', enabled: !paused && !onBreak, click: () => actions.breakNow('micro') },
    { label: 'Start movement routine now', enabled: !paused && !onBreak, click: () => actions.breakNow('routine') },
    { type: 'separator' },
    ...(pauseChoices.length === 0
      ? []
      : [{ label: 'Pause', enabled: !paused, submenu: pauseChoices.map((c) => ({ label: c.label, click: () => actions.pause(c.untilWallMs(now())) })) }]),
    { label: 'Resume', enabled: paused, click: () => actions.resume() },
    { type: 'separator' },
    { label: 'Preferences…', click: () => actions.openPreferences() },
    { label: 'History…', click: () => actions.openHistory() },
    { label: 'About Breakwise', click: () => actions.about() },
    ...(rights.allowQuit ? [{ type: 'separator' as const }, { label: 'Quit', click: () => actions.quit() }] : []),
  ];
}
