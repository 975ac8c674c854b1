import { useTranslation } from 'react-i18next';
import type { BreakwiseBridge } from './bridge';
import { Notice } from './components/Notice';
import { useSession } from './hooks/useSession';
import { useSettingsView } from './hooks/useSettingsView';
import { useLanguageSetting } from './i18n/useLanguageSetting';
import { BreakPlayer } from './player/BreakPlayer';
import type { SoundSettings } from './player/useCues';
import { isolated } from './i18n/isolated';

const SILENT: SoundSettings = { chime: false, voice: false };

/** The break and notice windows: shows whatever the main process says they are for. */
export function BreakWindow({ bridge }: { bridge: BreakwiseBridge }) {
  const { t } = useTranslation();
  const state = useSession(bridge);
  const settings = useSettingsView(bridge);
  const values = settings.status === 'ready' ? settings.value.values : null;
  useLanguageSetting(settings.status === 'ready' ? settings.value : null);
  // The break waits for the sound settings too, so its first cue is not lost.
  if (state.status === 'loading' || settings.status === 'loading') return null;
  if (state.status === 'error') return <p role="alert">{t('errors.bridge', { message: isolated(state.message) })}</p>;
  const session = state.value;
  if (session.mode === 'notice') return <Notice bridge={bridge} session={session} />;
  if (session.mode === 'break') return <BreakPlayer bridge={bridge} session={session} sound={values?.sound ?? SILENT} />;
  return (
    <main className="idle">
      <h1 className="visually-hidden">{t('app.name')}</h1>
      <p>{t('idle.message')}</p>
    </main>
  );
}
