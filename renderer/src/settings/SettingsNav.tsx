import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from './layout';

export interface SettingsNavProps {
  readonly sections: readonly SectionId[];
  readonly current: SectionId;
  readonly onSelect: (section: SectionId) => void;
}

/** The next section for an arrow key, Home or End (wrapping round at either end); null for any other key. */
function targetIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowUp':
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The list of sections beside the settings: one button each, the shown one marked with
 * aria-current. Tab stops once, on the shown section's button; the arrow keys, Home and End move
 * along the list and show the section they land on.
 */
export function SettingsNav({ sections, current, onSelect }: SettingsNavProps) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = targetIndex(event.key, index, sections.length);
    const section = next === null ? undefined : sections[next];
    if (next === null || section === undefined) return;
    event.preventDefault();
    onSelect(section);
    list.current?.querySelectorAll('button')[next]?.focus();
  };
  return (
    <nav className="settings-nav" aria-label={t('settings.nav')}>
      <ul ref={list}>
        {sections.map((section, index) => (
          <li key={section}>
            <button
              type="button"
              // One stop for Tab (the shown section); the arrow keys move along the list.
              tabIndex={section === current ? 0 : -1}
              aria-current={section === current ? 'page' : undefined} aria-controls="settings-panel" onClick={() => onSelect(section)} onKeyDown={(event) => onKeyDown(event, index)}>
              {t(`settings.sections.${section}`)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
