import type { Language } from '../rulesets/schema.ts';

/**
 * The message for a rule that could not be checked. Product text, not legal text:
 * the rule's own message (what it checks) follows it.
 */
const lead: Record<Language, (fields: string) => string> = {
  nb: (fields) => `Kan ikke kontrolleres fordi disse opplysningene mangler: ${fields}. Fyll dem inn og kontroller på nytt. Regelen gjelder:`,
  nn: (fields) => `Kan ikkje kontrollerast fordi desse opplysningane manglar: ${fields}. Fyll dei inn og kontroller på nytt. Regelen gjeld:`,
  en: (fields) => `Cannot be checked because this information is missing: ${fields}. Fill it in and check again. The rule is:`,
};

export function missingMessage(language: Language, fields: string[], ruleMessage: string): string {
  return `${lead[language](fields.join(', '))} ${ruleMessage}`;
}
