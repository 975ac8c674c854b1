import { lazy, Suspense } from 'react';
import { pageOfFragment, type PageName } from '../../preload/bridgeShape';
import type { BreakwiseBridge } from './bridge';
import { BreakWindow } from './BreakWindow';
import { ErrorBoundary, type WayOut } from './components/ErrorBoundary';

// The break and notice windows are loaded once and kept hidden; they carry only their own code.
// The settings, history and welcome windows are opened now and then, and load theirs when opened.
const SettingsWindow = lazy(() => import('./settings/SettingsWindow').then((module) => ({ default: module.SettingsWindow })));
const HistoryWindow = lazy(() => import('./history/HistoryWindow').then((module) => ({ default: module.HistoryWindow })));
const FirstRunWindow = lazy(() => import('./welcome/FirstRunWindow').then((module) => ({ default: module.FirstRunWindow })));

/**
 * One bundle serves every Breakwise window; the main process opens each with its own address
 * fragment (#settings, #history, #welcome). The break and notice windows have none. Every window
 * sits in an error boundary with its own way out.
 */
export function App({ bridge, route = window.location.hash }: { bridge: BreakwiseBridge; route?: string }) {
  const page = pageOfFragment(route) ?? 'break';
  return (
    <ErrorBoundary wayOut={wayOutOf(page, bridge)}>
      <Suspense fallback={null}>
        <PageWindow page={page} bridge={bridge} />
      </Suspense>
    </ErrorBoundary>
  );
}

function PageWindow({ page, bridge }: { page: PageName; bridge: BreakwiseBridge }) {
  switch (page) {
    case 'settings':
      return <SettingsWindow bridge={bridge} />;
    case 'history':
      return <HistoryWindow bridge={bridge} />;
    case 'welcome':
      return <FirstRunWindow bridge={bridge} />;
    case 'break':
      return <BreakWindow bridge={bridge} />;
  }
}

/** A failed break ends as finished (and is recorded so); the window tries again with the next session. Other windows close. */
const wayOutOf = (page: PageName, bridge: BreakwiseBridge): WayOut =>
  page === 'break' ? { kind: 'endBreak', take: () => bridge.finishBreak(), retryOn: bridge.onSessionChanged } : { kind: 'closeWindow', take: () => window.close() };
