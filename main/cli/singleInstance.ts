import type { AppLike } from '../platform/electronApi';
import { commandSchema, type Command } from './commandLine';

/** The key under which a second instance hands its command to the first. */
const FORWARDED = 'breakwiseCommand';

/**
 * Takes the single-instance lock, handing `command` to the running instance if there is one.
 * Returns true when this process is the one that runs Breakwise.
 */
export function claimSingleInstance(app: AppLike, command: Command): boolean {
  return app.requestSingleInstanceLock({ [FORWARDED]: command });
}

/**
 * In the running instance: commands arriving from later launches. What they carry is parsed
 * like any other outside input; something unreadable is reported and ignored.
 */
export function onForwardedCommands(app: AppLike, apply: (command: Command) => void, report: (problem: string) => void): void {
  app.on('second-instance', (_event, _argv, _cwd, additionalData) => {
    const forwarded = (additionalData as Record<string, unknown> | null | undefined)?.[FORWARDED];
    const parsed = commandSchema.safeParse(forwarded ?? { type: 'launch' });
    if (parsed.success) apply(parsed.data);
    else report(`ignored a forwarded command: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  });
}
