import { describe, expect, it } from 'vitest';
import { POLICY_KEYS, type PolicyKey } from '../../main/core/policy/policyKeys';
import { settingField } from '../../main/core/preferences/settingFields';
import { parseXmlPlist } from '../../main/policy/readers/xmlPlist';
import { LANGUAGES } from '../../main/core/shared/languages';
import { buildAdml } from '../../main/policy/templates/adml';
import { ADML_CULTURES, ADML_WORDING } from '../../main/policy/templates/admlWording';
import { buildAdmx } from '../../main/policy/templates/admx';
import { MANDATORY_REGISTRY_KEY, RECOMMENDED_REGISTRY_KEY } from '../../main/policy/templates/admxPolicies';
import { buildMobileconfig } from '../../main/policy/templates/mobileconfig';
import { policyTemplateFiles } from '../../main/policy/templates/policyTemplateFiles';
import { samplePolicyJson } from '../../main/policy/templates/samplePolicyJson';
import { POLICY_NAME_BY_PATH, summary } from '../../main/policy/templates/policyWords';
import { stableUuid } from '../../main/policy/templates/stableUuid';
import { SETTINGS_CONSTRAINTS } from '../../main/core/settings';
import { flattenStrings } from '../support/localeCatalogue';
import { childrenNamed, descendants, parseXml, type XmlElement } from '../support/xmlTree';

const admx = parseXml(buildAdmx());
const adml = parseXml(buildAdml());
const policies = descendants(admx).filter((element) => element.name === 'policy');
const policyNamed = (name: string): XmlElement | undefined => policies.find((policy) => policy.attributes['name'] === name);
const elementsOf = (policy: XmlElement | undefined): XmlElement[] => childrenNamed(policy ?? admx, 'elements').flatMap((elements) => elements.children);
const idsIn = (root: XmlElement, name: string): string[] => descendants(root).filter((element) => element.name === name).map((element) => element.attributes['id'] ?? '');
const NAMES = POLICY_KEYS.map((key) => key.name);
const keyNamed = (name: string): PolicyKey => POLICY_KEYS.find((key) => key.name === name) ?? expect.unreachable(`no key ${name}`);
const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

/** A setting's limits read from its own zod schema, not from the policy key derived from it. */
function schemaLimits(key: PolicyKey): { min: number; max: number } {
  if (key.kind.type !== 'integer') throw new Error(`${key.name} is not an integer`);
  const schema = key.settingPath === null ? undefined : settingField(key.settingPath)?.schema;
  if (schema === undefined) return { min: key.kind.min, max: key.kind.max };
  const bounds = schema as unknown as { minValue: number; maxValue: number };
  return { min: bounds.minValue, max: bounds.maxValue };
}

describe('generated policy templates', () => {
  it('are well-formed XML (a strict parser reads each), and the sample policy.json is JSON', () => {
    for (const file of policyTemplateFiles().filter((f) => f.path.at(-1)?.endsWith('.json') !== true)) expect(() => parseXml(file.content)).not.toThrow();
    expect(() => JSON.parse(samplePolicyJson()) as unknown).not.toThrow();
    expect([admx.name, adml.name]).toEqual(['policyDefinitions', 'policyDefinitionResources']);
  });

  it('are the same on every build', () => {
    expect(policyTemplateFiles()).toEqual(policyTemplateFiles());
  });
});

describe('the ADMX', () => {
  it('has a mandatory policy for every key and a recommended one for every recommendable key, for machine and user', () => {
    const mandatory = policies.filter((p) => p.attributes['key'] === MANDATORY_REGISTRY_KEY).map((p) => p.attributes['name']);
    const recommended = policies.filter((p) => p.attributes['key'] === RECOMMENDED_REGISTRY_KEY).map((p) => p.attributes['name']);
    expect(mandatory).toEqual(NAMES);
    expect(recommended).toEqual(POLICY_KEYS.filter((key) => key.recommendable).map((key) => `${key.name}_Recommended`));
    expect(policies).toHaveLength(mandatory.length + recommended.length);
    expect(new Set(policies.map((p) => p.attributes['class']))).toEqual(new Set(['Both']));
    expect(MANDATORY_REGISTRY_KEY).toBe('Software\\Policies\\Breakwise');
    expect(RECOMMENDED_REGISTRY_KEY).toBe('Software\\Policies\\Breakwise\\Recommended');
  });

  it('files mandatory and recommended policies under their own categories', () => {
    const categoryOf = (policy: XmlElement) => childrenNamed(policy, 'parentCategory')[0]?.attributes['ref'];
    expect(categoryOf(policyNamed('StrictMode') ?? admx)).toBe('Breakwise');
    expect(categoryOf(policyNamed('StrictMode_Recommended') ?? admx)).toBe('BreakwiseRecommended');
    expect(descendants(admx).filter((e) => e.name === 'category').map((e) => e.attributes['name'])).toEqual(['Breakwise', 'BreakwiseRecommended']);
  });

  it('writes each kind of value the way the Windows reader reads it', () => {
    for (const key of POLICY_KEYS) {
      const policy = policyNamed(key.name);
      const [element] = elementsOf(policy);
      switch (key.kind.type) {
        case 'boolean':
          expect(policy?.attributes['valueName']).toBe(key.name);
          expect(descendants(childrenNamed(policy ?? admx, 'enabledValue')[0] ?? admx).find((e) => e.name === 'decimal')?.attributes['value']).toBe('1');
          expect(descendants(childrenNamed(policy ?? admx, 'disabledValue')[0] ?? admx).find((e) => e.name === 'decimal')?.attributes['value']).toBe('0');
          break;
        case 'integer':
          expect(element?.name).toBe('decimal');
          expect({ min: Number(element?.attributes['minValue']), max: Number(element?.attributes['maxValue']) }).toEqual(schemaLimits(key));
          break;
        case 'choice':
          expect(element?.name).toBe('enum');
          expect(descendants(element ?? admx).filter((e) => e.name === 'string').map((e) => e.text)).toEqual(key.kind.options);
          break;
        case 'list':
          // multiText writes REG_MULTI_SZ; the list element would write numbered values in a subkey.
          expect(element?.name).toBe('multiText');
          break;
        case 'text':
          expect(element?.name).toBe('text');
          expect(Number(element?.attributes['maxLength'])).toBe(key.kind.maxLength);
          break;
      }
      if (element !== undefined) expect(element.attributes['valueName']).toBe(key.name);
    }
  });

  it('gives the integer settings the very limits of the settings schema', () => {
    expect(schemaLimits(keyNamed('SnoozeMinutes'))).toEqual({ min: 1, max: 60 });
    expect(elementsOf(policyNamed('SnoozeMinutes_Recommended'))[0]?.attributes).toMatchObject({ minValue: '1', maxValue: '60' });
  });
});

describe('the ADML', () => {
  const strings = new Map(descendants(adml).filter((e) => e.name === 'string').map((e) => [e.attributes['id'] ?? '', e.text]));
  const presentations = descendants(adml).filter((e) => e.name === 'presentation');
  const references = (kind: 'string' | 'presentation'): string[] =>
    descendants(admx).flatMap((e) => Object.values(e.attributes).flatMap((value) => [...value.matchAll(new RegExp(`^\\$\\(${kind}\\.(.+)\\)$`, 'g'))].map((m) => m[1] ?? '')));

  it('defines every string and presentation the ADMX refers to, each once', () => {
    expect(references('string').filter((id) => !strings.has(id))).toEqual([]);
    const presentationIds = presentations.map((p) => p.attributes['id']);
    expect(references('presentation').filter((id) => !presentationIds.includes(id))).toEqual([]);
    expect(new Set(idsIn(adml, 'string')).size).toBe(idsIn(adml, 'string').length);
    expect(new Set(presentationIds).size).toBe(presentationIds.length);
  });

  it('points every input control at an element of its own policy', () => {
    for (const presentation of presentations) {
      const elementIds = elementsOf(policyNamed(presentation.attributes['id'] ?? '')).map((e) => e.attributes['id']);
      const refIds = presentation.children.map((control) => control.attributes['refId']);
      expect(refIds.length).toBeGreaterThan(0);
      expect(refIds.every((refId) => elementIds.includes(refId))).toBe(true);
    }
  });

  it('explains every policy from its summary, with its registry value and whether people can change it', () => {
    for (const key of POLICY_KEYS) {
      const explain = strings.get(`${key.name}_Explain`) ?? '';
      expect(explain).toContain(summary(key));
      expect(explain).toContain(`value ${key.name} (`);
      expect(explain).toContain('Mandatory');
      if (key.recommendable) expect(strings.get(`${key.name}_Recommended_Explain`)).toContain('Recommended');
    }
  });
});

describe('the ADML in every language', () => {
  const english = ADML_WORDING.en;
  /** Every text of a wording file by its path, for comparing a translation with the English. */
  const texts = (value: unknown): Map<string, string> => new Map(flattenStrings(value));
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
  const englishTexts = texts(english);
  const stringIds = (xml: string) => idsIn(parseXml(xml), 'string').sort();
  const presentationsOf = (xml: string) => descendants(parseXml(xml)).filter((e) => e.name === 'presentation').map((p) => [p.attributes['id'], p.children.map((c) => `${c.name}:${c.attributes['refId'] ?? ''}`)]);

  it('is written for each language into the folder Windows reads it from', () => {
    const folders = policyTemplateFiles().filter((file) => file.path.at(-1) === 'breakwise.adml').map((file) => file.path[0]);
    expect(folders).toEqual(LANGUAGES.map((language) => ADML_CULTURES[language]));
    expect(new Set(folders).size).toBe(LANGUAGES.length);
    expect(folders).toContain('en-US');
  });

  it('names every policy and every rule between settings in the English wording', () => {
    expect(Object.keys(english.names).sort()).toEqual([...NAMES].sort());
    expect(Object.keys(english.summaries).sort()).toEqual(POLICY_KEYS.filter((key) => key.settingPath === null).map((key) => key.name).sort());
    expect(Object.keys(english.rules).sort()).toEqual(SETTINGS_CONSTRAINTS.map((rule) => rule.paths.join('+')).sort());
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s: has every text English has, with the same placeholders, and rules naming the same policies', (language) => {
    const translated = texts(ADML_WORDING[language]);
    expect([...translated.keys()].sort()).toEqual([...englishTexts.keys()].sort());
    for (const [path, text] of englishTexts) {
      const translation = translated.get(path) ?? '';
      expect(placeholders(translation), `${language} ${path}`).toEqual(placeholders(text));
      // Words are translated; punctuation (the separator between rules) may be the same.
      if (/\p{L}{2}/u.test(text)) expect(translation, `${language} ${path} is still English`).not.toBe(text);
    }
    for (const rule of SETTINGS_CONSTRAINTS) {
      const names = rule.paths.map((path) => POLICY_NAME_BY_PATH.get(path) ?? path);
      for (const name of names) expect(ADML_WORDING[language].rules[rule.paths.join('+')], `${language} ${name}`).toContain(name);
    }
  });

  it.each(LANGUAGES)('%s: defines the same strings and input controls as the English, fills every placeholder and explains each policy with its registry value', (language) => {
    const xml = buildAdml(language);
    expect(stringIds(xml)).toEqual(stringIds(buildAdml('en')));
    expect(presentationsOf(xml)).toEqual(presentationsOf(buildAdml('en')));
    expect(xml).not.toMatch(/\{\w+\}/);
    const strings = new Map(descendants(parseXml(xml)).filter((e) => e.name === 'string').map((e) => [e.attributes['id'] ?? '', e.text]));
    // The drop-down lists offer what the settings window offers, in its words; languages by their own names.
    for (const key of POLICY_KEYS) {
      if (key.kind.type !== 'choice') continue;
      for (const option of key.kind.options) expect(strings.get(`${key.name}_${option.replace(/[^A-Za-z0-9]/g, '_')}`), `${language} ${key.name} ${option}`).not.toBe(option);
    }
    expect(strings.get('AppearanceLanguage_ar')).toBe('العربية');
    expect(strings.get('AppearanceLanguage_pt_BR')).toBe('Português (Brasil)');
    for (const key of POLICY_KEYS) {
      const explain = strings.get(`${key.name}_Explain`) ?? '';
      expect(explain).toContain(summary(key, ADML_WORDING[language]));
      expect(explain).toContain(key.name);
      expect(explain).toContain(ADML_WORDING[language].mandatoryNote);
      if (key.recommendable) expect(strings.get(`${key.name}_Recommended_Explain`)).toContain(ADML_WORDING[language].recommendedNote);
    }
  });
});

describe('the .mobileconfig', () => {
  const profile = parseXmlPlist(buildMobileconfig()) as Record<string, unknown>;
  const [payload] = profile['PayloadContent'] as Record<string, unknown>[];
  const forced = ((payload?.['PayloadContent'] as Record<string, Record<string, unknown>>)['com.breakwise.app']?.['Forced'] as Record<string, unknown>[])[0];

  it('parses with the app’s own plist reader into a Configuration profile with a managed-preferences payload', () => {
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadScope: 'System', PayloadVersion: 1 });
    expect(payload).toMatchObject({ PayloadType: 'com.apple.ManagedClient.preferences', PayloadVersion: 1 });
  });

  it('forces a sample value of every key', () => {
    expect(Object.keys(forced?.['mcx_preference_settings'] as object)).toEqual(NAMES);
  });

  it('carries stable, distinct, valid UUIDs', () => {
    const uuids = [profile['PayloadUUID'], payload?.['PayloadUUID']];
    expect(uuids.every((uuid) => typeof uuid === 'string' && UUID.test(uuid))).toBe(true);
    expect(new Set(uuids).size).toBe(2);
    expect(stableUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ED6657D-E927-568B-95E1-2665A8AEA6A2'); // RFC 9562's DNS namespace
  });
});

describe('the sample policy.json', () => {
  it('names every key once', () => {
    expect(Object.keys(JSON.parse(samplePolicyJson()) as object)).toEqual(NAMES);
  });
});
