import { minutesToMs } from '../time';
import type { AdminPolicy } from './policyLayers';

/** Why a pause the person asked for is not allowed by the organization, or null when it is. */
export function pauseRefusal(admin: AdminPolicy, nowWallMs: number, untilWallMs: number | null): string | null {
  if (!admin.allowPause) return 'Pausing is turned off by your organization.';
  const max = admin.maxPauseMinutes;
  if (max === null) return null;
  if (untilWallMs === null || untilWallMs - nowWallMs > minutesToMs(max)) return `Your organization allows pauses of up to ${max} minutes.`;
  return null;
}

/** What the tray may offer under this policy. */
export const trayRights = (admin: AdminPolicy) => ({ allowPause: admin.allowPause, maxPauseMinutes: admin.maxPauseMinutes, allowQuit: admin.allowQuit });
