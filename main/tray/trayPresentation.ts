import type { MenuItemConstructorOptions } from 'electron';
import { nextLocalMidnight, systemCalendar } from '../core/calendar';
import { minutesToMs } from '../core/time';
import type { TrayView } from '../core/engine/effects';
import type { IdleDetection } from '../core/ports';
import type { BreakKind } from '../core/settings';
import type { MainText } from '../i18n/mainText';

/** The five faces of the tray icon. */
export const TRAY_ICON_STATES = ['active', 'break-soon', 'paused', 'outside-hours', 'unavailable'] as const;
export type TrayIconState = (typeof TRAY_ICON_STATES)[number];


export function trayIconState(view: TrayView, detection: IdleDetection): TrayIconState {
  if (!detection.available) return 'unavailable';
  switch (view.status) {
    case 'paused':
      return 'paused';
    case 'outsideHours':
      return 'outside-hours';
    case 'breakSoon':
    case 'breakWaiting':
    case 'onBreak':
      return 'break-soon';
    case 'active':
    case 'away':
      return 'active';
  }
}

/** One line for the tooltip (and the status line at the top of the menu). */
export function trayStatusLine(view: TrayView, detection: IdleDetection, text: MainText): string {
  if (!detection.available) return text.t('main.tray.status.unavailable', { reason: detection.reason });
  switch (view.status) {
    case 'paused':
      return view.pausedUntilWallMs === null ? text.t('main.tray.status.pausedUntilResume') : text.t('main.tray.status.pausedUntil', { until: view.pausedUntilWallMs });
    case 'outsideHours':
      return text.t('main.tray.status.outsideHours');
    case 'onBreak':
      return text.t(`main.tray.status.onBreak.${view.nextKind ?? 'micro'}`);
    case 'away':
      return text.t('main.tray.status.away');
    case 'breakWaiting':
      // A view without its details says the least: a break waits.
      return view.waiting === null
        ? text.t('main.tray.status.waiting.meeting', { minutes: 0 })
        : text.t(`main.tray.status.${view.waiting.overdue ? 'overdue' : 'waiting'}.${view.waiting.group}`, { minutes: view.waiting.sittingMinutes });
    case 'breakSoon':
    case 'active':
      return view.minutesToBreak === null || view.nextKind === null
        ? text.t('main.tray.status.tracking')
        : text.t(`main.tray.status.next.${view.nextKind}`, { minutes: view.minutesToBreak });
  }
}

export const trayTooltip = (view: TrayView, detection: IdleDetection, text: MainText): string => text.t('main.tray.tooltip', { status: trayStatusLine(view, detection, text) });

/** The macOS menu-bar title: just the minutes, so it stays narrow. */
export const trayTitle = (view: TrayView, text: MainText): string => (view.minutesToBreak === null ? '' : text.t('main.tray.title', { minutes: view.minutesToBreak }));

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
  /** Its message under `main.tray.pauseFor`. */
  readonly key: string;
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
  { key: 'minutes30', untilWallMs: afterMinutes(30) },
  { key: 'hour1', untilWallMs: afterMinutes(60) },
  { key: 'hours2', untilWallMs: afterMinutes(120) },
  { key: 'tomorrow', untilWallMs: tomorrow },
  { key: 'untilResume', untilWallMs: () => null },
];

export function trayMenuTemplate(
  view: TrayView,
  detection: IdleDetection,
  text: MainText,
  actions: TrayActions,
  now: () => number,
  rights: TrayRights = ALL_RIGHTS,
): MenuItemConstructorOptions[] {
  const paused = view.status === 'paused';
  const onBreak = view.status === 'onBreak';
  const pauseChoices = allowedPauseChoices(rights, now());
  const menu = (key: string): string => text.t(`main.tray.menu.${key}`);
  return [
    { label: trayStatusLine(view, detection, text), enabled: false },
    { type: 'separator' },
    { label: menu('startMicro'), enabled: !paused && !onBreak, click: () => actions.breakNow('micro') },
    { label: menu('startRoutine'), enabled: !paused && !onBreak, click: () => actions.breakNow('routine') },
    { type: 'separator' },
    ...(pauseChoices.length === 0
      ? []
      : [{ label: menu('pause'), enabled: !paused, submenu: pauseChoices.map((c) => ({ label: text.t(`main.tray.pauseFor.${c.key}`), click: () => actions.pause(c.untilWallMs(now())) })) }]),
    { label: menu('resume'), enabled: paused, click: () => actions.resume() },
    { type: 'separator' },
    { label: menu('preferences'), click: () => actions.openPreferences() },
    { label: menu('history'), click: () => actions.openHistory() },
    { label: menu('about'), click: () => actions.about() },
    ...(rights.allowQuit ? [{ type: 'separator' as const }, { label: menu('quit'), click: () => actions.quit() }] : []),
  ];
}
