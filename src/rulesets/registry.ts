import semver from 'semver';
import type { PreparedRuleset, Selection } from './prepared.ts';

/** Every loaded ruleset version, frozen; the one place faces look versions up. */
export interface Registry {
  /** All versions, by id then ascending version. */
  readonly versions: readonly PreparedRuleset[];
  readonly nationalId: string;
  get(id: string, version: string): PreparedRuleset | undefined;
  versionsOf(id: string): readonly PreparedRuleset[];
  /** The municipal layer id for a kommunenummer, if one exists. */
  layerFor(municipality: string): string | undefined;
}

export function createRegistry(versions: PreparedRuleset[]): Registry {
  const sorted = [...versions].sort((a, b) => a.file.id.localeCompare(b.file.id) || semver.compare(a.file.version, b.file.version));
  const byId = new Map<string, PreparedRuleset[]>();
  const layers = new Map<string, string>();
  for (const v of sorted) {
    byId.set(v.file.id, [...(byId.get(v.file.id) ?? []), v]);
    if (v.file.layer === 'municipal') layers.set(v.file.municipality, v.file.id);
  }
  const nationalId = sorted.find((v) => v.file.layer === 'national')?.file.id ?? '';
  return Object.freeze({
    versions: Object.freeze(sorted),
    nationalId,
    get: (id: string, version: string) => byId.get(id)?.find((v) => v.file.version === version),
    versionsOf: (id: string) => byId.get(id) ?? [],
    layerFor: (municipality: string) => layers.get(municipality),
  });
}

/**
 * Why a service cannot stand on `registry`, or undefined: without a published national version no
 * decision can be checked (a draft is never in force), so a face refuses to start rather than
 * answer "ok" to health checks and 422 to every evaluation.
 */
export function servingRefusal(registry: Registry): string | undefined {
  if (registry.versions.length === 0) return 'it holds no ruleset versions';
  if (!registry.versionsOf(registry.nationalId).some((v) => v.file.status === 'published')) return 'it holds no published version of the national ruleset (a draft is never in force)';
  return undefined;
}

/** The published version in force on `date`: latest validFrom ≤ date, validTo (inclusive) not passed. */
export function inForce(versions: readonly PreparedRuleset[], date: string): PreparedRuleset | undefined {
  let best: PreparedRuleset | undefined;
  for (const v of versions) {
    const { status, validFrom, validTo } = v.file;
    if (status !== 'published' || !validFrom || validFrom > date || (validTo && validTo < date)) continue;
    if (!best || validFrom > best.file.validFrom! || (validFrom === best.file.validFrom && semver.gt(v.file.version, best.file.version))) best = v;
  }
  return best;
}

export type SelectionResult =
  | { ok: true; selection: Selection }
  | { ok: false; status: 404 | 422; cause: SelectionRefusal; detail: string; errors: { path: string; message: string }[] };

/** Why no selection was made; the HTTP layer answers each as its own problem type. */
export type SelectionRefusal = 'unknown-ruleset' | 'not-a-layer' | 'unknown-version' | 'no-ruleset-in-force';

export interface SelectionRequest {
  decisionDate: string;
  municipality: string;
  pin?: Record<string, string> | undefined;
}

const NO_PIN: Readonly<Record<string, string>> = Object.freeze({});

/** The pinned version of `id` where the request pins one, else the version in force on the decision date. */
function choose(registry: Registry, pin: Readonly<Record<string, string>>, id: string, date: string): PreparedRuleset | undefined {
  const version = pin[id];
  return version !== undefined ? registry.get(id, version) : inForce(registry.versionsOf(id), date);
}

/**
 * Chooses the national version and the municipality's layer (if any) for one evaluation:
 * pinned versions where the request pins them, else the versions in force on decisionDate.
 * Never returns a selection without a national version.
 */
export function select(registry: Registry, request: SelectionRequest): SelectionResult {
  const pin = request.pin ?? NO_PIN;
  const layerId = registry.layerFor(request.municipality);
  for (const id in pin) {
    const version = pin[id]!;
    if (registry.versionsOf(id).length === 0) {
      return { ok: false, status: 404, cause: 'unknown-ruleset', detail: `No ruleset "${id}".`, errors: [{ path: `pin.${id}`, message: 'unknown ruleset id' }] };
    }
    if (id !== registry.nationalId && id !== layerId) {
      return { ok: false, status: 422, cause: 'not-a-layer', detail: `Ruleset "${id}" is not a layer for municipality ${request.municipality}.`, errors: [{ path: `pin.${id}`, message: `not the national ruleset or this municipality's layer` }] };
    }
    if (!registry.get(id, version)) {
      return { ok: false, status: 404, cause: 'unknown-version', detail: `No version ${version} of ruleset "${id}".`, errors: [{ path: `pin.${id}`, message: `unknown version ${version}` }] };
    }
  }
  const national = choose(registry, pin, registry.nationalId, request.decisionDate);
  if (!national) {
    return {
      ok: false,
      status: 422,
      cause: 'no-ruleset-in-force',
      detail: `No published national ruleset is in force on ${request.decisionDate}.`,
      errors: [{ path: 'decisionDate', message: 'no national ruleset version in force on this date' }],
    };
  }
  const layer = layerId ? choose(registry, pin, layerId, request.decisionDate) : undefined;
  return { ok: true, selection: selectionOf(national, layer) };
}

// One Selection per (national, layer) pair, built on first use: versions are frozen, so a
// selection never changes, and a request does not pay for merging catalogues.
const selections = new WeakMap<PreparedRuleset, Map<PreparedRuleset | undefined, Selection>>();

function selectionOf(national: PreparedRuleset, layer: PreparedRuleset | undefined): Selection {
  let byLayer = selections.get(national);
  if (!byLayer) selections.set(national, (byLayer = new Map()));
  let selection = byLayer.get(layer);
  if (!selection) {
    selection = Object.freeze({
      rulesets: Object.freeze(layer ? [national, layer] : [national]),
      catalogue: Object.freeze(Object.assign({}, national.file.catalogue, layer?.file.catalogue)),
      referenceRanges: layer?.file.layer === 'municipal' ? layer.file.referenceRanges : [],
      language: layer?.file.layer === 'municipal' ? layer.file.language : 'nb',
      fvlAppealBody: layer?.file.layer === 'municipal' ? layer.file.fvlAppealBody?.name : undefined,
    } satisfies Selection);
    byLayer.set(layer, selection);
  }
  return selection;
}
