import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../preload/views';
import { isolated } from '../i18n/isolated';

type AdminContact = NonNullable<SettingsView['adminContact']>;

// The contact comes from the organization's policy files: only web and mail addresses become links.
const WEB_ADDRESS = /^https?:\/\/[^\s]+$/i;
const MAIL_ADDRESS = /^[^\s@/:?]+@[^\s@/:?]+$/;

/** Whom to ask about a managed setting: a name, a web page and an e-mail address, as the policy gives them. */
export function AdminContactLine({ contact }: { contact: AdminContact | null }) {
  const { t } = useTranslation();
  if (contact === null) return null;
  const { name, url, email } = contact;
  if (name === undefined && url === undefined && email === undefined) return null;
  return (
    <span className="admin-contact">
      {name === undefined ? t('settings.contact.ask') : t('settings.contact.askName', { name: isolated(name) })}{' '}
      {url !== undefined &&
        (WEB_ADDRESS.test(url) ? (
          <a href={url} target="_blank" rel="noreferrer">
            {url}
          </a>
        ) : (
          <span>{url}</span>
        ))}
      {url !== undefined && email !== undefined && ' · '}
      {email !== undefined &&
        (MAIL_ADDRESS.test(email) ? <a href={`mailto:${email}`}>{email}</a> : <span>{email}</span>)}
    </span>
  );
}
