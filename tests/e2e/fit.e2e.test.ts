import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererInChromium } from './support/browser';
import { fitProblems } from './support/fit';
import { FIT_HALVES, fitSuite } from './support/fitSuite';

/**
 * Every Breakwise window at its real size, in every language and the pseudo-locale (the check is
 * tests/e2e/support/fitSuite.ts): the first half of the languages here, the rest in
 * fitLanguages.e2e.test.ts, so the two files run side by side. Here too: the check itself, and
 * the fonts it needs.
 */

describe('every window fits its real size', () => {
  const chromium = rendererInChromium({ beforeAll, afterAll });

  it('the check itself sees each kind of misfit, and leaves what is hidden on purpose alone', async () => {
    const page = await chromium.browser().newPage({ viewport: { width: 300, height: 200 } });
    await page.setContent(`<!doctype html><body style="margin: 0">
      <div style="width: 100px; overflow: hidden"><span>Unbreakablewordwiderthanitsbox</span></div>
      <p style="width: 80px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">Cut short with an ellipsis</p>
      <button style="width: 60px; height: 20px; overflow: hidden">Überspringen</button>
      <select style="width: 60px"><option>A long chosen option</option></select>
      <div style="position: relative"><button>Covered</button><div style="position: absolute; inset: 0; background: red"></div></div>
      <span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap">Only for screen readers, however long</span>
      <p hidden>Not rendered at all, however long it is</p>
      <p style="margin: 0; padding-top: 200px">Below the bottom edge</p>
    </body>`);
    const problems = await fitProblems(page, { scrollsVertically: false });
    await page.close();
    const about = (pattern: RegExp) => problems.some((problem) => pattern.test(problem));
    expect(about(/^div "Unbreakable\w+" overflows its box sideways/)).toBe(true);
    expect(about(/^p "Cut short with an ellipsis" is cut short with an ellipsis/)).toBe(true);
    expect(about(/^button "Überspringen" overflows its box sideways/)).toBe(true);
    expect(about(/^select "A long chosen option" cuts its chosen option short/)).toBe(true);
    expect(about(/^button "Covered" is covered by div/)).toBe(true);
    expect(about(/^the window scrolls/)).toBe(true);
    expect(about(/^text "Below the bottom edge" is outside the window/)).toBe(true);
    expect(about(/screen readers|Not rendered/)).toBe(false);
  });

  it('has a font for every script the windows show, so what it measures and photographs are letters, not empty boxes', async () => {
    const page = await chromium.browser().newPage();
    // Two different letters drawn alike, or a letter drawn as a character no font has, mean the script has no font here.
    const drawnAlike = (a: string, b: string) =>
      page.evaluate(
        ([first, second]) => {
          const canvas = document.createElement('canvas');
          canvas.width = 64;
          canvas.height = 64;
          const context = canvas.getContext('2d');
          if (context === null) throw new Error('no 2D canvas');
          const draw = (text: string) => {
            context.clearRect(0, 0, 64, 64);
            context.font = '40px sans-serif';
            context.fillText(text, 8, 48);
            return context.getImageData(0, 0, 64, 64).data.join(',');
          };
          return draw(first) === draw(second);
        },
        [a, b] as const,
      );
    const NO_FONT_HAS_IT = '\u{10FFFD}';
    for (const [script, first, second] of [['Latin', 'a', 'é'], ['Arabic', 'ع', 'ب'], ['Japanese', '姿', 'ル'], ['Chinese', '调', '整']] as const) {
      expect(await drawnAlike(first, second), script).toBe(false);
      expect(await drawnAlike(first, NO_FONT_HAS_IT), script).toBe(false);
    }
    await page.close();
  });

  fitSuite(chromium, FIT_HALVES[0]);
});
