import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BREAK_KINDS } from '../core/shared/breakKinds';
import { MINUTES_PER_HOUR } from '../core/time';

/**
 * Breakwise's command line. A command is carried out by the running instance (forwarded
 * through the single-instance lock) or, when none runs, by the instance it starts.
 */
export const USAGE = `Usage: breakwise [option]

  --pause <length>         Pause break reminders: 30m, 1h, 2h, 1h30m (up to 24h),
                           "tomorrow" (until local midnight) or "indefinitely"
  --resume                 Resume after a pause
  --break-now [kind]       Start a break now: micro (posture reset, default) or routine
  --quit                   Quit the running Breakwise
  --policy-report          Print every setting's effective value and where it came
                           from, and every rejected policy value with its reason,
                           as JSON, and exit (for helpdesks)
  --help                   Show this help and exit
  --version                Show the version and exit`;

export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('launch') }),
  z.strictObject({ type: z.literal('pause'), until: z.union([z.strictObject({ minutes: z.number().int().min(1).max(24 * 60) }), z.enum(['tomorrow', 'indefinitely'])]) }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('breakNow'), kind: z.enum(BREAK_KINDS) }),
  z.strictObject({ type: z.literal('quit') }),
]);
export type Command = z.infer<typeof commandSchema>;

export type CommandLine = { kind: 'command'; command: Command } | { kind: 'print'; text: string } | { kind: 'policyReport' } | { kind: 'error'; message: string };

const MAX_PAUSE_MINUTES = 24 * MINUTES_PER_HOUR;
const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?$/;

/**
 * Switches Electron and Chromium accept on any app's command line; Breakwise leaves them be.
 * `--user-data-dir` is where Electron keeps the app's data (and its single-instance lock); a test
 * or a second profile sets it. `--remote-debugging-port` is Chromium's own and works whatever we
 * parse; refusing it here would only stop test tools that drive the packaged app.
 */
const RUNTIME_SWITCHES = /^--(no-sandbox|enable-logging|disable-gpu|ozone-platform(=.*)?|enable-features=.*|disable-features=.*|enable-wayland-ime|user-data-dir=.+|remote-debugging-port=\d+)$/;

function parsePause(text: string): Command | string {
  if (text === 'tomorrow' || text === 'indefinitely') return { type: 'pause', until: text };
  const match = DURATION.exec(text);
  const minutes = match === null || text === '' ? NaN : Number(match[1] ?? 0) * MINUTES_PER_HOUR + Number(match[2] ?? 0);
  if (!Number.isFinite(minutes) || minutes < 1) return `--pause needs a length like 30m, 1h or 1h30m, or "tomorrow" or "indefinitely"; got "${text}"`;
  if (minutes > MAX_PAUSE_MINUTES) return `--pause is at most 24h; got "${text}"`;
  return { type: 'pause', until: { minutes } };
}

export function parseCommandLine(argv: readonly string[], version: string): CommandLine {
  const args = argv.filter((arg) => !RUNTIME_SWITCHES.test(arg));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        pause: { type: 'string' },
        resume: { type: 'boolean' },
        'break-now': { type: 'boolean' },
        quit: { type: 'boolean' },
        'policy-report': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'print', text: USAGE };
  if (values.version === true) return { kind: 'print', text: `Breakwise ${version}` };
  const given = (['pause', 'resume', 'break-now', 'quit', 'policy-report'] as const).filter((name) => values[name] !== undefined);
  if (given.length > 1) return { kind: 'error', message: `give one command at a time (got --${given.join(', --')})` };
  const breakKind = values['break-now'] === true ? (positionals.shift() ?? 'micro') : null;
  if (positionals.length > 0) return { kind: 'error', message: `unexpected argument "${positionals[0]}"` };
  if (values['policy-report'] === true) return { kind: 'policyReport' };
  if (values.pause !== undefined) {
    const pause = parsePause(values.pause);
    return typeof pause === 'string' ? { kind: 'error', message: pause } : { kind: 'command', command: pause };
  }
  if (values.resume === true) return { kind: 'command', command: { type: 'resume' } };
  if (values.quit === true) return { kind: 'command', command: { type: 'quit' } };
  if (breakKind !== null) {
    if (breakKind !== 'micro' && breakKind !== 'routine') return { kind: 'error', message: `--break-now takes "micro" or "routine"; got "${breakKind}"` };
    return { kind: 'command', command: { type: 'breakNow', kind: breakKind } };
  }
  return { kind: 'command', command: { type: 'launch' } };
}

/** Exit code for a command line Breakwise cannot understand. */
export const EXIT_BAD_ARGUMENTS = 2;
