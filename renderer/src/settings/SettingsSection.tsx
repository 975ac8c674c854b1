import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsSectionLayout } from './layout';
import { SettingField } from './SettingField';
import type { SettingsModel } from './settingsModel';

/** One section of the window: a heading, and its settings, grouped under a legend where they belong together. */
export function SettingsSection({ layout, model, children }: { layout: SettingsSectionLayout; model: SettingsModel; children?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `section-${layout.id}`;
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`settings.sections.${layout.id}`)}</h2>
      {layout.groups.map((group) => {
        const fields = group.paths.map((path) => <SettingField key={path} path={path} model={model} />);
        return group.legend === undefined ? (
          <div key={group.paths.join()} className="group">
            {fields}
          </div>
        ) : (
          <fieldset key={group.legend} className="group">
            <legend>{t(`settings.groups.${group.legend}`)}</legend>
            {fields}
          </fieldset>
        );
      })}
      {children}
    </section>
  );
}
