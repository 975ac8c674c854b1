import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { getBridge } from './bridge';
import { createI18n, pickLocale } from './i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
const i18n = await createI18n(pickLocale(navigator.languages));
document.documentElement.lang = i18n.language;
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App bridge={getBridge()} />
      </I18nextProvider>
    </StrictMode>,
  );
}
