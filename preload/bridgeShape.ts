/**
 * The bridge's method names and the channel each is bound to. Kept apart from the schemas in
 * contract.ts so the sandboxed preload, which may require nothing but Electron, carries no zod.
 * contract.ts checks (at compile time) that every name here maps to a channel it defines.
 */
export const bridgeMethods = {
  getSession: 'session:get',
  respond: 'break:respond',
  finishBreak: 'break:finished',
  reportHurt: 'break:hurt',
  checkIn: 'break:checkin',
  getSettings: 'settings:get',
  setSetting: 'settings:set',
  resetSetting: 'settings:reset',
  dismissStorageNotice: 'settings:dismissNotice',
  completeFirstRun: 'firstRun:complete',
  getHistory: 'history:get',
  exportHistory: 'history:export',
  getMeetingSignals: 'meetings:signals',
} as const;

export const bridgeEvents = {
  onSessionChanged: 'session:changed',
  onSettingsChanged: 'settings:changed',
} as const;

export type BridgeMethodName = keyof typeof bridgeMethods;
export type BridgeEventName = keyof typeof bridgeEvents;

/**
 * The pages of the one renderer bundle. The address fragment names each window's page
 * (`#settings`, `#history`, `#welcome`); the break and notice windows share the page without one.
 */
export const PAGES = ['break', 'settings', 'history', 'welcome'] as const;
export type PageName = (typeof PAGES)[number];

/** The page an address fragment (`location.hash`, with or without its `#`) names, or null for one that names none. */
export function pageOfFragment(fragment: string): PageName | null {
  const name = fragment.replace(/^#/, '');
  if (name === '') return 'break';
  return PAGES.find((page) => page !== 'break' && page === name) ?? null;
}

/**
 * Which pages may use each request channel: a window gets only what it uses. The preload offers
 * a page only these, and the main process refuses any other call from that page.
 */
export const channelPages = {
  'session:get': ['break'],
  'break:respond': ['break'],
  'break:finished': ['break'],
  'break:hurt': ['break'],
  'break:checkin': ['break'],
  // Every window reads its language (and the break its sounds) before its first paint.
  'settings:get': PAGES,
  // The history window puts an exercise that hurt back into the breaks (exercises.excluded).
  'settings:set': ['settings', 'history'],
  'settings:reset': ['settings'],
  'settings:dismissNotice': ['settings'],
  'firstRun:complete': ['welcome'],
  // The end of a break shows the current streak.
  'history:get': ['history', 'break'],
  'history:export': ['history'],
  // Which meeting signals this machine can read: one full read of the OS, so only when asked.
  'meetings:signals': ['settings'],
} as const satisfies Record<(typeof bridgeMethods)[BridgeMethodName], readonly PageName[]>;

/** True when `page` may call `channel`. */
export const pageMayUse = (page: PageName, channel: keyof typeof channelPages): boolean => (channelPages[channel] as readonly PageName[]).includes(page);
