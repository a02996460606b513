import { checkRequest, legalStaff, type Checked } from '../decision/check.ts';
import { select, type Registry } from '../rulesets/registry.ts';
import type { Case } from './schema.ts';

/** Lists are replaced, objects merged, as a legal officer would expect from "this case, but with …". */
function merge(base: unknown, change: unknown): unknown {
  if (change === null || typeof change !== 'object' || Array.isArray(change)) return change;
  if (base === null || typeof base !== 'object' || Array.isArray(base)) return change;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(change)) out[key] = merge(out[key], value);
  return out;
}

function remove(target: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  let node: any = target;
  for (const key of keys.slice(0, -1)) {
    node = node?.[key];
    if (node === undefined) return;
  }
  if (node && typeof node === 'object') delete node[keys.at(-1)!];
}

/** The request a case describes, as plain JSON (before validation). */
export function caseRequest(c: Pick<Case, 'name' | 'request' | 'extends' | 'with' | 'without'>, bases: Readonly<Record<string, unknown>>): Record<string, unknown> {
  let request: Record<string, unknown>;
  if (c.request) request = structuredClone(c.request);
  else {
    const base = bases[c.extends!];
    if (base === undefined) throw new Error(`case "${c.name}": no base request "${c.extends}"`);
    request = merge(structuredClone(base), structuredClone(c.with ?? {})) as Record<string, unknown>;
  }
  for (const path of c.without ?? []) remove(request, path);
  return request;
}

export interface CaseResult {
  name: string;
  passed: boolean;
  expected: Case['expect'];
  actual: { verdict?: string; rules: string[]; undetermined: string[]; wording: string[]; refused?: { status: number; paths: string[] } };
  missing: string[];
  unexpected: string[];
  problems: string[];
}

const sortedUnique = (ids: string[]) => [...new Set(ids)].sort();

export type Pins = Readonly<Record<string, string>>;

/**
 * The request with `pins` put in place of the versions the date chooses: a pinned ruleset
 * replaces its version in force wherever one takes part, so cases test a draft (never chosen by
 * date) as if it were in force. A case the date leaves without that ruleset stays as it is.
 */
export function withPins(request: Record<string, unknown>, registry: Registry, pins?: Pins): Record<string, unknown> {
  if (!pins || Object.keys(pins).length === 0) return request;
  const chosen = select(registry, {
    decisionDate: String(request.decisionDate),
    municipality: String(request.municipality),
    pin: request.pin as Record<string, string> | undefined,
  });
  if (!chosen.ok) return request;
  const taking = new Set(chosen.selection.rulesets.map((r) => r.file.id));
  const mine = Object.entries(pins).filter(([id]) => taking.has(id));
  return mine.length ? { ...request, pin: { ...(request.pin as object | undefined), ...Object.fromEntries(mine) } } : request;
}

/** Runs one case through the same path as the service: validate, select, evaluate. */
export function runCase(c: Case, registry: Registry, bases: Readonly<Record<string, unknown>>, pins?: Pins): CaseResult {
  return judge(c, checkRequest(withPins(caseRequest(c, bases), registry, pins), registry, legalStaff));
}

/** Compares what a case expects with what the evaluation gave. */
export function judge(c: Case, checked: Checked): CaseResult {
  const problems: string[] = [];
  const actual: CaseResult['actual'] = { rules: [], undetermined: [], wording: [] };
  if (!checked.ok) actual.refused = { status: checked.status, paths: checked.errors.map((e) => e.path) };
  else {
    const { outcome } = checked;
    actual.verdict = outcome.verdict;
    actual.rules = sortedUnique(outcome.findings.map((f) => f.rule));
    actual.undetermined = sortedUnique(outcome.findings.filter((f) => f.outcome === 'undetermined').map((f) => f.rule));
    actual.wording = outcome.wording.map((w) => w.id);
  }
  const expected = c.expect;
  const want = sortedUnique(expected.rules);
  const missing = want.filter((id) => !actual.rules.includes(id));
  const unexpected = actual.rules.filter((id) => !want.includes(id));
  if (expected.refused) {
    if (!actual.refused) problems.push(`expected refusal ${expected.refused.status} at ${expected.refused.path}, got verdict ${actual.verdict}`);
    else if (actual.refused.status !== expected.refused.status || !actual.refused.paths.includes(expected.refused.path)) {
      problems.push(`expected refusal ${expected.refused.status} at ${expected.refused.path}, got ${actual.refused.status} at ${actual.refused.paths.join(', ')}`);
    }
  } else {
    if (actual.refused) problems.push(`request refused with ${actual.refused.status} at ${actual.refused.paths.join(', ')}`);
    else if (actual.verdict !== expected.verdict) problems.push(`verdict: expected ${expected.verdict}, got ${actual.verdict}`);
    if (missing.length) problems.push(`missing rules: ${missing.join(', ')}`);
    if (unexpected.length) problems.push(`unexpected rules: ${unexpected.join(', ')}`);
    for (const id of expected.undetermined ?? []) if (!actual.undetermined.includes(id)) problems.push(`expected ${id} undetermined`);
    for (const id of expected.wording ?? []) if (!actual.wording.includes(id)) problems.push(`expected wording ${id}`);
  }
  return { name: c.name, passed: problems.length === 0, expected, actual, missing, unexpected, problems };
}
