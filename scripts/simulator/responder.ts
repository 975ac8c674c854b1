import type { BreakOptions } from '../../main/core/engine/effects';
import type { BreakResponse } from '../../main/core/engine/events';

export const RESPONSES = ['accept', 'snooze', 'skip', 'ignore'] as const;
export type ResponsePolicy = (typeof RESPONSES)[number];

/**
 * What the simulated person does when a break is prompted: null for nothing at all. A person
 * who wants to snooze or skip but is not allowed to takes the break instead.
 */
export function respondTo(policy: ResponsePolicy, options: BreakOptions): BreakResponse | null {
  switch (policy) {
    case 'accept':
      return 'start';
    case 'snooze':
      return options.canSnooze ? 'snooze' : 'start';
    case 'skip':
      return options.canSkip ? 'skip' : 'start';
    case 'ignore':
      return null;
  }
}
