import type { Language } from '../rulesets/schema.ts';
import { slotOf, type Facts } from '../engine/facts.ts';

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

// A number below 1000 with at most two decimals is written by both locales exactly as JavaScript
// writes it, with nb's decimal comma: no Intl call (the dearest step of rendering a message).
// Anything else (grouping, rounding, negative numbers and -0 with nb's minus sign) goes to Intl.
const PLAIN_NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;

function formatNumber(value: number, lang: Language): string {
  const plain = String(value);
  if (!PLAIN_NUMBER.test(plain) || Object.is(value, -0)) return formatters[lang].number.format(value);
  return lang === 'en' ? plain : plain.replace('.', ',');
}

export function formatValue(value: unknown, lang: Language): string {
  const f = formatters[lang];
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'boolean') return value ? words[lang].yes : words[lang].no;
  if (typeof value === 'string' && ISO_DATE.test(value)) return f.date.format(new Date(`${value}T00:00:00Z`));
  if (Array.isArray(value)) return value.map((v) => formatValue(v, lang)).join(', ');
  // A text given in each language (a municipal layer's name for its appeal body): the letter's language.
  if (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[lang] === 'string') return (value as Record<Language, string>)[lang];
  return String(value);
}

/** The placeholders a template names, for load-time checks. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** A text cut at its placeholders once, at load: texts[0], fact names[0], texts[1], …, the last text. */
export interface Template {
  readonly source: string;
  readonly texts: readonly string[];
  readonly names: readonly string[];
  /** The fact slot of each placeholder; undefined for a name that is not a fact (always missing). */
  readonly slots: readonly (number | undefined)[];
}

export function template(source: string): Template {
  const texts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    texts.push(source.slice(last, match.index));
    names.push(match[1]!);
    last = match.index + match[0].length;
  }
  texts.push(source.slice(last));
  return { source, texts, names, slots: names.map(slotOf) };
}

/** A text in each language, cut at its placeholders. */
export type LocalizedTemplate = Readonly<Record<Language, Template>>;

export function localizedTemplate(text: Readonly<Record<Language, string>>): LocalizedTemplate {
  return { nb: template(text.nb), nn: template(text.nn), en: template(text.en) };
}

export interface Rendered {
  text: string;
  /** Placeholders whose fact the request did not give; empty when the text is complete. */
  missing: readonly string[];
}

const NOTHING_MISSING: readonly string[] = Object.freeze([]);

export function render({ source, texts, names, slots }: Template, facts: Facts, lang: Language): Rendered {
  if (names.length === 0) return { text: source, missing: NOTHING_MISSING };
  let missing: string[] | undefined;
  let text = texts[0]!;
  for (let i = 0; i < names.length; i++) {
    const slot = slots[i];
    const value = slot === undefined ? undefined : facts[slot];
    if (value === undefined || value === null) {
      (missing ??= []).push(names[i]!);
      text += `{${names[i]}}`;
    } else text += formatValue(value, lang);
    text += texts[i + 1]!;
  }
  return { text, missing: missing ?? NOTHING_MISSING };
}
