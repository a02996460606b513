import type { FieldError } from '../decision/field-errors.ts';

// Field errors are the decision layer's (lower layers never import the HTTP layer); the HTTP faces take them from here.
export { fieldErrors, type FieldError } from '../decision/field-errors.ts';

/**
 * Problems (RFC 9457): every refusal the HTTP API gives, one stable `type` per cause.
 *
 * The catalogue below is the one list of causes: the API answers no other `type`, the OpenAPI
 * document and the README list these, and test/api/problems.test.ts provokes each one. A `type` is
 * an identifier (compare it as a string); it is a URI under PROBLEM_BASE but need not resolve.
 * Add a cause here, with its status, before answering it.
 */

/** The base of every problem `type`: an identifier, not necessarily a page that resolves. */
export const PROBLEM_BASE = 'https://hjemmel.no/problems/';

interface ProblemKind {
  status: number;
  title: string;
  /** When it is answered and what the caller should do; shown in the OpenAPI document. */
  description: string;
}

export const problemTypes = {
  'invalid-json': { status: 400, title: 'Malformed JSON', description: 'The body is not valid JSON. Fix the client; do not retry as is.' },
  'duplicate-key': { status: 400, title: 'Field given twice', description: 'An object in the body gives the same field twice, so it could be read two ways; errors[] names the field. Send each field once.' },
  unauthorized: { status: 401, title: 'Authentication required', description: 'No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`.' },
  forbidden: { status: 403, title: 'Not allowed', description: 'The key’s role may not call this route (see the roles in the README).' },
  'pin-needs-legal': { status: 403, title: 'Pin needs the legal role', description: 'The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force.' },
  'draft-needs-legal': { status: 403, title: 'Drafts need the legal role', description: 'The call reads a draft ruleset version; only the legal role may.' },
  'not-found': { status: 404, title: 'Not found', description: 'No route at this path.' },
  'unknown-ruleset': { status: 404, title: 'Unknown ruleset', description: 'A pinned or named ruleset id does not exist; errors[] names the field.' },
  'unknown-version': { status: 404, title: 'Unknown ruleset version', description: 'The ruleset exists but not in this version; errors[] names the field.' },
  'unknown-evaluation': { status: 404, title: 'Unknown evaluation', description: 'The decision record holds no evaluation with this id (an outcome is recorded only for an evaluation the record holds).' },
  'method-not-allowed': { status: 405, title: 'Method not allowed', description: 'The path exists, but not for this method; the `Allow` header lists the methods it has.' },
  'outcome-already-recorded': { status: 409, title: 'Outcome already recorded', description: 'An outcome is recorded once per evaluation, and this one has it; the record is append-only. Check the draft again to record a new outcome.' },
  'body-too-large': { status: 413, title: 'Request body too large', description: 'The body is larger than the deployment allows (100 KiB by default).' },
  'not-json': { status: 415, title: 'Unsupported media type', description: 'The body is not sent as `application/json`.' },
  'unsupported-encoding': { status: 415, title: 'Unsupported body encoding', description: 'The body is declared in a charset other than UTF-8, or sent with a `Content-Encoding` (compressed); errors[] names the header. Send uncompressed UTF-8 JSON.' },
  'invalid-request': { status: 422, title: 'Invalid request', description: 'Well-formed JSON that the schema refuses (a missing, mistyped or unknown field); errors[] names each field.' },
  'body-too-complex': { status: 422, title: 'Body too complex', description: 'The body nests too deep or holds too many items or fields for any valid request.' },
  'personal-data': { status: 422, title: 'Personal data refused', description: 'The body holds what looks like a national identity number; errors[] names where, never the number. No request needs one: remove it.' },
  'kind-contradicts-lines': { status: 422, title: 'Decision kind contradicts its lines', description: 'The decision kind does not match what its service lines grant; a decision is checked only under the kind its lines show.' },
  'unknown-service-type': { status: 422, title: 'Unknown service type', description: 'A service line’s type is not in the catalogue of the rulesets in force for the municipality.' },
  'no-ruleset-in-force': { status: 422, title: 'No ruleset in force', description: 'No published national ruleset version is in force on the decision date.' },
  'not-a-layer': { status: 422, title: 'Ruleset does not apply', description: 'A pinned ruleset is neither the national ruleset nor this municipality’s layer.' },
  'not-same-ruleset': { status: 422, title: 'Versions of different rulesets', description: 'An impact comparison names versions of two different rulesets.' },
  'deviation-not-fired': { status: 422, title: 'Deviation from a rule that did not fire', description: 'An outcome’s deviation names a rule that gave no finding in this evaluation; errors[] names each such deviation.' },
  'internal-error': { status: 500, title: 'Internal error', description: 'The call failed inside Hjemmel; no verdict was given. Retrying may help; the requestId names it in the log.' },
  'not-configured': { status: 503, title: 'Not configured', description: 'This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing.' },
  'record-unavailable': { status: 503, title: 'Decision record unavailable', description: 'The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong.' },
  'record-off': { status: 503, title: 'No decision record', description: 'This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write.' },
} as const satisfies Record<string, ProblemKind>;

export type ProblemType = keyof typeof problemTypes;

export const problemTypeUri = (type: ProblemType) => `${PROBLEM_BASE}${type}`;

/** A request header that is missing or wrong (401, 415). */
export interface HeaderError {
  header: string;
  message: string;
}

/**
 * The JSON Pointer (RFC 6901) of a dotted path: `decision.services.0.type` → `/decision/services/0/type`,
 * `(body)` → `` (the whole body). A field name holding a dot is read as two steps.
 */
export function jsonPointer(path: string): string {
  if (path === '(body)' || path === '') return '';
  return path
    .split('.')
    .map((step) => `/${step.replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

/** A problem's body (without requestId and instance, which the app adds to every problem it sends). */
export function problemBody(type: ProblemType, detail: string, errors?: readonly (FieldError | HeaderError)[]) {
  const { status, title } = problemTypes[type];
  return {
    type: problemTypeUri(type),
    title,
    status,
    detail,
    ...(errors
      ? { errors: errors.map((error) => ('path' in error ? { path: error.path, pointer: jsonPointer(error.path), message: error.message } : error)) }
      : {}),
  };
}

/** A problem's body; the app adds the request path as `instance` and the `requestId` to every one it sends. */
export type ProblemBody = ReturnType<typeof problemBody> & { instance?: string; requestId?: string };

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** A problem body as its response. */
export const problemResponse = (body: ProblemBody): Response =>
  new Response(JSON.stringify(body), { status: body.status, headers: { 'content-type': PROBLEM_CONTENT_TYPE } });

/** An RFC 9457 problem response. Never carries a stack trace or internal detail. */
export function problem(type: ProblemType, detail: string, errors?: readonly (FieldError | HeaderError)[]): Response {
  return problemResponse(problemBody(type, detail, errors));
}
