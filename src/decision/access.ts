import type { PreparedRuleset } from '../rulesets/prepared.ts';

/**
 * Who may use which ruleset versions: the one place the rule is written. The API, the pages, the
 * CLI and impact all ask here (through check() for evaluations).
 */
export const roles = ['caseworker', 'legal', 'trainer'] as const;
export type Role = (typeof roles)[number];

/**
 * Drafts are work in progress of the legal staff, and an evaluation against a version other than
 * the one in force on decisionDate is a what-if: both are for the legal role only (contract 1.1,
 * `pin`: "a pin to anything but the version in force on decisionDate needs the legal role").
 */
export function mayUseAnyVersion(role: Role | undefined): boolean {
  return role === 'legal';
}

/** Whether the role may see (list, read, choose) this version: published ones for everyone, drafts for the legal role. */
export function maySee(role: Role | undefined, version: PreparedRuleset): boolean {
  return version.file.status === 'published' || mayUseAnyVersion(role);
}

/** The versions the role may see. */
export function visibleVersions(role: Role | undefined, versions: readonly PreparedRuleset[]): PreparedRuleset[] {
  return versions.filter((v) => maySee(role, v));
}
