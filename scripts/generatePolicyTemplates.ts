/**
 * Writes the policy templates generated from main/core/policy/policyKeys.ts to dist/policy/:
 * breakwise.admx and <culture>/breakwise.adml in each language (Group Policy, Intune), breakwise.mobileconfig (Jamf
 * and other MDMs) and policy.json (Linux). Run by `npm run build` and `npm run policy:templates`;
 * electron-builder ships the folder in the app's resources.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { policyTemplateFiles } from '../main/policy/templates/policyTemplateFiles';

const OUTPUT_DIRECTORY = join(import.meta.dirname, '..', 'dist', 'policy');

for (const file of policyTemplateFiles()) {
  const path = join(OUTPUT_DIRECTORY, ...file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
  console.log(`wrote ${path}`);
}
