import { settingField } from '../../core/preferences/settingFields';
import {
  ADMX_REVISION,
  admxPolicies,
  CATEGORIES,
  explainId,
  hasPresentation,
  optionId,
  POLICY_DEFINITIONS_XMLNS,
  SUPPORTED_ON_ID,
  type AdmxPolicy,
} from './admxPolicies';
import { displayName, registryType, ruleNotes, valueDescription } from './policyWords';
import { escapeText, indent, XML_DECLARATION } from './xml';

/**
 * en-US/breakwise.adml: the display names, explanations and input controls of breakwise.admx.
 * The explanation says what a key does, what value it takes, where it is written and whether
 * people can still change it, so the Group Policy editor alone is enough to set one up.
 */

const LEVEL_NOTES: Readonly<Record<AdmxPolicy['level'], string>> = {
  mandatory: 'Mandatory: people cannot change this value; Breakwise shows it as managed by your organization.',
  recommended: 'Recommended: sets the starting value, which people can change in their settings. A mandatory policy for the same key wins.',
};
const BOOLEAN_NOTE = 'Enabled sets true, Disabled sets false, Not configured leaves the choice to the person.';

function explainText(policy: AdmxPolicy): string {
  const { key } = policy;
  const rules = ruleNotes(key);
  return [
    key.summary,
    '',
    `Value: ${valueDescription(key)}.${key.kind.type === 'boolean' ? ` ${BOOLEAN_NOTE}` : ''}`,
    ...(rules.length > 0 ? [`Together with other settings: ${rules.join('; ')}. The value from the lower level gives way when one is broken.`] : []),
    `Registry: HKLM or HKCU\\${policy.registryKey}, value ${key.name} (${registryType(key)}).`,
    '',
    LEVEL_NOTES[policy.level],
  ].join('\n');
}

const stringXml = (id: string, text: string): string => `<string id="${id}">${escapeText(text)}</string>`;

function policyStrings(policy: AdmxPolicy): string[] {
  const kind = policy.key.kind;
  const options = kind.type === 'choice' ? kind.options.map((option) => stringXml(optionId(policy, option), option)) : [];
  return [stringXml(policy.id, displayName(policy.key)), stringXml(explainId(policy), explainText(policy)), ...options];
}

/** The value the editor's box starts with: the setting's default, or the lowest allowed value. */
function startingNumber(policy: AdmxPolicy, min: number): number {
  const path = policy.key.settingPath;
  const value = path === null ? undefined : settingField(path)?.defaultValue;
  return typeof value === 'number' ? value : min;
}

function control(policy: AdmxPolicy): string {
  const { key } = policy;
  const label = escapeText(displayName(key));
  const kind = key.kind;
  switch (kind.type) {
    case 'boolean':
      return '';
    case 'integer':
      return `<decimalTextBox refId="${key.name}" defaultValue="${startingNumber(policy, kind.min)}">${label}</decimalTextBox>`;
    case 'text':
      return `<textBox refId="${key.name}"><label>${label}</label></textBox>`;
    case 'list':
      return `<multiTextBox refId="${key.name}">${label} (one per line)</multiTextBox>`;
    case 'choice': {
      const path = key.settingPath;
      const defaultIndex = Math.max(0, kind.options.indexOf(String(path === null ? '' : settingField(path)?.defaultValue)));
      return `<dropdownList refId="${key.name}" noSort="true" defaultItem="${defaultIndex}">${label}</dropdownList>`;
    }
  }
}

export function buildAdml(policies: readonly AdmxPolicy[] = admxPolicies()): string {
  const strings = [
    ...Object.values(CATEGORIES).map((category) => stringXml(category.id, category.title)),
    stringXml(SUPPORTED_ON_ID, 'Breakwise 0.1 and later'),
    ...policies.flatMap(policyStrings),
  ];
  const presentations = policies.filter(hasPresentation).map((policy) => `<presentation id="${policy.id}">${control(policy)}</presentation>`);
  return [
    XML_DECLARATION,
    `<policyDefinitionResources revision="${ADMX_REVISION}" schemaVersion="1.0" xmlns="${POLICY_DEFINITIONS_XMLNS}">`,
    '  <displayName>Breakwise</displayName>',
    '  <description>Policies for Breakwise, the ergonomic break assistant.</description>',
    '  <resources>',
    ...indent(['<stringTable>', ...indent(strings, 1), '</stringTable>', '<presentationTable>', ...indent(presentations, 1), '</presentationTable>'], 2),
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
}
