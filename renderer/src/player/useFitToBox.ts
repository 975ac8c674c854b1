import { useLayoutEffect, type RefObject } from 'react';

/**
 * Scales a screen's text down a little, in steps, while its content does not fit: the break
 * screens on the smallest windows, in longer languages. It sets `--fit` on the screen (1 when
 * everything fits), which the CSS multiplies the screen's font size by; the screen fits when
 * neither it nor any of its parts marked `data-fit-part` (boxes sized by the layout, not by their
 * content) is taller inside than its box. Checked when the content changes (`contentKey`) and
 * when the window is resized, never on a timer.
 */
const SCALES = [1, 0.94, 0.88, 0.82, 0.76, 0.7] as const;
/** Sub-pixel layout rounds; a box a pixel over is rounding, not overflow. */
const SLACK_PX = 1;

const overflows = (box: Element): boolean => box.getClientRects().length > 0 && box.scrollHeight > box.clientHeight + SLACK_PX;

export function useFitToBox(ref: RefObject<HTMLElement | null>, contentKey: string): void {
  useLayoutEffect(() => {
    const screen = ref.current;
    if (screen === null) return undefined;
    const fit = (): void => {
      for (const scale of SCALES) {
        screen.style.setProperty('--fit', String(scale));
        if (![screen, ...screen.querySelectorAll('[data-fit-part]')].some(overflows)) return;
      }
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(fit);
    observer.observe(screen);
    return () => observer.disconnect();
  }, [ref, contentKey]);
}
