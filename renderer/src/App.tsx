import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from './bridge';
import { BreakPlayer } from './player/BreakPlayer';
import { Notice } from './components/Notice';
import { useSession } from './hooks/useSession';

/** Shows whatever the main process says this window is for: nothing, a notice or a break. */
export function App({ bridge }: { bridge: BreakwiseBridge }) {
  const { t } = useTranslation();
  const state = useSession(bridge);
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <p role="alert">{t('errors.bridge', { message: state.message })}</p>;
  const { session } = state;
  if (session.mode === 'notice') return <Notice bridge={bridge} session={session} />;
  if (session.mode === 'break') return <BreakPlayer bridge={bridge} session={session} />;
  return (
    <main className="idle">
      <h1 className="visually-hidden">{t('app.name')}</h1>
      <p>{t('idle.message')}</p>
    </main>
  );
}
