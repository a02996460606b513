import type { Role } from '../api/auth.ts';

/**
 * Who may open which part of the pages: the same roles as the API. The lab and the ruleset
 * browser are the caseworker's and legal staff's (drafts for legal only, see src/decision/access.ts); training
 * is for learners of any role; the trainer's overview is the trainer's and legal staff's. The
 * routes guard with this table and the navigation shows only what it lets the visitor open.
 */
export const sectionRoles = {
  lab: ['caseworker', 'legal'],
  rulesets: ['caseworker', 'legal'],
  training: ['caseworker', 'legal', 'trainer'],
  trainer: ['trainer', 'legal'],
} as const satisfies Record<string, readonly Role[]>;

export type Section = keyof typeof sectionRoles;

/** Whether a role may open a section. */
export function mayOpen(role: Role | undefined, section: Section): boolean {
  return role !== undefined && (sectionRoles[section] as readonly Role[]).includes(role);
}

/** Where a role lands after signing in: the first section it may open (a trainer: training). */
export function landingFor(role: Role | undefined): string {
  return mayOpen(role, 'lab') ? '/lab' : '/training';
}
