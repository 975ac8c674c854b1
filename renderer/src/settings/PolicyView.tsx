import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../preload/views';
import type { UiLocale } from '../i18n/i18n';
import { AdminContactLine } from './AdminContactLine';
import { labelKey, valueText } from './fieldText';
import { valueAt } from './settingsModel';

/** Whether the organization has any say here: people with no policy at all never see its details. */
export const hasPolicy = (view: SettingsView): boolean =>
  view.adminContact !== null ||
  view.policyProblems.length > 0 ||
  view.rejected.length > 0 ||
  Object.values(view.sources).some((source) => source === 'enforced' || source === 'recommended');

/**
 * The organization's details, closed until asked for (IT teams need them, others do not): every setting that is not at its default and where its value comes from;
 * every value that gave way (the organization's, or the person's own), and every part of the
 * policy that could not be used — each with its reason.
 */
export function PolicyView({ view, locale }: { view: SettingsView; locale: UiLocale }) {
  const { t } = useTranslation();
  const fieldOf = (path: string) => view.fields.find((f) => f.path === path);
  const nameOf = (path: string) => (fieldOf(path) === undefined ? path : t(labelKey(path)));
  const sourceOf = (path: string) => view.sources[path] ?? 'default';
  const changed = view.fields.filter((f) => sourceOf(f.path) !== 'default');
  const { rejected, policyProblems } = view;
  // The details are built only while open: a closed disclosure holds nothing to find or to lay out.
  const [open, setOpen] = useState(false);
  return (
    <details className="policy" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary id="policy-summary">{t('settings.policy.heading')}</summary>
      {open && (
        <div role="region" aria-labelledby="policy-summary">
          {view.adminContact !== null && (
            <p>
              <AdminContactLine contact={view.adminContact} />
            </p>
          )}
          <h3>{t('settings.policy.changed', { count: changed.length })}</h3>
          <Table
            columns={[t('settings.policy.setting'), t('settings.policy.value'), t('settings.policy.source')]}
            rows={changed.map((field) => ({
              key: field.path,
              cells: [nameOf(field.path), valueText(t, field, valueAt(view.values, field.path), locale), t(`settings.source.${sourceOf(field.path)}`)],
            }))}
          />
          <h3>{t('settings.policy.setAside', { count: rejected.length })}</h3>
          <Table
            columns={[t('settings.policy.setting'), t('settings.policy.value'), t('settings.policy.from'), t('settings.policy.reason')]}
            rows={rejected.map((entry, index) => ({
              // The same setting can give way in more than one layer.
              key: `${entry.layer}-${entry.path}-${index}`,
              cells: [nameOf(entry.path), valueText(t, fieldOf(entry.path), entry.value, locale), t(`settings.source.${entry.layer}`), entry.reason],
            }))}
          />
          <h3>{t('settings.policy.problems', { count: policyProblems.length })}</h3>
          <Table
            columns={[t('settings.policy.where'), t('settings.policy.key'), t('settings.policy.reason')]}
            rows={policyProblems.map((problem, index) => ({ key: `${problem.source}-${index}`, cells: [problem.source, problem.key ?? '—', problem.reason] }))}
          />
        </div>
      )}
    </details>
  );
}

/** A table whose first column names each row; nothing at all when there are no rows. */
function Table({ columns, rows }: { columns: readonly string[]; rows: readonly { key: string; cells: readonly string[] }[] }) {
  if (rows.length === 0) return null;
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [first, ...rest] }) => (
          <tr key={key}>
            <th scope="row">{first}</th>
            {rest.map((cell, i) => (
              // Cells are columns: their place is their identity.
              <td key={columns[i + 1] ?? i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
