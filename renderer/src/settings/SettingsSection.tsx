import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsSectionLayout } from './layout';
import { SettingField } from './SettingField';
import { valueAt, type SettingsModel } from './settingsModel';

/** The section the window shows: a heading, and its settings, grouped under a legend where they belong together. */
export function SettingsSection({ layout, model, children }: { layout: SettingsSectionLayout; model: SettingsModel; children?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `section-${layout.id}`;
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`settings.sections.${layout.id}`)}</h2>
      {layout.groups.map((group) => {
        if (group.shownWhen !== undefined && valueAt(model.view.values, group.shownWhen) !== true) return null;
        const fields = group.paths.map((path) => <SettingField key={path} path={path} model={model} />);
        const className = group.className === undefined ? 'group' : `group ${group.className}`;
        return group.legend === undefined ? (
          <div key={group.paths.join()} className={className}>
            {fields}
          </div>
        ) : (
          <fieldset key={group.legend} className={className}>
            <legend>{t(`settings.groups.${group.legend}`)}</legend>
            {fields}
          </fieldset>
        );
      })}
      {children}
    </section>
  );
}
