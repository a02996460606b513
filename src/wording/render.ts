import type { Language } from '../rulesets/schema.ts';
import type { Facts } from '../engine/facts.ts';

/**
 * Fills `{fact.name}` placeholders with the decision's facts, written the way the
 * letter's language writes them: "24. november 2026", "32,5". Formatters are built
 * once per language (building an Intl formatter costs far more than using one).
 */
const PLACEHOLDER = /\{([a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*)\}/g;
// Nynorsk writes numbers and dates exactly as bokmål does ("2,5", "24. november 2026"), and not
// every runtime ships nn locale data (workerd falls back to English: "2.5"), so nn formats as nb-NO.
const locales: Record<Language, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };
const words: Record<Language, { yes: string; no: string; and: string }> = {
  nb: { yes: 'ja', no: 'nei', and: 'og' },
  nn: { yes: 'ja', no: 'nei', and: 'og' },
  en: { yes: 'yes', no: 'no', and: 'and' },
};

const formatters = Object.fromEntries(
  (Object.keys(locales) as Language[]).map((lang) => [
    lang,
    {
      number: new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }),
      date: new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    },
  ]),
) as Record<Language, { number: Intl.NumberFormat; date: Intl.DateTimeFormat }>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function formatValue(value: unknown, lang: Language): string {
  const f = formatters[lang];
  if (typeof value === 'number') return f.number.format(value);
  if (typeof value === 'boolean') return value ? words[lang].yes : words[lang].no;
  if (typeof value === 'string' && ISO_DATE.test(value)) return f.date.format(new Date(`${value}T00:00:00Z`));
  if (Array.isArray(value)) return value.map((v) => formatValue(v, lang)).join(', ');
  return String(value);
}

/** The placeholders a template names, for load-time checks. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export interface Rendered {
  text: string;
  /** Placeholders whose fact the request did not give; empty when the text is complete. */
  missing: string[];
}

export function render(template: string, facts: Facts, lang: Language): Rendered {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = facts[name];
    if (value === undefined || value === null) {
      missing.push(name);
      return whole;
    }
    return formatValue(value, lang);
  });
  return { text, missing };
}
