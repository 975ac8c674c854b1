import Conf from 'conf';
import { openDocument } from '../../main/store/documentStore';
import { counterDefinition } from './counterDocument';

/**
 * The victim of killLoop.test.ts, bundled and run with plain node. Opens the counter document in
 * the directory given as its argument and raises `tally` as fast as it can, writing each value
 * through `flush()` and printing `done <tally>` only after the write returned. stdout to a
 * pipe is synchronous on Linux and macOS, so a printed line always follows a completed write.
 */

/** Ends on its own if the parent never kills it (a parent that crashed, say). */
const MAX_WRITES = 5_000;

const directory = process.argv[2];
if (directory === undefined) throw new Error('usage: killLoopChild <directory>');

const doc = openDocument(counterDefinition, {
  directory,
  backend: (options) => new Conf(options),
  timers: {
    after: (delayMs, callback) => {
      const timer = setTimeout(callback, delayMs);
      return () => clearTimeout(timer);
    },
  },
  wallClock: Date.now,
  onWriteError: (error) => {
    process.stderr.write(`write failed: ${error.message}\n`);
    process.exit(2);
  },
});
if (doc.recovery !== null) process.stdout.write(`recovery ${JSON.stringify(doc.recovery)}\n`);
process.stdout.write(`open ${doc.get().tally}\n`);

for (let n = 0; n < MAX_WRITES; n++) {
  doc.update((counter) => ({ tally: counter.tally + 1 }), 'soon');
  doc.flush();
  process.stdout.write(`done ${doc.get().tally}\n`);
}
