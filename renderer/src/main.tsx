import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { getBridge } from './bridge';
import { createI18n } from './i18n/i18n';
import { localeFor } from './i18n/useLanguageSetting';
import './styles.css';

const root = document.getElementById('root');
const bridge = getBridge();
// Ask for the language setting before the first paint, so the window never flashes another language.
const settings = await bridge.getSettings();
const i18n = await createI18n(localeFor(settings.ok ? settings.value.values.appearance.language : 'system', navigator.languages));
document.documentElement.lang = i18n.language;
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App bridge={bridge} />
      </I18nextProvider>
    </StrictMode>,
  );
}
