import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportState } from './useHistoryExport';
import { isolated } from '../i18n/isolated';

/** "Export CSV…" and "Export JSON…", then where the file went, or why it did not. */
export function ExportSection({ state, onExport }: { state: ExportState; onExport: (format: ExportFormat) => void }) {
  const { t } = useTranslation();
  return (
    <section className="history-section" aria-labelledby="history-export">
      <h2 id="history-export">{t('history.export.heading')}</h2>
      <p className="hint">{t('history.export.intro')}</p>
      <div className="actions">
        <button type="button" aria-busy={state.status === 'saving' && state.format === 'csv'} onClick={() => onExport('csv')}>
          {t('history.export.csv')}
        </button>
        <button type="button" aria-busy={state.status === 'saving' && state.format === 'json'} onClick={() => onExport('json')}>
          {t('history.export.json')}
        </button>
      </div>
      {/* Both regions are there from the start, so what appears in them is announced. */}
      <p role="status" className="export-status">
        {state.status === 'saved' ? t('history.export.saved', { path: isolated(state.path) }) : ''}
      </p>
      <p role="alert" className="error">
        {state.status === 'failed' ? t('history.export.failed', { message: isolated(state.message) }) : ''}
      </p>
    </section>
  );
}
