import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { findNationalId } from '../decision/national-id.ts';
import { duplicateKey } from './duplicate-keys.ts';
import type { FieldError, HeaderError } from './problem.ts';
import { problem } from './problem.ts';

/**
 * Checks every JSON body sent to /v1 before any schema walks it:
 * - a body declared in a charset other than UTF-8, or with a Content-Encoding, is refused 415;
 * - a key given twice in one object is refused 400 (src/api/duplicate-keys.ts);
 * - shape limits, so a hostile body (deep nesting, huge arrays or objects) costs little and is refused 422;
 * - personal data: a string (or field name, or integer) holding a valid fødselsnummer or D-number is
 *   refused 422, naming where it is but never echoing it. No request needs anyone's identity.
 * The request schemas are far tighter still; these limits only bound the work done before they run.
 */

export const INPUT_LIMITS = {
  /** Deepest nesting of objects and arrays; a valid evaluation request nests 4 deep. */
  maxDepth: 16,
  /** Longest array; no schema allows more than 50 items. */
  maxArrayLength: 200,
  /** Most fields in one object. */
  maxObjectKeys: 100,
};

type Refusal = { cause: 'body-too-complex' | 'personal-data'; detail: string; errors: FieldError[] };

const join = (path: readonly string[]) => path.join('.') || '(body)';

/** The first limit `value` breaks, and where; undefined when the shape is acceptable. */
function shapeRefusal(value: unknown, path: string[], depth: number): Refusal | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > INPUT_LIMITS.maxDepth) {
    return { cause: 'body-too-complex', detail: `The body nests deeper than ${INPUT_LIMITS.maxDepth} levels.`, errors: [{ path: join(path), message: `nested deeper than ${INPUT_LIMITS.maxDepth} levels` }] };
  }
  if (Array.isArray(value)) {
    if (value.length > INPUT_LIMITS.maxArrayLength) {
      return { cause: 'body-too-complex', detail: `An array has more than ${INPUT_LIMITS.maxArrayLength} items.`, errors: [{ path: join(path), message: `more than ${INPUT_LIMITS.maxArrayLength} items` }] };
    }
    for (let i = 0; i < value.length; i++) {
      const refusal = shapeRefusal(value[i], [...path, String(i)], depth + 1);
      if (refusal) return refusal;
    }
    return undefined;
  }
  const keys = Object.keys(value);
  if (keys.length > INPUT_LIMITS.maxObjectKeys) {
    return { cause: 'body-too-complex', detail: `An object has more than ${INPUT_LIMITS.maxObjectKeys} fields.`, errors: [{ path: join(path), message: `more than ${INPUT_LIMITS.maxObjectKeys} fields` }] };
  }
  for (const key of keys) {
    const refusal = shapeRefusal((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (refusal) return refusal;
  }
  return undefined;
}

const PERSONAL = 'holds what looks like a national identity number (fødselsnummer or D-number); remove it: no request needs one';

/** Every place in `value` that holds an identity number. Runs after shapeRefusal, so the depth is bounded. */
function personalData(value: unknown, path: string[], out: FieldError[]): void {
  if (typeof value === 'string') {
    if (findNationalId(value)) out.push({ path: join(path), message: PERSONAL });
  } else if (typeof value === 'number') {
    if (Number.isInteger(value) && findNationalId(String(value))) out.push({ path: join(path), message: PERSONAL });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => personalData(item, [...path, String(i)], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      // A field name is named by its parent: echoing the key would echo the number.
      if (findNationalId(key)) out.push({ path: join(path), message: `a field name ${PERSONAL}` });
      else personalData(item, [...path, key], out);
    }
  }
}

function personalRefusal(body: unknown): Refusal | undefined {
  const errors: FieldError[] = [];
  personalData(body, [], errors);
  return errors.length > 0 ? { cause: 'personal-data', detail: 'The request holds personal data that Hjemmel does not accept.', errors } : undefined;
}

/** The refusal for a parsed JSON body, or undefined if it may go on to the route's schema. */
export function inspectBody(body: unknown): Refusal | undefined {
  return shapeRefusal(body, [], 0) ?? personalRefusal(body);
}

export const isJson = (contentType: string | undefined) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType ?? '');

/**
 * The header that makes a body's encoding unreadable (415), or undefined: the body is read as UTF-8
 * text, so a body declared in another charset, or compressed, would be misread rather than read.
 */
function unsupportedEncoding(contentType: string | undefined, contentEncoding: string | undefined): HeaderError | undefined {
  if (contentEncoding !== undefined && contentEncoding.trim().toLowerCase() !== 'identity') return { header: 'Content-Encoding', message: 'send the body uncompressed: no Content-Encoding other than identity' };
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(contentType ?? '')?.[1];
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') return { header: 'Content-Type', message: 'send the body as application/json in UTF-8 (charset=utf-8 or none)' };
  return undefined;
}

/** Middleware for every /v1 route with a body. Bodies of another media type are left to the route (415). */
export function inputGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const unsupported = unsupportedEncoding(c.req.header('content-type'), c.req.header('content-encoding'));
    if (unsupported) return problem('unsupported-encoding', 'The body is not sent as uncompressed UTF-8, so it cannot be read as sent.', [unsupported]);
    if (!isJson(c.req.header('content-type'))) return next();
    const text = await c.req.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HTTPException(400, { message: 'Malformed JSON in request body' });
    }
    // The routes read the body with c.req.json(): hand them this parse rather than a second one.
    c.req.bodyCache.json = Promise.resolve(body);
    const shape = shapeRefusal(body, [], 0);
    if (shape) return problem(shape.cause, shape.detail, shape.errors);
    const duplicate = duplicateKey(text);
    if (duplicate !== undefined) {
      return problem('duplicate-key', 'The body gives a field twice in one object, so it could be read two ways.', [
        { path: duplicate, message: 'duplicate field: the key appears more than once in this object' },
      ]);
    }
    const personal = personalRefusal(body);
    if (personal) return problem(personal.cause, personal.detail, personal.errors);
    return next();
  };
}
