import { load as loadYaml, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import { compile, factsIn } from '../engine/compile.ts';
import { isKnownFact } from '../engine/facts.ts';
import { localizedTemplate, placeholdersIn } from '../wording/render.ts';
import { digestOf } from './digest.ts';
import type { PreparedRule, PreparedRuleset } from './prepared.ts';
import { createRegistry, type Registry } from './registry.ts';
import { decisionKinds, RulesetFile, type Condition, type DecisionKind, type Localized } from './schema.ts';
import { Titles, TITLES_FILE } from './titles.ts';

/** A ruleset source as read by a face: the Node loader reads files, the Worker build bundles them. */
export interface RulesetSource {
  /** Path relative to the rules directory, `<id>/<version>.yaml`. */
  path: string;
  text: string;
}

/** Digests of published versions, `id@version` → `sha256-…`: rules/rules.lock.json. */
export type Lock = Record<string, string>;

export interface LoadError {
  file: string;
  rule?: string;
  path: string;
  message: string;
}

export class RulesetLoadError extends Error {
  constructor(readonly errors: LoadError[]) {
    super(`ruleset load refused, ${errors.length} error(s):\n${errors.map(formatLoadError).join('\n')}`);
  }
}

/** `file:rule:path message`, the form the CLI and the server print. */
export function formatLoadError(e: LoadError): string {
  return `${e.file}:${e.rule ?? '-'}:${e.path || '-'} ${e.message}`;
}

type Raw = { rules?: { id?: unknown }[]; wording?: { id?: unknown }[] } | null;

/** The rule or wording id a path points into, so an error names the rule a legal officer is editing. */
function ruleAt(raw: Raw, path: readonly PropertyKey[]): string | undefined {
  if ((path[0] === 'rules' || path[0] === 'wording') && typeof path[1] === 'number') {
    const id = raw?.[path[0]]?.[path[1]]?.id;
    return typeof id === 'string' ? id : `#${path[1]}`;
  }
  return undefined;
}

const pathText = (path: readonly PropertyKey[]) => path.map(String).join('.');

function zodErrors(file: string, raw: Raw, error: z.ZodError): LoadError[] {
  return error.issues.map((issue) => ({ file, rule: ruleAt(raw, issue.path), path: pathText(issue.path), message: issue.message }));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Checks inside one file that zod cannot see: fact names, placeholders, catalogue references. */
function checkReferences(file: string, ruleset: RulesetFile, catalogue: ReadonlySet<string>): LoadError[] {
  const errors: LoadError[] = [];
  const checkCondition = (rule: string, path: string, condition: Condition, scope: 'decision' | 'service') => {
    for (const fact of factsIn(condition)) {
      if (!isKnownFact(fact, scope)) errors.push({ file, rule, path, message: `unknown ${scope} fact "${fact}"` });
    }
  };
  const checkText = (rule: string, path: string, text: Localized, scope: 'decision' | 'service') => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const name of placeholdersIn(text[lang])) {
        if (!isKnownFact(name, scope)) errors.push({ file, rule, path: `${path}.${lang}`, message: `unknown placeholder {${name}}` });
      }
    }
  };
  ruleset.rules.forEach((rule, i) => {
    checkCondition(rule.id, `rules.${i}.conditions`, rule.conditions, rule.scope);
    checkText(rule.id, `rules.${i}.message`, rule.message, rule.scope);
    rule.appliesTo?.serviceTypes?.forEach((type, j) => {
      if (!catalogue.has(type)) errors.push({ file, rule: rule.id, path: `rules.${i}.appliesTo.serviceTypes.${j}`, message: `service type "${type}" is not in the catalogue` });
    });
    if (rule.appliesTo?.serviceTypes && rule.scope !== 'service') {
      errors.push({ file, rule: rule.id, path: `rules.${i}.appliesTo.serviceTypes`, message: 'serviceTypes needs scope: service' });
    }
  });
  ruleset.wording.forEach((block, i) => {
    checkCondition(block.id, `wording.${i}.when`, block.when, 'decision');
    checkText(block.id, `wording.${i}.heading`, block.heading, 'decision');
    checkText(block.id, `wording.${i}.text`, block.text, 'decision');
  });
  return errors;
}

/**
 * The kinds a rule applies to. A version written before contract 1.1 added `waiting-list` names no
 * rule for it; there a waiting-list decision is what it was sent as before: a rejection of a place
 * now. So the rules such a version applies to rejections apply to it too, and a relabel to
 * waiting-list can never skip them.
 */
function kindsOf(rule: RulesetFile['rules'][number], knowsWaitingList: boolean): ReadonlySet<string> | null {
  const kinds = rule.appliesTo?.kinds;
  if (!kinds) return null;
  return new Set<string>(!knowsWaitingList && kinds.includes('rejection') ? [...kinds, 'waiting-list'] : kinds);
}

function prepare(source: string, file: RulesetFile, digest: string, titles: Titles): PreparedRuleset {
  const knowsWaitingList = file.rules.some((rule) => rule.appliesTo?.kinds?.includes('waiting-list'));
  const rules = file.rules.map((rule): PreparedRule => ({
    rule,
    id: rule.id,
    // The loader has refused every rule without a title in either place.
    title: rule.title ?? titles[rule.id]!,
    perLine: rule.scope === 'service',
    severity: rule.severity,
    category: rule.category,
    legalBasis: rule.legalBasis,
    status: rule.status,
    node: compile(rule.conditions),
    kinds: kindsOf(rule, knowsWaitingList),
    serviceTypes: rule.appliesTo?.serviceTypes ? new Set(rule.appliesTo.serviceTypes) : null,
    message: localizedTemplate(rule.message),
  }));
  return deepFreeze({
    file,
    source,
    digest,
    ref: `${file.id}@${file.version}`,
    rules,
    rulesByKind: Object.fromEntries(decisionKinds.map((kind) => [kind, rules.filter((r) => !r.kinds || r.kinds.has(kind))])) as Record<DecisionKind, PreparedRule[]>,
    wording: file.wording.map((block) => ({ block, node: compile(block.when), heading: localizedTemplate(block.heading), text: localizedTemplate(block.text) })),
  });
}

/**
 * One ruleset file's YAML as plain data (YAML 1.2 core schema), or its first error with the
 * line it is on. A key given twice in one mapping is an error, never a silent override.
 * js-yaml rather than the \`yaml\` package: several times faster to load with, which is most
 * of a cold start. \`hjemmel publish\` digests files through this same function.
 */
export function parseYaml(text: string): { ok: true; raw: unknown } | { ok: false; line?: number; message: string } {
  try {
    return { ok: true, raw: loadYaml(text) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? error.mark.line + 1 : undefined;
    return line === undefined ? { ok: false, message: error.reason } : { ok: false, line, message: error.reason };
  }
}

/** The titles file's titles (none without one), with what is wrong in it. */
function readTitles(text: string | undefined, errors: LoadError[]): Titles {
  if (text === undefined) return {};
  const yaml = parseYaml(text);
  if (!yaml.ok) {
    errors.push({ file: TITLES_FILE, path: yaml.line ? `line ${yaml.line}` : '', message: yaml.message });
    return {};
  }
  const result = Titles.safeParse(yaml.raw ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) errors.push({ file: TITLES_FILE, path: pathText(issue.path), message: issue.message });
  return {};
}

/** Every rule has a title, in its file or in the titles file; every title in the titles file names a rule. */
function checkTitles(parsed: readonly { source: string; file: RulesetFile }[], titles: Titles): LoadError[] {
  const errors: LoadError[] = [];
  const ids = new Set<string>();
  for (const { source, file } of parsed) {
    file.rules.forEach((rule, i) => {
      ids.add(rule.id);
      if (!rule.title && !titles[rule.id]) errors.push({ file: source, rule: rule.id, path: `rules.${i}.title`, message: `the rule has no title: give it one (title: nb, nn, en), or add it to ${TITLES_FILE}` });
    });
  }
  for (const id of Object.keys(titles)) if (!ids.has(id)) errors.push({ file: TITLES_FILE, path: id, message: 'no rule has this id' });
  return errors;
}

/**
 * Parses, validates and prepares every ruleset, or refuses the whole set with every error
 * named. All or nothing: a registry never holds part of a directory. `titles` is the text of
 * the titles file (rules/titles.yaml), which gives titles to rules whose files carry none.
 */
export function loadRulesets(sources: readonly RulesetSource[], lock?: Lock, titlesText?: string): Registry {
  const errors: LoadError[] = [];
  const titles = readTitles(titlesText, errors);
  const parsed: { source: string; file: RulesetFile; digest: string }[] = [];

  for (const { path, text } of sources) {
    const yaml = parseYaml(text);
    if (!yaml.ok) {
      errors.push({ file: path, path: yaml.line ? `line ${yaml.line}` : '', message: yaml.message });
      continue;
    }
    const raw = yaml.raw as Raw;
    const result = RulesetFile.safeParse(raw);
    if (!result.success) {
      errors.push(...zodErrors(path, raw, result.error));
      continue;
    }
    const file = result.data;
    const expectedPath = `${file.id}/${file.version}.yaml`;
    if (path !== expectedPath) errors.push({ file: path, path: 'id', message: `file must be at ${expectedPath} (id/version.yaml)` });
    parsed.push({ source: path, file, digest: digestOf(raw) });
  }

  // Cross-file checks: one national id, catalogues, layers that cannot weaken national rules.
  const nationals = parsed.filter((p) => p.file.layer === 'national');
  const nationalIds = new Set(nationals.map((p) => p.file.id));
  if (sources.length > 0 && nationalIds.size !== 1) {
    errors.push({ file: '-', path: 'layer', message: `expected exactly one national ruleset id, found ${nationalIds.size}${nationalIds.size ? `: ${[...nationalIds].join(', ')}` : ''}` });
  }
  const nationalTypes = new Map<string, boolean>();
  const nationalRuleIds = new Set<string>();
  for (const { file } of nationals) {
    for (const [type, entry] of Object.entries(file.catalogue)) nationalTypes.set(type, nationalTypes.get(type) === true || entry.statutory === true);
    for (const rule of file.rules) nationalRuleIds.add(rule.id);
  }
  const layerOf = new Map<string, string>();
  const seen = new Set<string>();
  for (const { source, file } of parsed) {
    const key = `${file.id}@${file.version}`;
    if (seen.has(key)) errors.push({ file: source, path: 'version', message: `${key} is defined twice` });
    seen.add(key);
    const catalogue = new Set([...nationalTypes.keys(), ...Object.keys(file.catalogue)]);
    errors.push(...checkReferences(source, file, catalogue));
    if (file.layer !== 'municipal') continue;
    const owner = layerOf.get(file.municipality);
    if (owner && owner !== file.id) errors.push({ file: source, path: 'municipality', message: `municipality ${file.municipality} already has layer ${owner}` });
    layerOf.set(file.municipality, file.id);
    for (const [type, entry] of Object.entries(file.catalogue)) {
      if (nationalTypes.get(type) === true && !entry.statutory) {
        errors.push({ file: source, path: `catalogue.${type}.statutory`, message: `a municipal layer cannot make the statutory service "${type}" non-statutory` });
      }
    }
    file.rules.forEach((rule, i) => {
      if (nationalRuleIds.has(rule.id)) {
        errors.push({ file: source, rule: rule.id, path: `rules.${i}.id`, message: 'a municipal layer cannot redefine a national rule' });
      }
    });
  }

  if (lock) {
    for (const { source, file, digest } of parsed) {
      if (file.status !== 'published') continue;
      const locked = lock[`${file.id}@${file.version}`];
      if (!locked) errors.push({ file: source, path: 'status', message: 'published, but not recorded in rules.lock.json (publish with `hjemmel publish`)' });
      else if (locked !== digest) errors.push({ file: source, path: '', message: `published content changed: digest ${digest} differs from rules.lock.json ${locked}; make a new version instead` });
    }
    for (const key of Object.keys(lock)) {
      if (!seen.has(key)) errors.push({ file: 'rules.lock.json', path: key, message: 'locked version has no ruleset file' });
    }
  }

  // Only when every file parsed: a file that did not would make its rules' titles look stale.
  if (errors.length === 0) errors.push(...checkTitles(parsed, titles));
  if (errors.length > 0) throw new RulesetLoadError(errors);
  return createRegistry(parsed.map((p) => prepare(p.source, p.file, p.digest, titles)));
}
