import { afterAll, beforeAll, describe } from 'vitest';
import { rendererInChromium } from './support/browser';
import { FIT_HALVES, fitSuite } from './support/fitSuite';

/** Every Breakwise window at its real size, in the second half of the languages (the first half: fit.e2e.test.ts). */
describe('every window fits its real size, continued', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });
  fitSuite(chromium, FIT_HALVES[1]);
});
