import type { EvaluationRequest } from '../decision/schema.ts';
import type { PreparedRule, PreparedRuleset, PreparedWording, Selection } from '../rulesets/prepared.ts';
import type { Finding, Verdict, Wording } from '../decision/result.ts';
import type { LegalBasis, Language, Rule } from '../rulesets/schema.ts';
import { render, type LocalizedTemplate } from '../wording/render.ts';
import { TRUE, UNKNOWN, type Node } from './compile.ts';
import { explain, missingFacts } from './explain.ts';
import { decisionFactsOf, serviceFactsOf, sourceOf, type Facts } from './facts.ts';
import { missingMessage } from './missing.ts';
import { kindContradictions } from '../decision/consistency.ts';
import { factPlan } from './plan.ts';

export type EvaluationOutcome =
  | { ok: true; verdict: Verdict; language: Language; findings: Finding[]; wording: Wording[] }
  | { ok: false; cause: 'unknown-service-type' | 'kind-contradicts-lines'; detail: string; errors: { path: string; message: string }[] };

/** blocked if any error, warnings if any warning, else clear. */
export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Verdict {
  let verdict: Verdict = 'clear';
  for (const f of findings) {
    if (f.severity === 'error') return 'blocked';
    if (f.severity === 'warning') verdict = 'warnings';
  }
  return verdict;
}

function check(
  out: Finding[],
  ruleset: PreparedRuleset,
  prepared: PreparedRule,
  facts: Facts,
  language: Language,
  service: number | undefined,
): void {
  const truth = prepared.node.test(facts);
  if (truth !== TRUE && truth !== UNKNOWN) return;
  const finding: Finding =
    truth === TRUE
      ? {
          rule: prepared.id,
          title: prepared.title[language],
          severity: prepared.severity,
          category: prepared.category,
          message: render(prepared.message[language], facts, language).text,
          legalBasis: prepared.legalBasis,
          because: explain(prepared.node, facts, true),
          outcome: 'fired',
          ruleset: ruleset.ref,
        }
      : undetermined({
          id: prepared.id,
          title: prepared.title[language],
          severity: prepared.severity,
          category: prepared.category,
          message: prepared.message,
          legalBasis: prepared.legalBasis,
          node: prepared.node,
          facts,
          language,
          service,
          ruleset,
        });
  if (service !== undefined) finding.service = service;
  if (prepared.status) finding.status = prepared.status;
  out.push(finding);
}

/** A rule or wording block that could not be checked, and what the engine knows about it. */
interface Unchecked {
  id: string;
  title: string;
  severity: Rule['severity'];
  category: Rule['category'];
  /** What the rule checks (a wording block: its heading), rendered after the list of missing fields. */
  message: LocalizedTemplate;
  legalBasis: LegalBasis[];
  /** The condition that came out UNKNOWN; null for a wording block that applies but cannot be rendered. */
  node: Node | null;
  /** Facts named in texts that the request does not give. */
  placeholders?: readonly string[];
  facts: Facts;
  language: Language;
  service: number | undefined;
  ruleset: PreparedRuleset;
}

/** A finding for what could not be checked: at least a warning, never silence. */
function undetermined({ id, title, severity, category, message, legalBasis, node, placeholders = [], facts, language, service, ruleset }: Unchecked): Finding {
  const names = new Set(placeholders);
  if (node) missingFacts(node, facts, names);
  const fields: string[] = [];
  for (const fact of names) {
    const field = sourceOf(fact, service);
    if (!fields.includes(field)) fields.push(field);
  }
  return {
    rule: id,
    title,
    severity: severity === 'info' ? 'warning' : severity,
    category,
    message: missingMessage(language, fields, render(message[language], facts, language).text),
    legalBasis,
    because: [],
    outcome: 'undetermined',
    missingFacts: fields,
    ruleset: ruleset.ref,
  };
}

/** A wording block the letter may need but that cannot be rendered: reported under its heading, as a warning. */
function unrenderable(
  prepared: PreparedWording,
  node: Node | null,
  placeholders: readonly string[],
  facts: Facts,
  language: Language,
  ruleset: PreparedRuleset,
): Finding {
  const { block } = prepared;
  return undetermined({
    id: block.id,
    title: render(prepared.heading[language], facts, language).text,
    severity: 'warning',
    category: block.category,
    message: prepared.heading,
    legalBasis: block.legalBasis,
    node,
    placeholders,
    facts,
    language,
    service: undefined,
    ruleset,
  });
}

/**
 * The one evaluation path: a validated request and the selected rulesets in, verdict,
 * findings and wording out. Pure and synchronous: no clock, no I/O, no shared state,
 * so overlapping calls cannot disturb each other.
 */
export function evaluate(request: EvaluationRequest, selection: Selection): EvaluationOutcome {
  const services = request.decision.services;
  let errors: { path: string; message: string }[] | undefined;
  for (let i = 0; i < services.length; i++) {
    if (!selection.catalogue[services[i]!.type]) {
      (errors ??= []).push({
        path: `decision.services.${i}.type`,
        message: `"${services[i]!.type}" is not a service type in the catalogue for municipality ${request.municipality}`,
      });
    }
  }
  if (errors) return { ok: false, cause: 'unknown-service-type', detail: 'The request does not fit the rulesets in force.', errors };
  const contradictions = kindContradictions(
    request.decision.kind,
    services.map((line) => ({ ...line, hourBased: selection.catalogue[line.type]!.hourBased })),
  );
  if (contradictions.length > 0) {
    return {
      ok: false,
      cause: 'kind-contradicts-lines',
      detail: 'The decision kind contradicts its service lines; a decision is only checked under the kind its lines show.',
      errors: contradictions.map(({ path, message }) => ({ path: path.join('.'), message })),
    };
  }

  const language = request.language ?? selection.language;
  const kind = request.decision.kind;
  const plan = factPlan(selection.rulesets, kind);
  const base = decisionFactsOf(request, selection, plan.decision);
  const lines: Facts[] = [];
  for (let i = 0; i < services.length; i++) lines.push(serviceFactsOf(base, services[i]!, i, request.assessment, selection, plan.service));

  const findings: Finding[] = [];
  const wording: Wording[] = [];
  for (const ruleset of selection.rulesets) {
    const rules = ruleset.rulesByKind[kind];
    for (let r = 0; r < rules.length; r++) {
      const prepared = rules[r]!;
      if (!prepared.perLine) check(findings, ruleset, prepared, base, language, undefined);
      else {
        const types = prepared.serviceTypes;
        for (let i = 0; i < lines.length; i++) {
          if (!types || types.has(services[i]!.type)) check(findings, ruleset, prepared, lines[i]!, language, i);
        }
      }
    }
    for (const prepared of ruleset.wording) {
      const { block, node } = prepared;
      const truth = node.test(base);
      if (truth === TRUE) {
        const heading = render(prepared.heading[language], base, language);
        const text = render(prepared.text[language], base, language);
        if (heading.missing.length === 0 && text.missing.length === 0) {
          wording.push({ id: block.id, heading: heading.text, text: text.text, legalBasis: block.legalBasis });
        } else {
          const gaps = [...heading.missing, ...text.missing];
          findings.push(unrenderable(prepared, null, gaps, base, language, ruleset));
        }
      } else if (truth === UNKNOWN) {
        findings.push(unrenderable(prepared, node, [], base, language, ruleset));
      }
    }
  }
  return { ok: true, verdict: verdictOf(findings), language, findings, wording };
}
