import { parseArgs } from 'node:util';
import { RESPONSES, type ResponsePolicy } from './responder';

export const USAGE = `Usage: npm run simulate -- --trace <day.jsonl> [--settings <settings.json>] [--respond accept|snooze|skip|ignore]

Replays a recorded day through Breakwise's engine and prints, as JSON, what it would have done.
Set TZ to replay in another time zone.`;

export interface SimulateArgs {
  readonly tracePath: string;
  readonly settingsPath: string | null;
  readonly respond: ResponsePolicy;
}

export type ParsedArgs = { kind: 'run'; args: SimulateArgs } | { kind: 'help' } | { kind: 'error'; message: string };

const isPolicy = (value: string): value is ResponsePolicy => (RESPONSES as readonly string[]).includes(value);

export function parseSimulateArgs(argv: readonly string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { trace: { type: 'string' }, settings: { type: 'string' }, respond: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help === true) return { kind: 'help' };
  if (values.trace === undefined || values.trace === '') return { kind: 'error', message: '--trace <file> is required' };
  const respond = values.respond ?? 'accept';
  if (!isPolicy(respond)) return { kind: 'error', message: `--respond must be one of ${RESPONSES.join(', ')}; got "${respond}"` };
  return { kind: 'run', args: { tracePath: values.trace, settingsPath: values.settings ?? null, respond } };
}
