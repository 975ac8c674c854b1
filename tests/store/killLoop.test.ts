import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocument } from '../../main/store/documentStore';
import { counterDefinition, readCounterFile } from './counterDocument';
import { filesIn, simulatedTimers, tempDirectory, WALL_MS } from './storeTestKit';

/**
 * kill -9 at random moments while a real process writes through the real conf: every file
 * left behind must parse, and hold at least the last value the process said it had written.
 */

const KILLS = 200;
/** Independent directories killed side by side: process start-up, not writing, is the cost. */
const LANES = 2;
/** Deterministic "random" moments; change it to explore other interleavings. */
const SEED = 0x5eed_2026;
/** Kill after 0..MAX_WRITES_BEFORE_KILL completed writes, or, one time in ten, before it opens. */
const MAX_WRITES_BEFORE_KILL = 12;
const KILL_ON_SPAWN_ONE_IN = 10;

/** mulberry32: a tiny seeded generator, enough to spread the kills. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Tally {
  kills: number;
  unreadable: number;
  lost: number;
  recoveries: number;
  /** Kills that landed after a write's rename but before its `done` line. */
  aheadOfDone: number;
  /** Temp files found after a kill: the kill landed inside a write. */
  tempFilesLeft: number;
  highest: number;
}

/** Runs the child and kills it after `killAfterWrites` `done` lines (-1: as soon as it exists). */
function runUntilKilled(script: string, directory: string, killAfterWrites: number): Promise<{ lastDone: number; recoveries: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, directory], { stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    let stderr = '';
    let lastDone = -1;
    let writes = 0;
    let recoveries = 0;
    let killed = false;
    const kill = (): void => {
      killed = true;
      child.kill('SIGKILL');
    };
    if (killAfterWrites < 0) child.once('spawn', kill);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('done ')) {
          lastDone = Number(line.slice('done '.length));
          writes++;
        } else if (line.startsWith('recovery ')) recoveries++;
      }
      if (!killed && killAfterWrites >= 0 && writes >= killAfterWrites) kill();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // 'close' comes after stdout is drained, so lines written just before the kill still count.
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ lastDone, recoveries });
      else reject(new Error(`The child ended by itself (${String(signal)}): ${stderr}`));
    });
  });
}

async function killLoop(script: string, directory: string, kills: number, random: () => number, tally: Tally): Promise<void> {
  const filePath = join(directory, 'counter.json');
  let highest = -1;
  for (let kill = 0; kill < kills; kill++) {
    const killAfterWrites = random() * KILL_ON_SPAWN_ONE_IN < 1 ? -1 : Math.floor(random() * (MAX_WRITES_BEFORE_KILL + 1));
    const run = await runUntilKilled(script, directory, killAfterWrites);
    tally.kills++;
    tally.recoveries += run.recoveries;
    highest = Math.max(highest, run.lastDone);
    tally.tempFilesLeft += filesIn(directory).filter((name) => name.includes('.tmp-')).length;
    if (!existsSync(filePath)) {
      if (highest >= 0) tally.lost++;
      continue;
    }
    let onDisk: number;
    try {
      onDisk = readCounterFile(readFileSync(filePath, 'utf8'));
    } catch {
      tally.unreadable++;
      continue;
    }
    if (onDisk < highest) tally.lost++;
    if (onDisk > run.lastDone) tally.aheadOfDone++;
  }
  tally.highest = Math.max(tally.highest, highest);
}

describe('kill -9 during writes', () => {
  let bundle: ReturnType<typeof tempDirectory>;
  const lanes = Array.from({ length: LANES }, () => tempDirectory());
  let script: string;

  beforeAll(async () => {
    bundle = tempDirectory();
    script = join(bundle.path, 'killLoopChild.mjs');
    // Bundled once, so each spawn is plain node (no TypeScript loader per process).
    await build({
      entryPoints: [join(import.meta.dirname, 'killLoopChild.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // conf's CommonJS dependencies call require(), which an ES module lacks.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
  });
  afterAll(() => {
    bundle.cleanUp();
    for (const lane of lanes) lane.cleanUp();
  });

  // About a quarter second of CPU per kill, nearly all node and conf starting up: some 25 s on
  // two idle cores. The limit is only there to stop a hang, with room for a crowded machine.
  it(`leaves a readable file holding every completed write, over ${KILLS} kills`, { timeout: 300_000 }, async () => {
    const tally: Tally = { kills: 0, unreadable: 0, lost: 0, recoveries: 0, aheadOfDone: 0, tempFilesLeft: 0, highest: -1 };
    const started = performance.now();
    await Promise.all(lanes.map((lane, i) => killLoop(script, lane.path, KILLS / LANES, seeded(SEED + i), tally)));
    const seconds = (performance.now() - started) / 1_000;
    console.info(
      `kill loop: ${tally.kills} kills in ${seconds.toFixed(1)} s (${LANES} lanes); ${tally.unreadable} unreadable, ${tally.lost} lost, ` +
        `${tally.recoveries} recoveries; ${tally.tempFilesLeft} kills inside a write (temp file left), ` +
        `${tally.aheadOfDone} between a write and its "done"; highest count ${tally.highest}`,
    );
    expect(tally).toMatchObject({ kills: KILLS, unreadable: 0, lost: 0, recoveries: 0 });
    expect(tally.highest).toBeGreaterThan(KILLS);

    // The next start sweeps away what the killed writes left and finds nothing to recover.
    for (const lane of lanes) {
      const survivor = openDocument(counterDefinition, { directory: lane.path, backend: (o) => new Conf(o), timers: simulatedTimers().timers, wallClock: () => WALL_MS });
      expect(survivor.recovery).toBeNull();
      expect(filesIn(lane.path)).toEqual(['counter.json']);
    }
  });
});
