import { DEFAULT_SETTINGS } from '../../main/core/settings';
import { parseSimulateArgs, USAGE } from './args';
import { InputFileError, readInputText } from './inputText';
import { runSimulation } from './runSimulation';
import { parseSettingsFile, SettingsFileError } from './settingsFile';
import { parseTrace, TraceError } from './trace';

/** Exit code for bad input: the command line, the trace or the settings file. */
export const EXIT_BAD_INPUT = 2;

export function main(argv: readonly string[]): number {
  const parsed = parseSimulateArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`breakwise simulate: ${parsed.message}\n\n${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { tracePath, settingsPath, respond } = parsed.args;
    const settings = settingsPath === null ? DEFAULT_SETTINGS : parseSettingsFile(readInputText(settingsPath, 'settings'));
    const trace = parseTrace(readInputText(tracePath, 'trace'));
    process.stdout.write(`${JSON.stringify(runSimulation(trace, settings, respond), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof TraceError || error instanceof SettingsFileError || error instanceof InputFileError) {
      process.stderr.write(`breakwise simulate: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
