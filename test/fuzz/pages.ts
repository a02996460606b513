import fc from 'fast-check';
import { readTrainingDir } from '../../src/training/read-dir.ts';
import { as, bundledRegistry, requestsDir, root, TEST_KEYS, testApp } from '../helpers.ts';

/**
 * Fuzz cases against the page routes, shared by the short property run in `npm test`
 * (test/pages/fuzz.test.ts) and the long one (`npm run fuzz -- --surface pages`, scripts/fuzz.ts).
 *
 * A case is one request to a page route (/login, /logout, /lab, /training/…, /rulesets/…) with:
 * a query string of arbitrary text (control characters, broken percent escapes, `next` values that
 * try to leave the site); a body that is a form, a multipart form, a malformed multipart body or
 * arbitrary text under an arbitrary media type; no credentials, a bearer key, a real session
 * cookie with or without its CSRF token, or a forged cookie; and same- or cross-site headers.
 *
 * Checked for every case: never a 5xx; no response header value holds a control character (Node
 * refuses to send one, answering a bare 500 with a stack); a Location is a path on this site; no
 * stack trace in the body.
 */

export interface PageCase {
  method: 'GET' | 'POST';
  path: string;
  query: string;
  body: { type: string; text: string } | { form: [string, string][]; multipart: boolean } | null;
  headers: Record<string, string>;
}

export interface PageOutcome {
  status: number;
  violations: string[];
}

const ORIGIN = 'http://localhost';

/** Text with what breaks things: control characters, separators browsers drop, slashes and backslashes, non-ASCII. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom('/', '\\', '\t', '\n', '\r', '\x0b', '\x00', '\x7f', ' ', '\u3000', '%', '%0a', '%zz', '.', '..', 'evil.example', 'lab', ':', '@', '?', '#', '\u2028'), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.constantFrom('/lab', '/rulesets', '/training/bpa-35-hours', '//evil.example', '/\t/evil.example', '/%09/evil.example', '/\x0b/x', '/\n/x', 'https://evil.example/', 'javascript:alert(1)'),
);

const fieldNames = ['key', 'next', 'csrf', 'action', 'json', 'lines', 'compare', 'pinA.no-national', 'pinB.no-national', 'sign', 'change', 'rule', 'decision.kind', 'decisionDate', 'municipality', 'decision.services.0.type', 'decision.services.0.grantedHoursPerWeek'];
const fieldValues = fc.oneof(hostileText, fc.constantFrom('evaluate', 'json', 'add-line', 'true', '2025.1.0', '2027.0.0-draft', '4601', 'grant', 'rejection', '12', '-1', '1e309', '{', '{"decisionDate":"2026-01-01"}', TEST_KEYS.legal, TEST_KEYS.trainer));
const form = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fieldNames), fc.string({ maxLength: 12 })), fieldValues), { maxLength: 10 });

const mediaTypes = fc.constantFrom(
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary="a b"',
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'application/json',
  'text/plain',
  '',
);

/** The page routes' arbitrary requests; `session` is a real cookie and its CSRF token on the app under test. */
export function pageCaseArbitrary(session: { cookie: string; csrf: string }, scenarioIds: readonly string[]): fc.Arbitrary<PageCase> {
  const paths = fc.oneof(
    { weight: 4, arbitrary: fc.constant('/lab') },
    { weight: 3, arbitrary: fc.constant('/login') },
    { weight: 1, arbitrary: fc.constant('/logout') },
    { weight: 2, arbitrary: fc.constantFrom(...scenarioIds).map((id) => `/training/${id}`) },
    { weight: 1, arbitrary: hostileText.map((text) => `/training/${encodeURIComponent(text)}`) },
    { weight: 1, arbitrary: fc.constantFrom('/', '/rulesets', '/rulesets/no-national/2025.1.0', '/rulesets/no-national/diff', '/training', '/training/trainer') },
  );
  const query = fc.oneof(
    fc.constant(''),
    fc.array(fc.tuple(fc.constantFrom('next', 'lang', 'scenario', 'from', 'to', 'x'), hostileText), { maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    fc.constantFrom('next=%', 'next=%zz', 'next=%E0%A4%A', 'lang=%FF', '%%%', 'next=/%0B/x', 'next=/%0A/x', 'next=/%0D%0ASet-Cookie:x=y'),
  );
  const body = fc.oneof(
    fc.constant(null),
    fc.record({ form, multipart: fc.boolean() }),
    fc.record({
      type: mediaTypes,
      text: fc.oneof(
        hostileText,
        fc.constantFrom('x', '--x\r\nContent-Disposition: form-data; name="key"\r\n\r\nv', '--x--', 'a=b&c', '{"decisionDate":"2026-03-10","decision":{"services":[{}]}}', '{"pin":{"no-national":"2025.1.0","__proto__":"x"}}', '[]'),
      ),
    }),
  );
  const credentials = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<Record<string, string>>(as('legal'), { cookie: session.cookie }) },
    { weight: 2, arbitrary: fc.constantFrom<Record<string, string>>({}, as('trainer'), { authorization: 'Bearer nope' }, { cookie: `${session.cookie.slice(0, -2)}xx` }, { cookie: 'hjemmel_session=a.b.c.d' }) },
  );
  const site = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<Record<string, string>>({}, { 'sec-fetch-site': 'same-origin' }, { origin: ORIGIN }) },
    { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, { origin: 'null' }) },
  );
  return fc
    .record({ method: fc.constantFrom<'GET' | 'POST'>('GET', 'POST', 'POST'), path: paths, query, body, credentials, site, withCsrf: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) })
    .map(({ method, path, query, body, credentials, site, withCsrf }) => ({
      method,
      path,
      query,
      // Never the token with /logout: signing the fuzzed session out would leave later cases without one.
      body: body && 'form' in body && withCsrf && credentials.cookie && path !== '/logout' ? { ...body, form: [...body.form, ['csrf', session.csrf] as [string, string]] } : body,
      // A body that is not a form (the lab's pasted JSON) carries the token in its header, as the page's script sends it.
      headers: { ...credentials, ...site, ...(body && 'text' in body && withCsrf && credentials.cookie && path !== '/logout' ? { 'x-csrf-token': session.csrf } : {}) },
    }));
}

function requestBody(body: PageCase['body']): { headers: Record<string, string>; body?: BodyInit } {
  if (!body) return { headers: {} };
  if ('text' in body) return { headers: body.type ? { 'content-type': body.type } : {}, body: body.text };
  if (!body.multipart) return { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body.form).toString() };
  const data = new FormData();
  for (const [name, value] of body.form) data.append(name, value);
  return { headers: {}, body: data };
}

/** Runs one case and names every broken promise. */
export async function checkPage(app: ReturnType<typeof testApp>, c: PageCase): Promise<PageOutcome> {
  const { headers, body } = requestBody(c.method === 'POST' ? c.body : null);
  const response = await app.request(`${c.path}${c.query ? `?${c.query}` : ''}`, { method: c.method, headers: { ...c.headers, ...headers }, ...(body === undefined ? {} : { body }) });
  const violations: string[] = [];
  if (response.status >= 500) violations.push(`${response.status} for ${c.method} ${c.path}`);
  response.headers.forEach((value, name) => {
    if (/[\x00-\x08\x0a-\x1f\x7f]/.test(value)) violations.push(`a control character in the ${name} header`);
  });
  const location = response.headers.get('location');
  if (location !== null && (!location.startsWith('/') || new URL(location, ORIGIN).origin !== ORIGIN)) violations.push(`Location leaves the site: ${JSON.stringify(location)}`);
  const text = await response.text();
  if (/\n\s+at .+:\d+:\d+/.test(text)) violations.push('a stack trace in the body');
  return { status: response.status, violations };
}

/** The app the page fuzz runs against (with the training scenarios), a signed-in session on it and the scenario ids. */
export async function pageFuzzTarget() {
  const training = readTrainingDir(`${root}fixtures/training`, requestsDir);
  const app = testApp(bundledRegistry(), undefined, { training });
  const signIn = await app.request('/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ key: TEST_KEYS.legal }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = /name="csrf" value="([^"]+)"/.exec(await (await app.request('/lab', { headers: { cookie } })).text())?.[1] ?? '';
  return { app, session: { cookie, csrf }, scenarioIds: training.scenarios.map((s) => s.id) };
}
