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
import type { Language } from '../../core/shared/languages';
import { ADML_WORDING, optionLabel, type AdmlWording } from './admlWording';
import { displayName, filled, registryType, ruleNotes, summary, valueDescription } from './policyWords';
import { escapeText, indent, XML_DECLARATION } from './xml';

/**
 * <culture>/breakwise.adml: the display names, explanations and input controls of breakwise.admx,
 * in one language. The explanation says what a key does, what value it takes, where it is written
 * and whether people can still change it, so the Group Policy editor alone is enough to set one up.
 */

function explainText(policy: AdmxPolicy, wording: AdmlWording): string {
  const { key } = policy;
  const rules = ruleNotes(key, wording);
  const value = filled(wording.valueLine, { value: valueDescription(key, wording) });
  return [
    summary(key, wording),
    '',
    key.kind.type === 'boolean' ? `${value} ${wording.booleanNote}` : value,
    ...(rules.length > 0 ? [filled(wording.rulesLine, { rules: rules.join(wording.ruleSeparator) })] : []),
    filled(wording.registryLine, { key: policy.registryKey, name: key.name, type: registryType(key) }),
    '',
    policy.level === 'mandatory' ? wording.mandatoryNote : wording.recommendedNote,
  ].join('\n');
}

const stringXml = (id: string, text: string): string => `<string id="${id}">${escapeText(text)}</string>`;

function policyStrings(policy: AdmxPolicy, wording: AdmlWording, language: Language): string[] {
  const kind = policy.key.kind;
  const options = kind.type === 'choice' ? kind.options.map((option) => stringXml(optionId(policy, option), optionLabel(language, policy.key.settingPath, option))) : [];
  return [stringXml(policy.id, displayName(policy.key, wording)), stringXml(explainId(policy), explainText(policy, wording)), ...options];
}

/** The value the editor's box starts with: the setting's default, or the lowest allowed value. */
function startingNumber(policy: AdmxPolicy, min: number): number {
  const path = policy.key.settingPath;
  const value = path === null ? undefined : settingField(path)?.defaultValue;
  return typeof value === 'number' ? value : min;
}

function control(policy: AdmxPolicy, wording: AdmlWording): string {
  const { key } = policy;
  const label = escapeText(displayName(key, wording));
  const kind = key.kind;
  switch (kind.type) {
    case 'boolean':
      return '';
    case 'integer':
      return `<decimalTextBox refId="${key.name}" defaultValue="${startingNumber(policy, kind.min)}">${label}</decimalTextBox>`;
    case 'text':
      return `<textBox refId="${key.name}"><label>${label}</label></textBox>`;
    case 'list':
      return `<multiTextBox refId="${key.name}">${escapeText(filled(wording.onePerLine, { label: displayName(key, wording) }))}</multiTextBox>`;
    case 'choice': {
      const path = key.settingPath;
      const defaultIndex = Math.max(0, kind.options.indexOf(String(path === null ? '' : settingField(path)?.defaultValue)));
      return `<dropdownList refId="${key.name}" noSort="true" defaultItem="${defaultIndex}">${label}</dropdownList>`;
    }
  }
}

export function buildAdml(language: Language = 'en', policies: readonly AdmxPolicy[] = admxPolicies()): string {
  const wording = ADML_WORDING[language];
  const strings = [
    // The product's name is the same in every language.
    stringXml(CATEGORIES.mandatory.id, 'Breakwise'),
    stringXml(CATEGORIES.recommended.id, wording.recommendedCategory),
    stringXml(SUPPORTED_ON_ID, wording.supportedOn),
    ...policies.flatMap((policy) => policyStrings(policy, wording, language)),
  ];
  const presentations = policies.filter(hasPresentation).map((policy) => `<presentation id="${policy.id}">${control(policy, wording)}</presentation>`);
  return [
    XML_DECLARATION,
    `<policyDefinitionResources revision="${ADMX_REVISION}" schemaVersion="1.0" xmlns="${POLICY_DEFINITIONS_XMLNS}">`,
    '  <displayName>Breakwise</displayName>',
    `  <description>${escapeText(wording.description)}</description>`,
    '  <resources>',
    ...indent(['<stringTable>', ...indent(strings, 1), '</stringTable>', '<presentationTable>', ...indent(presentations, 1), '</presentationTable>'], 2),
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
}
