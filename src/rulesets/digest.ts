import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * RFC 8785 canonical JSON: the same content gives the same bytes, whatever the key order or YAML
 * layout. Keys sort by UTF-16 code units (Array.prototype.sort's default order); strings and
 * numbers are written as JSON.stringify writes them, which is RFC 8785's form. Written here, not
 * taken from the `canonicalize` package (test/rulesets/digest.test.ts holds the two equal on
 * generated JSON), because every evaluation digests its request and the package's string
 * building cost five times JSON.stringify.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          out += absent(value[i]) ? 'null' : canonicalJson(value[i]);
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      if (typeof record.toJSON === 'function') return canonicalJson(record.toJSON());
      let out = '{';
      for (const key of Object.keys(record).sort()) {
        const item = record[key];
        if (absent(item)) continue;
        if (out.length > 1) out += ',';
        out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`a ${typeof value} has no JSON form`);
  }
}

/** What JSON leaves out of an object (and writes as null in an array). */
const absent = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

type NodeCrypto = { createHash(algorithm: 'sha256'): { update(text: string): { digest(encoding: 'hex'): string } } };

/**
 * Node's native sha256 where the runtime has it (process.getBuiltinModule, Node ≥ 20.16), about
 * six times faster than the portable one on a request; @noble/hashes everywhere else (Workers).
 * The same bytes in, the same hex out: test/rulesets/digest.test.ts compares the two.
 */
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | NodeCrypto
  | undefined;

/** Hex sha256 of a string's UTF-8 bytes, in plain JavaScript: runs anywhere. */
export const portableSha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** Hex sha256 of a string's UTF-8 bytes: native where the runtime has it, else portable. */
export const sha256Hex: (text: string) => string = nodeCrypto
  ? (text) => nodeCrypto.createHash('sha256').update(text).digest('hex')
  : portableSha256Hex;

/** `sha256-<hex>` of the canonical JSON of `value`. Synchronous and the same on Node and Workers. */
export function digestOf(value: unknown): string {
  return `sha256-${sha256Hex(canonicalJson(value))}`;
}
