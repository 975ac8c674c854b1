import { createHash } from 'node:crypto';

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1): the same name always gives the same UUID, so the
 * generated .mobileconfig is byte-for-byte stable between builds, yet each payload's UUID is
 * unique to Breakwise. An MDM treats a profile with a new UUID as a different profile.
 */
const BREAKWISE_UUID_NAMESPACE = '68cf0c36-06da-41e4-89b1-eb24e3e7ae07';
const VERSION_5 = 0x50;
const RFC_VARIANT = 0x80;
const UUID_BYTES = 16;

export function stableUuid(name: string, namespace: string = BREAKWISE_UUID_NAMESPACE): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, UUID_BYTES);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | VERSION_5;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | RFC_VARIANT;
  const hex = hash.toString('hex').toUpperCase();
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}
