import {
  ADMX_NAMESPACE,
  ADMX_PREFIX,
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
import { escapeAttribute, escapeText, indent, XML_DECLARATION } from './xml';

/**
 * breakwise.admx: the Group Policy (and Intune "imported ADMX") definitions of every policy key.
 * What each kind writes is exactly what the Windows reader reads: booleans as DWORD 1/0, whole
 * numbers as DWORD within the schema's limits, choices as REG_SZ and lists as REG_MULTI_SZ — the
 * `multiText` element, because the `list` element would write numbered values into a subkey.
 */

const attr = (name: string, value: string | number): string => `${name}="${escapeAttribute(String(value))}"`;

function element(policy: AdmxPolicy): string[] {
  const { key } = policy;
  const kind = key.kind;
  const ids = `${attr('id', key.name)} ${attr('valueName', key.name)}`;
  switch (kind.type) {
    case 'boolean':
      return [];
    case 'integer':
      return [`<decimal ${ids} ${attr('minValue', kind.min)} ${attr('maxValue', kind.max)} required="true" />`];
    case 'text':
      return [`<text ${ids} ${attr('maxLength', kind.maxLength)} required="true" />`];
    case 'list':
      return [`<multiText ${ids} />`];
    case 'choice':
      return [
        `<enum ${ids} required="true">`,
        ...indent(
          kind.options.map((option) => `<item displayName="$(string.${optionId(policy, option)})"><value><string>${escapeText(option)}</string></value></item>`),
          1,
        ),
        '</enum>',
      ];
  }
}

function policyXml(policy: AdmxPolicy): string[] {
  const isBoolean = policy.key.kind.type === 'boolean';
  const opening = [
    `<policy ${attr('name', policy.id)} class="Both"`,
    `displayName="$(string.${policy.id})"`,
    `explainText="$(string.${explainId(policy)})"`,
    ...(hasPresentation(policy) ? [`presentation="$(presentation.${policy.id})"`] : []),
    attr('key', policy.registryKey),
    ...(isBoolean ? [attr('valueName', policy.key.name)] : []),
  ].join(' ');
  const body = isBoolean
    ? ['<enabledValue><decimal value="1" /></enabledValue>', '<disabledValue><decimal value="0" /></disabledValue>']
    : ['<elements>', ...indent(element(policy), 1), '</elements>'];
  return [`${opening}>`, ...indent([`<parentCategory ref="${CATEGORIES[policy.level].id}" />`, `<supportedOn ref="${SUPPORTED_ON_ID}" />`, ...body], 1), '</policy>'];
}

export function buildAdmx(policies: readonly AdmxPolicy[] = admxPolicies()): string {
  return [
    XML_DECLARATION,
    `<policyDefinitions revision="${ADMX_REVISION}" schemaVersion="1.0" xmlns="${POLICY_DEFINITIONS_XMLNS}">`,
    ...indent(
      [
        '<policyNamespaces>',
        `  <target prefix="${ADMX_PREFIX}" namespace="${ADMX_NAMESPACE}" />`,
        '</policyNamespaces>',
        `<resources minRequiredRevision="${ADMX_REVISION}" />`,
        '<supportedOn>',
        `  <definitions><definition name="${SUPPORTED_ON_ID}" displayName="$(string.${SUPPORTED_ON_ID})" /></definitions>`,
        '</supportedOn>',
        '<categories>',
        ...Object.values(CATEGORIES).map((category) => `  <category name="${category.id}" displayName="$(string.${category.id})" />`),
        '</categories>',
        '<policies>',
        ...indent(policies.flatMap(policyXml), 1),
        '</policies>',
      ],
      1,
    ),
    '</policyDefinitions>',
    '',
  ].join('\n');
}
