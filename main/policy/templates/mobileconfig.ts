import { BREAKWISE_BUNDLE_ID } from '../readers/macManagedPreferences';
import { samplePolicy, type SampleValue } from './sampleValues';
import { stableUuid } from './stableUuid';
import { escapeText, indent, XML_DECLARATION } from './xml';

/**
 * breakwise.mobileconfig: a sample configuration profile for Jamf, Intune or any MDM. Its one
 * payload is a classic managed-preferences (MCX) payload for the app's bundle id with every key
 * under "Forced", which macOS writes to /Library/Managed Preferences/com.breakwise.app.plist —
 * the file the macOS reader reads. Device scope, so it applies to every user of the Mac.
 */

const PROFILE_IDENTIFIER = `${BREAKWISE_BUNDLE_ID}.policy`;
const PAYLOAD_IDENTIFIER = `${PROFILE_IDENTIFIER}.preferences`;
const PLIST_DOCTYPE = '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">';

function plistValue(value: SampleValue): string[] {
  if (typeof value === 'boolean') return [value ? '<true/>' : '<false/>'];
  if (typeof value === 'number') return [`<integer>${value}</integer>`];
  if (typeof value === 'string') return [`<string>${escapeText(value)}</string>`];
  if (value.length === 0) return ['<array/>'];
  return ['<array>', ...indent(value.map((item) => `<string>${escapeText(item)}</string>`), 1), '</array>'];
}

const entry = (key: string, value: SampleValue): string[] => [`<key>${escapeText(key)}</key>`, ...plistValue(value)];
const dict = (lines: readonly string[]): string[] => ['<dict>', ...indent(lines, 1), '</dict>'];

function preferencesPayload(): string[] {
  const settings = samplePolicy('mac').flatMap(([key, value]) => entry(key.name, value));
  const forced = ['<key>Forced</key>', '<array>', ...indent(dict(['<key>mcx_preference_settings</key>', ...dict(settings)]), 1), '</array>'];
  return dict([
    ...entry('PayloadType', 'com.apple.ManagedClient.preferences'),
    ...entry('PayloadVersion', 1),
    ...entry('PayloadIdentifier', PAYLOAD_IDENTIFIER),
    ...entry('PayloadUUID', stableUuid(PAYLOAD_IDENTIFIER)),
    ...entry('PayloadEnabled', true),
    ...entry('PayloadDisplayName', 'Breakwise policy'),
    '<key>PayloadContent</key>',
    ...dict([`<key>${BREAKWISE_BUNDLE_ID}</key>`, ...dict(forced)]),
  ]);
}

export function buildMobileconfig(): string {
  const profile = dict([
    '<key>PayloadContent</key>',
    '<array>',
    ...indent(preferencesPayload(), 1),
    '</array>',
    ...entry('PayloadDisplayName', 'Breakwise'),
    ...entry('PayloadDescription', 'Breakwise policy: the sample sets every key; keep only those your organization manages.'),
    ...entry('PayloadIdentifier', PROFILE_IDENTIFIER),
    ...entry('PayloadOrganization', 'Your organization'),
    ...entry('PayloadScope', 'System'),
    ...entry('PayloadType', 'Configuration'),
    ...entry('PayloadUUID', stableUuid(PROFILE_IDENTIFIER)),
    ...entry('PayloadVersion', 1),
  ]);
  return [XML_DECLARATION, PLIST_DOCTYPE, '<plist version="1.0">', ...profile, '</plist>', ''].join('\n');
}
