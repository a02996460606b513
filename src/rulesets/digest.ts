import canonicalize from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** RFC 8785 canonical JSON: the same content gives the same bytes, whatever the key order or YAML layout. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

/** `sha256-<hex>` of the canonical JSON of `value`. Synchronous and the same on Node and Workers. */
export function digestOf(value: unknown): string {
  return `sha256-${bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))}`;
}
