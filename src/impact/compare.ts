import type { FieldError } from '../decision/field-errors.ts';
import { check, legalStaff, rulesetRef, type Checked } from '../decision/check.ts';
import type { EvaluationRequest } from '../decision/schema.ts';
import type { PreparedRuleset } from '../rulesets/prepared.ts';
import type { Registry } from '../rulesets/registry.ts';
import type { CaseChange, ImpactReport } from './schema.ts';

/**
 * Impact of a rule change: every case evaluated against two versions of one ruleset, through
 * the service's own path (validate, select with both versions pinned, evaluate). Pure: the CLI
 * streams a corpus into it, POST /v1/impact hands it the body's cases. It keeps counts, and
 * lists changed cases only up to a limit, so memory does not grow with the corpus.
 */

export type ImpactVersions =
  | { ok: true; from: PreparedRuleset; to: PreparedRuleset }
  | { ok: false; status: 404 | 422; cause: 'unknown-version' | 'not-same-ruleset'; detail: string; errors: FieldError[] };

/** Finds the two versions `id@version`; both must exist and be versions of one ruleset. */
export function impactVersions(registry: Registry, from: string, to: string): ImpactVersions {
  const found: PreparedRuleset[] = [];
  for (const [path, pin] of [['from', from], ['to', to]] as const) {
    const at = pin.indexOf('@');
    const version = at > 0 ? registry.get(pin.slice(0, at), pin.slice(at + 1)) : undefined;
    if (!version) return { ok: false, status: 404, cause: 'unknown-version', detail: `No ruleset version ${pin}.`, errors: [{ path, message: `unknown ruleset version ${pin} (write id@version)` }] };
    found.push(version);
  }
  const [a, b] = found as [PreparedRuleset, PreparedRuleset];
  if (a.file.id !== b.file.id) {
    return { ok: false, status: 422, cause: 'not-same-ruleset', detail: 'Compare two versions of the same ruleset.', errors: [{ path: 'to', message: `must be a version of ${a.file.id}` }] };
  }
  return { ok: true, from: a, to: b };
}

interface Side {
  label: string;
  /** Finding key → rule id. */
  findings: Map<string, string>;
}

function sideOf(checked: Checked): Side {
  if (!checked.ok) return { label: `refused (${checked.status})`, findings: new Map() };
  const findings = new Map<string, string>();
  for (const f of checked.outcome.findings) {
    const key = `${f.rule}${f.service === undefined ? '' : `#${f.service}`}${f.outcome === 'undetermined' ? ' (undetermined)' : ''}`;
    findings.set(key, f.rule);
  }
  return { label: checked.outcome.verdict, findings };
}

export class Impact {
  private readonly id: string;
  private readonly counts = { cases: 0, notApplicable: 0, invalid: 0, unchanged: 0, verdictChanged: 0, findingsChanged: 0 };
  private readonly transitions = new Map<string, number>();
  private readonly rules = new Map<string, { added: number; removed: number }>();
  private readonly changed: CaseChange[] = [];
  private readonly invalidCases: ImpactReport['invalidCases'] = [];
  private unlisted = 0;

  constructor(
    private readonly registry: Registry,
    private readonly from: PreparedRuleset,
    private readonly to: PreparedRuleset,
    /** How many changed (and invalid) cases to list; the counts always cover every case. */
    private readonly listLimit = 1000,
  ) {
    this.id = from.file.id;
  }

  /** Evaluates one validated request under both versions. */
  add(name: string, request: EvaluationRequest): void {
    this.counts.cases++;
    if (this.from.file.layer === 'municipal' && this.registry.layerFor(request.municipality) !== this.id) {
      this.counts.notApplicable++;
      return;
    }
    const under = (version: PreparedRuleset) => sideOf(check({ ...request, pin: { ...request.pin, [this.id]: version.file.version } }, this.registry, legalStaff));
    const before = under(this.from);
    const after = under(this.to);
    const added = [...after.findings.keys()].filter((key) => !before.findings.has(key));
    const removed = [...before.findings.keys()].filter((key) => !after.findings.has(key));
    const verdictChanged = before.label !== after.label;
    if (!verdictChanged && added.length === 0 && removed.length === 0) {
      this.counts.unchanged++;
      return;
    }
    if (verdictChanged) {
      this.counts.verdictChanged++;
      const transition = `${before.label}\u0000${after.label}`;
      this.transitions.set(transition, (this.transitions.get(transition) ?? 0) + 1);
    } else this.counts.findingsChanged++;
    for (const key of added) this.rule(after.findings.get(key)!).added++;
    for (const key of removed) this.rule(before.findings.get(key)!).removed++;
    if (this.changed.length < this.listLimit) this.changed.push({ case: name, before: before.label, after: after.label, verdictChanged, added, removed });
    else this.unlisted++;
  }

  /** A case that is not a valid request: counted and named, never evaluated. */
  addInvalid(name: string, errors: string[]): void {
    this.counts.cases++;
    this.counts.invalid++;
    if (this.invalidCases.length < this.listLimit) this.invalidCases.push({ case: name, errors });
  }

  private rule(id: string) {
    let entry = this.rules.get(id);
    if (!entry) this.rules.set(id, (entry = { added: 0, removed: 0 }));
    return entry;
  }

  report(): ImpactReport {
    return {
      from: rulesetRef(this.from),
      to: rulesetRef(this.to),
      summary: {
        ...this.counts,
        transitions: [...this.transitions]
          .map(([key, count]) => {
            const [from, to] = key.split('\u0000') as [string, string];
            return { from, to, count };
          })
          .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
      },
      rules: [...this.rules].map(([rule, c]) => ({ rule, ...c })).sort((a, b) => a.rule.localeCompare(b.rule)),
      changed: [...this.changed],
      unlisted: this.unlisted,
      invalidCases: [...this.invalidCases],
    };
  }
}
