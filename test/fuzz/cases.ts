import fc from 'fast-check';
import { EvaluationRequest } from '../../src/decision/schema.ts';
import { decisionKinds } from '../../src/rulesets/schema.ts';
import type { Registry } from '../../src/rulesets/registry.ts';
import { baseRequest, post, type testApp } from '../helpers.ts';

/**
 * Fuzz cases against the app, shared by the short property run in `npm test`
 * (test/api/fuzz.test.ts) and the long one (`npm run fuzz`, scripts/fuzz.ts).
 *
 * Three kinds of case:
 * - `json`: arbitrary JSON (or arbitrary text) posted as a request;
 * - `mutant`: a valid request with one random mutation (a field deleted, replaced by arbitrary
 *   JSON, retyped, nulled, an unknown field added, an array item duplicated);
 * - `partial`: a *complete* valid request (every optional fact given) with a random set of
 *   optional fields left out.
 *
 * Checked for every case: never a 5xx; a problem (no verdict) unless the status is 200; 200 only for
 * a request the schema accepts, so nothing invalid is ever evaluated, let alone called clear.
 *
 * "Incomplete", precisely: a request R is incomplete when some rule's outcome depends on a fact R
 * leaves out, that is, when some completion of R (the same request with the missing optional fields
 * given) makes a rule fire. So for a `partial` case, R clear while its completion is not clear is a
 * FALSE CLEAR: R left out a fact a rule needed and was still called clear. (A rule that holds in the
 * completion cannot have been decided "does not hold" on the facts R has, as those are the same.)
 */

export type Case =
  | { kind: 'json'; body: string }
  | { kind: 'mutant'; body: unknown; mutation: string }
  | { kind: 'partial'; body: unknown; complete: unknown; left: string[] };

export interface Outcome {
  kind: Case['kind'];
  status: number;
  verdict?: string;
  /** Broken promises: a 5xx, a verdict on a refusal, a 200 for an invalid request, a false clear. */
  violations: string[];
  falseClear: boolean;
}

const day = (iso: string, offset: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const reasonCodes = ['budget', 'capacity', 'other-service-responsible', 'need-changed', 'need-not-documented', 'user-declined', 'age'];

/** Catalogue service types per municipality: with and without a municipal layer. */
function typesByMunicipality(registry: Registry) {
  const published = (id: string) => registry.versionsOf(id).filter((v) => v.file.status === 'published');
  const national = published(registry.nationalId).flatMap((v) => Object.keys(v.file.catalogue));
  const out: Record<string, string[]> = { '5001': [...new Set(national)] };
  for (const municipality of ['0301', '4601']) {
    const layer = registry.layerFor(municipality);
    const own = layer ? published(layer).flatMap((v) => Object.keys(v.file.catalogue)) : [];
    out[municipality] = [...new Set([...national, ...own])];
  }
  return out;
}

/** Mostly the compliant answer, sometimes another: keeps clear verdicts common enough to test. */
const mostly = <T>(usual: T, other: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: other });
const halfHours = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => n / 2);

/** A valid request with every optional fact given (free text and pin aside). */
export function completeRequest(registry: Registry): fc.Arbitrary<Record<string, any>> {
  const types = typesByMunicipality(registry);
  return fc
    .record({
      municipality: fc.constantFrom(...Object.keys(types)),
      decisionOffset: fc.integer({ min: 0, max: 3 * 365 }),
      receivedDaysBefore: fc.integer({ min: 0, max: 400 }),
      kind: fc.constantFrom(...decisionKinds),
      lines: fc.array(
        fc.record({
          pick: fc.nat(),
          granted: fc.option(halfHours(40), { nil: null, freq: 2 }),
          applied: halfHours(40),
          previous: fc.option(halfHours(40), { nil: null }),
          duration: fc.integer({ min: 0, max: 3000 }),
          startsIn: fc.integer({ min: 0, max: 60 }),
          length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
          statutory: fc.boolean(),
          scopeStated: mostly(true, fc.boolean()),
          timeLimitReasonGiven: mostly(true, fc.boolean()),
          chargeStated: mostly(false, fc.boolean()),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      grounds: fc.record({
        citesLegalBasis: mostly(true, fc.boolean()),
        describesFacts: mostly(true, fc.boolean()),
        statesMainConsiderations: mostly(true, fc.boolean()),
        reasons: mostly([] as string[], fc.subarray(reasonCodes, { maxLength: 2 })),
      }),
      appealNotice: fc.record({
        included: mostly(true, fc.boolean()),
        deadlineWeeks: mostly(4, fc.integer({ min: 0, max: 8 })),
        body: mostly('statsforvalteren' as const, fc.constantFrom('municipal-appeals-board' as const, 'none' as const)),
        sendViaMunicipality: mostly(true, fc.boolean()),
        rightToSeeDocuments: mostly(true, fc.boolean()),
      }),
      age: fc.integer({ min: 0, max: 110 }),
      assessment: fc.record({
        assessedNeedHoursPerWeek: halfHours(40),
        functionalLevel: fc.integer({ min: 10, max: 50 }).map((n) => n / 10),
        expectedLongTermNeed: fc.boolean(),
        needsCoordinatedServices: mostly(false, fc.boolean()),
        onlyAdequateOffer: mostly(false, fc.boolean()),
        userParticipation: mostly('documented' as const, fc.constantFrom('not-documented' as const, 'declined' as const)),
        nextOfKin: fc.record({ involved: fc.boolean(), consent: mostly(true, fc.boolean()) }),
        lacksDecisionCapacity: mostly(false, fc.boolean()),
        increasedCostDocumented: fc.boolean(),
        grantedBeforeAge67: fc.boolean(),
        personalAssistanceHoursPerWeek: halfHours(40),
        dementia: fc.boolean(),
        needChangeDocumented: mostly(true, fc.boolean()),
        meetsLongTermStayCriteria: fc.boolean(),
        safeAtHomeWhileWaiting: fc.boolean(),
      }),
      procedure: fc.record({
        provisionalReplySent: mostly(true, fc.boolean()),
        advanceNoticeGiven: mostly(true, fc.boolean()),
        userHeard: mostly(true, fc.boolean()),
        homeVisit: mostly(true, fc.boolean()),
        informationFromOthersShared: mostly(true, fc.boolean()),
        decisionMakers: fc.array(
          fc.record({
            role: fc.constantFrom('nurse', 'case-officer', 'team-lead'),
            relatedToApplicant: mostly(false, fc.boolean()),
            providesTheService: mostly(false, fc.boolean()),
            relation: mostly('none' as const, fc.constantFrom('close-family' as const, 'guardian-or-proxy' as const, 'other-close' as const)),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
    })
    .map((g) => {
      const decisionDate = day('2025-01-01', g.decisionOffset);
      const catalogue = types[g.municipality]!;
      return {
        decisionDate,
        municipality: g.municipality,
        decision: {
          kind: g.kind,
          services: g.lines.map((line) => {
            const from = day(decisionDate, line.startsIn);
            return {
              // A waiting-list decision is about a long-term stay and nothing else (contract 1.1).
              type: g.kind === 'waiting-list' ? 'long-term-stay' : catalogue[line.pick % catalogue.length]!,
              ...hoursFor(g.kind, line),
              expectedDurationDays: line.duration,
              from,
              to: line.length === null ? null : day(from, line.length),
              statutory: line.statutory,
              scopeStated: line.scopeStated,
              timeLimitReasonGiven: line.timeLimitReasonGiven,
              chargeStated: line.chargeStated,
            };
          }),
          grounds: g.grounds,
          appealNotice: g.appealNotice,
        },
        applicant: { age: g.age },
        assessment: g.assessment,
        procedure: { ...g.procedure, applicationReceived: day(decisionDate, -g.receivedDaysBefore) },
      };
    });
}

/**
 * Hours that agree with the decision kind (contract 1.1, consistency): a grant gives what was applied
 * for, a partial grant less but not nothing, a rejection 0, a reduction less than before but not
 * nothing, a termination 0 with the hours the person had before.
 */
function hoursFor(kind: string, line: { granted: number | null; applied: number; previous: number | null }) {
  const applied = Math.max(line.applied, 1);
  const previous = Math.max(line.previous ?? applied, 1);
  const below = (ceiling: number) => Math.min(Math.max(line.granted ?? ceiling / 2, 0.5), ceiling - 0.5);
  switch (kind) {
    case 'grant': return { grantedHoursPerWeek: applied, appliedHoursPerWeek: applied, previousHoursPerWeek: line.previous === null ? null : Math.min(line.previous, applied) };
    case 'partial-grant': return { grantedHoursPerWeek: below(applied), appliedHoursPerWeek: applied, previousHoursPerWeek: null };
    case 'rejection': return { grantedHoursPerWeek: 0, appliedHoursPerWeek: applied, previousHoursPerWeek: null };
    case 'reduction': return { grantedHoursPerWeek: below(previous), appliedHoursPerWeek: applied, previousHoursPerWeek: previous };
    case 'termination': return { grantedHoursPerWeek: 0, appliedHoursPerWeek: applied, previousHoursPerWeek: previous };
    default: return {}; // waiting-list: a long-term stay is not counted in hours
  }
}

type Path = (string | number)[];

/** Every path in a JSON value, the root excluded. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...at, i]), pathsOf(v, [...at, i], out)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([...at, k]), pathsOf(v, [...at, k], out);
  return out;
}

function parentOf(root: any, path: Path) {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  return node;
}

/** The optional fields of a request: the ones a case manager may leave out. */
export function optionalPaths(request: Record<string, any>): Path[] {
  const paths: Path[] = [['assessment'], ['procedure'], ['language']];
  request.decision.services.forEach((_: unknown, i: number) => {
    for (const field of ['grantedHoursPerWeek', 'appliedHoursPerWeek', 'previousHoursPerWeek', 'from', 'to']) paths.push(['decision', 'services', i, field]);
  });
  for (const field of ['deadlineWeeks', 'body', 'sendViaMunicipality', 'rightToSeeDocuments']) paths.push(['decision', 'appealNotice', field]);
  for (const field of Object.keys(request.assessment ?? {})) paths.push(['assessment', field]);
  paths.push(['assessment', 'nextOfKin', 'consent']);
  for (const field of Object.keys(request.procedure ?? {})) paths.push(['procedure', field]);
  return paths.filter((path) => {
    const parent = parentOf(request, path);
    return parent && typeof parent === 'object' && path.at(-1)! in parent;
  });
}

export function without(request: Record<string, any>, paths: Path[]) {
  const copy = structuredClone(request);
  // Longest first, so that leaving out a whole object after one of its fields still works.
  for (const path of [...paths].sort((a, b) => b.length - a.length)) {
    const parent = parentOf(copy, path);
    if (parent && typeof parent === 'object') delete parent[path.at(-1)!];
  }
  return copy;
}

const mutations = ['delete', 'replace', 'retype', 'null', 'unknown-field', 'duplicate-item'] as const;

function mutate(request: Record<string, any>, mutation: (typeof mutations)[number], pick: number, junk: unknown): unknown {
  const copy = structuredClone(request);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length]!;
  const parent = parentOf(copy, path);
  const key = path.at(-1)!;
  switch (mutation) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      parent[key] = junk;
      break;
    case 'retype': {
      const v = parent[key];
      parent[key] = typeof v === 'number' ? String(v) : typeof v === 'string' ? Number(v.length) : typeof v === 'boolean' ? String(v) : v === null ? 0 : [v];
      break;
    }
    case 'null':
      parent[key] = null;
      break;
    case 'unknown-field': {
      const target = parent[key] && typeof parent[key] === 'object' && !Array.isArray(parent[key]) ? parent[key] : parent;
      if (!Array.isArray(target)) target[`x${pick % 97}`] = junk;
      break;
    }
    case 'duplicate-item':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
      else parent[key] = [parent[key], parent[key]];
      break;
  }
  return copy;
}

/** All kinds of case, in proportion: arbitrary JSON, mutants of fixtures and of complete requests, partial requests. */
export function caseArbitrary(registry: Registry): fc.Arbitrary<Case> {
  const complete = completeRequest(registry);
  const bases = ['clear-grant', 'contract-example', 'bpa-rejection'].map((name) => baseRequest(name));
  const valid = fc.oneof(fc.constantFrom(...bases), complete);
  const json = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue().map((v) => ({ kind: 'json' as const, body: JSON.stringify(v) })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ kind: 'json' as const, body: text })) },
  );
  const mutant = fc
    .record({ base: valid, mutation: fc.constantFrom(...mutations), pick: fc.nat(), junk: fc.jsonValue({ maxDepth: 3 }) })
    .map(({ base, mutation, pick, junk }) => ({ kind: 'mutant' as const, body: mutate(base, mutation, pick, junk), mutation }));
  // One field left out, a few, or any number: single gaps are the sharpest test of each fact.
  const partial = complete.chain((c) => {
    const optional = optionalPaths(c);
    const left = fc.oneof(
      fc.constantFrom(...optional).map((p) => [p]),
      fc.subarray(optional, { minLength: 1, maxLength: 4 }),
      fc.subarray(optional, { minLength: 1 }),
    );
    return left.map((gaps) => ({ kind: 'partial' as const, body: without(c, gaps), complete: c, left: gaps.map((p) => p.join('.')) }));
  });
  return fc.oneof({ weight: 2, arbitrary: json }, { weight: 3, arbitrary: mutant }, { weight: 5, arbitrary: partial });
}

const ALLOWED = new Set([200, 400, 404, 413, 415, 422]);

async function send(app: ReturnType<typeof testApp>, body: unknown) {
  const response = await post(app, '/v1/evaluations', body);
  const text = await response.text();
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { response, parsed };
}

/** Runs one case against the app and says which promises it broke. */
export async function check(app: ReturnType<typeof testApp>, c: Case): Promise<Outcome> {
  const { response, parsed } = await send(app, c.body);
  const violations: string[] = [];
  const status = response.status;
  if (status >= 500) violations.push(`status ${status}`);
  else if (!ALLOWED.has(status)) violations.push(`unexpected status ${status}`);
  if (status !== 200) {
    if (!response.headers.get('content-type')?.startsWith('application/problem+json')) violations.push(`status ${status} without a problem`);
    if (parsed && typeof parsed === 'object' && 'verdict' in parsed) violations.push(`verdict on status ${status}`);
    return { kind: c.kind, status, violations, falseClear: false };
  }
  const verdict: string = parsed?.verdict;
  const sent = typeof c.body === 'string' ? safeParseJson(c.body) : c.body;
  if (!EvaluationRequest.safeParse(sent).success) violations.push(`200 (${verdict}) for a request the schema refuses`);
  let falseClear = false;
  if (c.kind === 'partial' && verdict === 'clear') {
    const full = await send(app, c.complete);
    if (full.response.status !== 200) violations.push(`the completion of a clear partial request got ${full.response.status}`);
    else if (full.parsed.verdict !== 'clear') {
      falseClear = true;
      const fired = full.parsed.findings.filter((f: any) => f.severity !== 'info').map((f: any) => f.rule);
      violations.push(`FALSE CLEAR: left out ${c.left.join(', ')}; the complete request is ${full.parsed.verdict} (${fired.join(', ')})`);
    }
  }
  return { kind: c.kind, status, verdict, violations, falseClear };
}

function safeParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
