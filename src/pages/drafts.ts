import type { Context } from 'hono';
import type { AppEnv } from '../api/app.ts';
import type { PreparedRuleset } from '../rulesets/prepared.ts';

/**
 * The one place that decides whether a visitor to the pages may see and choose draft ruleset
 * versions — the legal role. Every page asks here and nowhere else, so guarding drafts behind a
 * role is a change to this function only. Until roles exist, every visitor may, as the API's
 * `pin` already allows.
 */
export function draftsAllowed(_c: Context<AppEnv>): boolean {
  return true;
}

/** The versions a visitor may see and pin. */
export function visibleVersions(c: Context<AppEnv>, versions: readonly PreparedRuleset[]): PreparedRuleset[] {
  const drafts = draftsAllowed(c);
  return versions.filter((v) => v.file.status === 'published' || drafts);
}
