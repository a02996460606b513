import type { Condition, Language } from '../rulesets/schema.ts';
import { formatValue } from '../wording/render.ts';
import { norwegianDate } from './dates.ts';
import type { T, WordKey } from './i18n.ts';
import { labelOf } from './labels.ts';

/** A fact by its plain name, with the code name beside it for those who write rules. */
export function FactName({ name, lang }: { name: string; lang: Language }) {
  const label = labelOf(name, lang);
  return label ? (
    <span class="fact">
      {label} <code>{name}</code>
    </span>
  ) : (
    <code>{name}</code>
  );
}

/** Facts and fields whose values are codes the pages can name in words. */
const codeWords: Record<string, string> = {
  'decision.kind': 'kind',
  'decision.appealNotice.body': 'body',
  'assessment.userParticipation': 'participation',
};

/** A value of a fact or request field as a reader wants it: codes in words, dates and numbers the Norwegian way. */
export function valueText(name: string, value: unknown, lang: Language, t: T): string {
  const words = codeWords[name];
  if (words && typeof value === 'string') return t(`${words}.${value}` as WordKey);
  if (words && Array.isArray(value)) return value.map((v) => valueText(name, v, lang, t)).join(', ');
  if (value === null || (Array.isArray(value) && value.length === 0)) return t('none');
  if (typeof value === 'string') return norwegianDate(value);
  return formatValue(value, lang);
}

/** A condition's right-hand side: a literal, a list, or another fact. */
export function ConditionValue({ fact, value, lang, t }: { fact: string; value: unknown; lang: Language; t: T }) {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) return <FactName name={String(value.fact)} lang={lang} />;
  return <strong>{valueText(fact, value, lang, t)}</strong>;
}

/** What a rule checks, in words: the condition tree as nested lists. */
export function ConditionView({ condition, lang, t }: { condition: Condition; lang: Language; t: T }) {
  if ('all' in condition || 'any' in condition) {
    const [key, parts] = 'all' in condition ? (['cond.all', condition.all] as const) : (['cond.any', condition.any] as const);
    return (
      <div class="cond">
        <span>{t(key)}</span>
        <ul>
          {parts.map((part) => (
            <li>
              <ConditionView condition={part} lang={lang} t={t} />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if ('not' in condition) {
    return (
      <div class="cond">
        <span>{t('cond.not')}</span>
        <ul>
          <li>
            <ConditionView condition={condition.not} lang={lang} t={t} />
          </li>
        </ul>
      </div>
    );
  }
  return (
    <span>
      <FactName name={condition.fact} lang={lang} /> {t(`op.${condition.operator}`)} <ConditionValue fact={condition.fact} value={condition.value} lang={lang} t={t} />
    </span>
  );
}
