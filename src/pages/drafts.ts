import type { Role } from '../api/auth.ts';
import type { PreparedRuleset } from '../rulesets/prepared.ts';

/**
 * The one place that decides whether a visitor to the pages may see and choose draft ruleset
 * versions: the legal role only, as for the API's `pin` (src/api/auth.ts). Every page asks here.
 */
export function draftsAllowed(role: Role | undefined): boolean {
  return role === 'legal';
}

/** The versions a visitor may see and pin. */
export function visibleVersions(role: Role | undefined, versions: readonly PreparedRuleset[]): PreparedRuleset[] {
  const drafts = draftsAllowed(role);
  return versions.filter((v) => v.file.status === 'published' || drafts);
}
