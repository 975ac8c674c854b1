import { LANGUAGES } from '../../core/shared/languages';
import { buildAdml } from './adml';
import { ADML_CULTURES } from './admlWording';
import { buildAdmx } from './admx';
import { buildMobileconfig } from './mobileconfig';
import { samplePolicyJson } from './samplePolicyJson';

/** Every generated template, by its path under the output folder (dist/policy). */
export interface TemplateFile {
  readonly path: readonly string[];
  readonly content: string;
}

export const policyTemplateFiles = (): TemplateFile[] => [
  { path: ['breakwise.admx'], content: buildAdmx() },
  ...LANGUAGES.map((language) => ({ path: [ADML_CULTURES[language], 'breakwise.adml'], content: buildAdml(language) })),
  { path: ['breakwise.mobileconfig'], content: buildMobileconfig() },
  { path: ['policy.json'], content: samplePolicyJson() },
];
