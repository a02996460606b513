import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatLoadError, loadRulesets, RulesetLoadError } from '../rulesets/load.ts';
import { readRulesDir, RulesDirError } from '../rulesets/read-dir.ts';
import type { Registry } from '../rulesets/registry.ts';

/** What a command may touch: its output streams and the working directory. Tests pass captured ones. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal: progress bars only then. */
  errIsTTY: boolean;
  cwd: string;
  /** Today, for the dates commands write (a draft's changelog entry); the walk-through passes a fixed one. */
  now: () => Date;
}

export interface Command {
  /** One line for `hjemmel --help`. */
  summary: string;
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}

/** Exit codes: 0 fine, 1 the check failed (broken ruleset, failing case, below threshold), 2 wrong usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}

/** node:util parseArgs, strict: an unknown or misspelled option is a usage error, never ignored. */
export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const rulesOption = { rules: { type: 'string', default: 'rules' } } as const;
export const caseOptions = { requests: { type: 'string', default: 'fixtures/requests' } } as const;
export const defaultCases = 'fixtures/cases';
export const pinOption = { pin: { type: 'string', multiple: true } } as const;

/**
 * `--pin id@version`, repeatable, as a pin map. Each must name a version the registry holds: a
 * mistyped pin is one usage error naming the versions there are, not a refusal of every case.
 */
export function parsePins(values: string[] | undefined, registry: Registry): Record<string, string> {
  const pins: Record<string, string> = {};
  for (const pin of values ?? []) {
    const at = pin.indexOf('@');
    if (at <= 0 || at === pin.length - 1) throw new UsageError(`--pin must be id@version, got ${pin}`);
    const [id, version] = [pin.slice(0, at), pin.slice(at + 1)];
    const versions = registry.versionsOf(id).map((v) => v.file.version);
    if (versions.length === 0) throw new UsageError(`--pin ${pin}: no ruleset "${id}"; there are ${[...new Set(registry.versions.map((v) => v.file.id))].join(', ')}`);
    if (!versions.includes(version)) throw new UsageError(`--pin ${pin}: ${id} has no version ${version}; it has ${versions.join(', ')}`);
    pins[id] = version;
  }
  return pins;
}

/** Loads a rules directory exactly as the server does (lock checked); on refusal prints every error and returns undefined. */
export function loadRegistry(io: Io, dir: string): Registry | undefined {
  try {
    const { sources, lock, titles } = readRulesDir(resolve(io.cwd, dir));
    return loadRulesets(sources, lock ?? {}, titles);
  } catch (error) {
    if (error instanceof RulesDirError) {
      io.err(`The rules directory cannot be read: ${error.message}\n`);
      return undefined;
    }
    if (!(error instanceof RulesetLoadError)) throw error;
    io.err(`The rulesets in ${dir} are broken (${error.errors.length} error${error.errors.length === 1 ? '' : 's'}):\n`);
    for (const e of error.errors) io.err(`${formatLoadError(e)}\n`);
    return undefined;
  }
}

export function positiveInt(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new UsageError(`--${name} must be a whole number, got ${value}`);
  return n;
}
