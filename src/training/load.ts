import { parse } from 'yaml';
import { caseRequest } from '../cases/run.ts';
import { Scenario, type ChangeOption, type ScenarioFile, type TrainingText } from './schema.ts';

/** A scenario file as a face read it: the Node face from disk, a Worker build from its bundle. */
export interface ScenarioSource {
  /** File name, `<id>.yaml`; the id is the scenario's address. */
  path: string;
  text: string;
}

export interface TrainingScenario {
  id: string;
  title: TrainingText;
  story: TrainingText;
  teaches: TrainingText;
  focus: string[];
  silent: string[];
  /** The team's proposed decision, as plain JSON (validated when it is evaluated). */
  request: Record<string, unknown>;
  changes: { label: TrainingText; request: Record<string, unknown> }[];
}

export interface TrainingSet {
  scenarios: readonly TrainingScenario[];
  get(id: string): TrainingScenario | undefined;
}

export class TrainingLoadError extends Error {}

/** The request with one change applied: objects merged, lists replaced, `without` paths removed. */
function changed(name: string, request: Record<string, unknown>, option: ChangeOption) {
  return caseRequest({ name, extends: 'scenario', with: option.with, without: option.without }, { scenario: request });
}

function build(id: string, file: ScenarioFile, bases: Readonly<Record<string, unknown>>): TrainingScenario {
  const request = caseRequest({ name: id, ...file }, bases);
  return {
    id,
    title: file.title,
    story: file.story,
    teaches: file.teaches,
    focus: file.focus,
    silent: file.silent,
    request,
    changes: (file.changes ?? []).map((option, i) => ({ label: option.label, request: changed(`${id} change ${i}`, request, option) })),
  };
}

/**
 * Reads every scenario, resolving `extends` against the base requests (fixtures/requests).
 * All or nothing: a broken file throws, naming the file and the field.
 */
export function loadTraining(sources: readonly ScenarioSource[], bases: Readonly<Record<string, unknown>>): TrainingSet {
  const problems: string[] = [];
  const scenarios: TrainingScenario[] = [];
  for (const { path, text } of [...sources].sort((a, b) => a.path.localeCompare(b.path))) {
    const id = path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    let raw: unknown;
    try {
      raw = parse(text);
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
      continue;
    }
    const result = Scenario.safeParse(raw);
    if (!result.success) {
      problems.push(...result.error.issues.map((i) => `${path}:${i.path.join('.') || '-'} ${i.message}`));
      continue;
    }
    try {
      scenarios.push(build(id, result.data, bases));
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new TrainingLoadError(`training scenarios refused:\n${problems.join('\n')}`);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  return Object.freeze({ scenarios: Object.freeze(scenarios), get: (id: string) => byId.get(id) });
}
