import type { z } from 'zod';
import type { FieldError } from '../../decision/field-errors.ts';
import type { Language } from '../../rulesets/schema.ts';
import { formatValue } from '../../wording/render.ts';
import type { T, WordKey } from '../i18n.ts';
import { valueAt } from './form.ts';

/**
 * What is wrong with a field, in a plain Norwegian sentence. The request schema and the engine
 * speak English to programs (the API's problem+json); the lab says the same in the page's
 * language. zod's issues are read by their code and limits; the few refusals the selection and
 * the engine make after validation are matched here; anything else gets a plain sentence that
 * points at the field, never the developer's text.
 */

const DATE_FIELDS = /(^decisionDate|applicationReceived|\.from|\.to)$/;

type Issue = z.core.$ZodIssue;

function typeText(issue: Extract<Issue, { code: 'invalid_type' }>, t: T): string {
  if (issue.expected === 'number' || issue.expected === 'int') return t(issue.expected === 'int' ? 'err.int' : 'err.number');
  return t('err.wrongKind');
}

function formatText(path: string, t: T): string {
  if (DATE_FIELDS.test(path)) return t('err.date');
  if (path === 'municipality') return t('err.municipality');
  if (path.startsWith('decision.grounds.reasons')) return t('err.reasonCode');
  if (/services\.\d+\.type$/.test(path)) return t('err.serviceType');
  return t('err.invalid');
}

/** A zod issue as the lab shows it at its field; `given` is whether the request has a value there. */
function issueText(issue: Issue, path: string, given: boolean, lang: Language, t: T): string {
  const n = (value: unknown) => formatValue(Number(value), lang);
  // zod reports a missing field by the type it expected: say it is missing, and for a yes/no fact, what to choose.
  if (!given && issue.code !== 'custom') return issue.code === 'invalid_type' && issue.expected === 'boolean' ? t('err.boolean') : t('err.required');
  switch (issue.code) {
    case 'invalid_type':
      return typeText(issue, t);
    case 'too_big':
      return issue.origin === 'array' ? t('err.tooMany', { max: n(issue.maximum) }) : issue.origin === 'string' ? t('err.tooLong', { max: n(issue.maximum) }) : t('err.tooBig', { max: n(issue.maximum) });
    case 'too_small':
      return issue.origin === 'array' ? t('err.tooFew', { min: n(issue.minimum) }) : issue.origin === 'string' ? t('err.required') : t('err.tooSmall', { min: n(issue.minimum) });
    case 'invalid_format':
      return formatText(path, t);
    case 'invalid_value':
      return t('err.oneOf', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return t('err.unknownField');
    case 'custom':
      return customText(issue.message, t);
    default:
      return t('err.invalid');
  }
}

/** zod issues about `request` as field errors in Norwegian; an unknown key is named by its own path, as the API does (fieldErrors). */
export function norwegianIssues(issues: readonly Issue[], request: unknown, lang: Language, t: T): FieldError[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: t('err.unknownField') }));
    const path = base.join('.') || '(body)';
    return [{ path, message: issueText(issue, path, valueAt(request, path) !== undefined, lang, t) }];
  });
}

/** The refusals made after the schema (custom checks, selection, catalogue, kind against lines, personal data), by their English text. */
const known: [RegExp, WordKey][] = [
  [/^is not a real calendar date$/, 'err.noSuchDate'],
  [/^is after decisionDate$/, 'err.afterDecisionDate'],
  [/^is before from$/, 'err.beforeFrom'],
  [/^unknown ruleset id$/, 'err.unknownRuleset'],
  [/^unknown version (.+)$/, 'err.unknownVersion'],
  [/^not the national ruleset or this municipality's layer$/, 'err.notThisLayer'],
  [/^no national ruleset version in force on this date$/, 'err.noRulesetInForce'],
  [/is not a service type in the catalogue/, 'err.notInCatalogue'],
  [/^grants .*, so the decision is (a reduction|not a|a partial-grant)|^grants hours, so|^grants 0 hours, so/, 'err.kindContradictsLine'],
  [/^is (partial-grant|reduction), but/, 'err.kindContradictsLines'],
  [/^is required for a termination/, 'err.previousForTermination'],
  [/^must be long-term-stay/, 'err.waitingListLongTermStay'],
  [/national identity number/, 'err.personalData'],
  [/^nested deeper|^more than \d+ (items|fields)$/, 'err.tooComplex'],
];

function customText(message: string, t: T): string {
  const match = known.find(([pattern]) => pattern.test(message));
  if (!match) return t('err.invalid');
  const [pattern, key] = match;
  return t(key, { value: message.match(pattern)?.[1] ?? '' });
}

/** Field errors from after the schema, in Norwegian. */
export function norwegianErrors(errors: readonly FieldError[], t: T): FieldError[] {
  return errors.map((e) => ({ path: e.path, message: customText(e.message, t) }));
}
