import type { Context } from 'hono';
import type { AppEnv } from '../api/app.ts';
import type { PreparedRuleset } from '../rulesets/prepared.ts';

/**
 * The one place that decides whether a visitor to the pages may see and choose draft ruleset
 * versions: the legal role only, as for the API's `pin` (src/api/auth.ts). Every page asks here.
 */
export function draftsAllowed(c: Context<AppEnv>): boolean {
  return c.get('role') === 'legal';
}

/** The versions a visitor may see and pin. */
export function visibleVersions(c: Context<AppEnv>, versions: readonly PreparedRuleset[]): PreparedRuleset[] {
  const drafts = draftsAllowed(c);
  return versions.filter((v) => v.file.status === 'published' || drafts);
}
