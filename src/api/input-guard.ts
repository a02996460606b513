import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { findNationalId } from '../decision/national-id.ts';
import type { FieldError } from './problem.ts';
import { problem } from './problem.ts';

/**
 * Checks every JSON body sent to /v1 before any schema walks it:
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

/** The refusal for a parsed JSON body, or undefined if it may go on to the route's schema. */
export function inspectBody(body: unknown): Refusal | undefined {
  const shape = shapeRefusal(body, [], 0);
  if (shape) return shape;
  const errors: FieldError[] = [];
  personalData(body, [], errors);
  if (errors.length > 0) return { cause: 'personal-data', detail: 'The request holds personal data that Hjemmel does not accept.', errors };
  return undefined;
}

export const isJson = (contentType: string | undefined) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType ?? '');

/** Middleware for every /v1 route with a body. Bodies of another media type are left to the route (415). */
export function inputGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS' || !isJson(c.req.header('content-type'))) return next();
    let body: unknown;
    try {
      body = await c.req.json(); // cached by Hono: the route's validator reuses the text
    } catch (error) {
      if (error instanceof HTTPException) throw error; // e.g. the body limit
      throw new HTTPException(400, { message: 'Malformed JSON in request body' });
    }
    const refusal = inspectBody(body);
    if (refusal) return problem(refusal.cause, refusal.detail, refusal.errors);
    return next();
  };
}
