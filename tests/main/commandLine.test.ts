import { describe, expect, it } from 'vitest';
import { parseCommandLine, type Command } from '../../main/cli/commandLine';
import { claimSingleInstance, onForwardedCommands } from '../../main/cli/singleInstance';
import { FakeApp, InstanceRegistry } from '../support/electron/recordingElectron';

describe('command line parsing', () => {
  it.each<[string[], Command]>([
    [[], { type: 'launch' }],
    [['--pause', '30m'], { type: 'pause', until: { minutes: 30 } }],
    [['--pause', '1h'], { type: 'pause', until: { minutes: 60 } }],
    [['--pause=1h30m'], { type: 'pause', until: { minutes: 90 } }],
    [['--pause', '24h'], { type: 'pause', until: { minutes: 1440 } }],
    [['--pause', 'tomorrow'], { type: 'pause', until: 'tomorrow' }],
    [['--pause', 'indefinitely'], { type: 'pause', until: 'indefinitely' }],
    [['--resume'], { type: 'resume' }],
    [['--break-now'], { type: 'breakNow', kind: 'micro' }],
    [['--break-now', 'routine'], { type: 'breakNow', kind: 'routine' }],
    [['--quit'], { type: 'quit' }],
    [['--no-sandbox', '--resume'], { type: 'resume' }],
    [['--user-data-dir=/tmp/profile', '--break-now'], { type: 'breakNow', kind: 'micro' }],
    [['--remote-debugging-port=9222'], { type: 'launch' }],
  ])('%j → %j', (argv, command) => {
    expect(parseCommandLine(argv, '1.2.3')).toEqual({ kind: 'command', command });
  });

  it.each([
    [['--help'], /Usage: breakwise/],
    [['--version'], /^Breakwise 1\.2\.3$/],
  ])('%j prints and exits', (argv, text) => {
    const result = parseCommandLine(argv, '1.2.3');
    expect(result.kind).toBe('print');
    if (result.kind === 'print') expect(result.text).toMatch(text);
  });

  it('--policy-report asks for the report (printed by the app, which then exits 0)', () => {
    expect(parseCommandLine(['--policy-report'], '1.2.3')).toEqual({ kind: 'policyReport' });
    expect(parseCommandLine(['--help'], '1.2.3')).toMatchObject({ text: expect.stringContaining('--policy-report') });
  });

  it.each([
    [['--pause'], /argument missing|--pause/],
    [['--pause', '0m'], /needs a length/],
    [['--pause', '90s'], /needs a length/],
    [['--pause', '25h'], /at most 24h/],
    [['--pause', ''], /needs a length/],
    [['--break-now', 'nap'], /"micro" or "routine"/],
    [['--resume', '--quit'], /one command at a time/],
    [['--policy-report', '--quit'], /one command at a time/],
    [['--policy-report=yes'], /does not take an argument/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['stray'], /unexpected argument "stray"/],
  ])('%j is refused with a clear message', (argv, message) => {
    const result = parseCommandLine(argv, '1.2.3');
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.message).toMatch(message);
  });
});

describe('forwarding to the running instance', () => {
  it('the first launch holds the lock; a later one hands its command over and stops', () => {
    const registry = new InstanceRegistry();
    const running = new FakeApp(registry);
    const received: Command[] = [];
    expect(claimSingleInstance(running, { type: 'launch' })).toBe(true);
    onForwardedCommands(running, (command) => received.push(command), () => undefined);

    const second = new FakeApp(registry);
    expect(claimSingleInstance(second, { type: 'pause', until: { minutes: 30 } })).toBe(false);
    expect(claimSingleInstance(new FakeApp(registry), { type: 'breakNow', kind: 'routine' })).toBe(false);
    expect(received).toEqual([
      { type: 'pause', until: { minutes: 30 } },
      { type: 'breakNow', kind: 'routine' },
    ]);
  });

  it('ignores and reports a forwarded command it cannot read, changing nothing', () => {
    const registry = new InstanceRegistry();
    const running = new FakeApp(registry);
    const received: Command[] = [];
    const problems: string[] = [];
    claimSingleInstance(running, { type: 'launch' });
    onForwardedCommands(running, (command) => received.push(command), (p) => problems.push(p));
    running.emit('second-instance', {}, [], '/', { breakwiseCommand: { type: 'pause', until: { minutes: -5 } } });
    running.emit('second-instance', {}, [], '/', { breakwiseCommand: 'rm -rf' });
    expect(received).toEqual([]);
    expect(problems).toHaveLength(2);
  });
});
