import type { Condition, Language } from '../rulesets/schema.ts';
import { formatValue } from '../wording/render.ts';
import type { T } from './i18n.ts';
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

/** A condition's right-hand side: a literal, a list, or another fact. */
export function ConditionValue({ value, lang }: { value: unknown; lang: Language }) {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) return <FactName name={String(value.fact)} lang={lang} />;
  if (value === null) return <strong>null</strong>;
  return <strong>{formatValue(value, lang)}</strong>;
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
      <FactName name={condition.fact} lang={lang} /> {t(`op.${condition.operator}`)} <ConditionValue value={condition.value} lang={lang} />
    </span>
  );
}
