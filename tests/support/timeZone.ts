import { afterEach, beforeEach } from 'vitest';

/** Runs each test of the enclosing block in `zone` (Node re-reads TZ when it changes), then restores it. */
export function pinTimeZone(zone: string): void {
  let previous: string | undefined;
  beforeEach(() => {
    previous = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    process.env.TZ = previous;
  });
}
