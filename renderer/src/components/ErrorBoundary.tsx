import { Component, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How a window that failed lets the person go on. */
export interface WayOut {
  /** End the break (break and notice windows) or close the window (the others). */
  readonly kind: 'endBreak' | 'closeWindow';
  readonly take: () => unknown;
  /** Something after which the window is worth showing again (a new session), if any. */
  readonly retryOn?: (retry: () => void) => () => void;
}

interface Props {
  readonly wayOut: WayOut;
  readonly children: ReactNode;
}

/**
 * Catches what a window's components throw while rendering, so a bug shows a plain message and a
 * way out instead of an empty window that cannot be dismissed — on a break window, one that
 * covers the whole display.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private readonly retry = (): void => this.setState({ failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <WindowFailure wayOut={this.props.wayOut} retry={this.retry} />;
  }
}

function WindowFailure({ wayOut, retry }: { wayOut: WayOut; retry: () => void }) {
  const { t } = useTranslation();
  const { retryOn } = wayOut;
  useEffect(() => retryOn?.(retry), [retryOn, retry]);
  // Once the break has ended, the window renders afresh: the next break gets a clean start.
  const take = () => void Promise.resolve(wayOut.take()).finally(retry);
  return (
    <main className="window-failure" role="alert">
      <p>{t('errors.window.message')}</p>
      <button type="button" onClick={take}>
        {wayOut.kind === 'endBreak' ? t('errors.window.endBreak') : t('errors.window.close')}
      </button>
    </main>
  );
}
