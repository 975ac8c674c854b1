import type { Cancel } from '../core/ports';

/** The part of a page (Electron's WebContents) that recovery touches. */
export interface RecoverablePage {
  readonly id: number;
  isDestroyed(): boolean;
  /** Loads the page again; Chromium starts a new renderer process for it. */
  reload(): void;
}

/** What Electron's `render-process-gone` says about the end of a renderer. */
export interface PageGoneDetails {
  readonly reason: string;
  readonly exitCode: number;
}

export interface PageRecoveryPorts {
  /** Monotonic milliseconds. */
  readonly nowMs: () => number;
  readonly after: (delayMs: number, callback: () => void) => Cancel;
  readonly log: (message: string) => void;
}

/** A page that keeps crashing is reloaded at most this often, so a crash loop costs little; a single crash is mended at once. */
export const RELOAD_SPACING_MS = 10_000;

/**
 * Brings back a window whose renderer crashed, was killed or ran out of memory: the page is
 * reloaded in the same window (its place, size and level stay), and on loading it asks for the
 * current session as every page does — so a break in progress, or a notice, is shown again with
 * its own end time. A renderer that exits cleanly (its window closing) is left alone.
 */
export class PageRecovery {
  private readonly lastReloadMs = new Map<number, number>();
  private readonly pending = new Map<number, Cancel>();

  constructor(private readonly ports: PageRecoveryPorts) {}

  /** Electron's `app` `render-process-gone`, for any of our pages. */
  pageGone(page: RecoverablePage, details: PageGoneDetails): void {
    if (details.reason === 'clean-exit' || page.isDestroyed() || this.pending.has(page.id)) return;
    const last = this.lastReloadMs.get(page.id);
    const waitMs = last === undefined ? 0 : Math.max(0, last + RELOAD_SPACING_MS - this.ports.nowMs());
    this.ports.log(`a window's page stopped (${details.reason}, exit code ${details.exitCode}); reloading it${waitMs > 0 ? ` in ${Math.ceil(waitMs / 1000)} s` : ''}`);
    if (waitMs === 0) return this.reload(page);
    this.pending.set(
      page.id,
      this.ports.after(waitMs, () => {
        this.pending.delete(page.id);
        this.reload(page);
      }),
    );
  }

  dispose(): void {
    this.pending.forEach((cancel) => cancel());
    this.pending.clear();
  }

  private reload(page: RecoverablePage): void {
    if (page.isDestroyed()) return;
    this.lastReloadMs.set(page.id, this.ports.nowMs());
    page.reload();
  }
}
