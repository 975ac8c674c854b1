import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { getBridge } from './bridge';
import { applyDocumentLanguage, createI18n, i18nextLanguage } from './i18n/i18n';
import { localeFor } from './i18n/useLanguageSetting';
import './styles.css';

const root = document.getElementById('root');
const bridge = getBridge();
// Ask for the language setting before the first paint, so the window never flashes another language.
const settings = await bridge.getSettings();
const locale = localeFor(settings.ok ? settings.value : null);
const i18n = await createI18n(locale);
applyDocumentLanguage(i18nextLanguage(locale));
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App bridge={bridge} />
      </I18nextProvider>
    </StrictMode>,
  );
}
