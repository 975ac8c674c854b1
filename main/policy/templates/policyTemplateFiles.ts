import { buildAdml } from './adml';
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
  { path: ['en-US', 'breakwise.adml'], content: buildAdml() },
  { path: ['breakwise.mobileconfig'], content: buildMobileconfig() },
  { path: ['policy.json'], content: samplePolicyJson() },
];
