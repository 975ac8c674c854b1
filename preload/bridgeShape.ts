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
} as const;

export const bridgeEvents = {
  onSessionChanged: 'session:changed',
  onSettingsChanged: 'settings:changed',
} as const;

export type BridgeMethodName = keyof typeof bridgeMethods;
export type BridgeEventName = keyof typeof bridgeEvents;
