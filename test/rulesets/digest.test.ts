import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, digestOf, portableSha256Hex, sha256Hex } from '../../src/rulesets/digest.ts';

describe('canonical JSON (RFC 8785)', () => {
  it('equals the canonicalize package on generated JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('sorts keys by UTF-16 code units, writes -0 as 0 and numbers as ECMAScript does', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], é: -0, Z: 1e21, '\u{1F600}': 0.1, '\uFFFF': 2 })).toBe(
      '{"Z":1e+21,"a":[true,null,"x"],"b":1,"é":0,"\u{1F600}":0.1,"\uFFFF":2}',
    );
  });

  it('leaves out undefined fields, as JSON does, and refuses what has no JSON form', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});

describe('sha256', () => {
  it('uses the native hash on Node', () => {
    expect(sha256Hex).not.toBe(portableSha256Hex);
  });

  it('native and portable give the same hex for any text, ASCII or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(portableSha256Hex(text));
      }),
      { numRuns: 1_000 },
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('a digest does not depend on key order', () => {
    expect(digestOf({ a: 1, b: { c: 2, d: 3 } })).toBe(digestOf({ b: { d: 3, c: 2 }, a: 1 }));
  });
});
