import type { FieldError } from '../../decision/field-errors.ts';
import type { Language } from '../../rulesets/schema.ts';
import type { T, WordKey } from '../i18n.ts';
import { labelOf } from '../labels.ts';
import { DATE_PATTERN } from '../dates.ts';
import { fieldId, shown, type FieldSpec } from './form.ts';

export interface FieldContext {
  lang: Language;
  t: T;
  /** The request being shown, as plain JSON. */
  values: Record<string, unknown>;
  errors: readonly FieldError[];
  /** Names of service types, from the catalogues. */
  serviceNames: Record<string, string>;
}

function optionLabel(labels: string, choice: string, ctx: FieldContext): string {
  if (labels === 'service') return ctx.serviceNames[choice] ? `${ctx.serviceNames[choice]} (${choice})` : choice;
  return ctx.t(`${labels}.${choice}` as WordKey);
}

/** One labelled form control with its hint and its errors, tied together for screen readers. */
export function Field({ spec, value, ctx, hint }: { spec: FieldSpec; value: unknown; ctx: FieldContext; hint?: string }) {
  const { t, errors } = ctx;
  const id = fieldId(spec.path);
  const mine = errors.filter((e) => e.path === spec.path);
  const describedBy = [hint ? `${id}-hint` : '', mine.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const label = labelOf(spec.path, ctx.lang) ?? spec.path;
  const common = { id, name: spec.path, 'aria-describedby': describedBy, 'aria-invalid': mine.length ? 'true' : undefined };
  const current = shown(spec.widget, value);
  const extras = (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {mine.length ? (
        <p class="field-error" id={`${id}-error`}>
          {mine.map((e) => e.message).join('; ')}
        </p>
      ) : null}
    </>
  );
  const w = spec.widget;
  let control;
  if (w.kind === 'tri') {
    control = (
      <select {...common}>
        <option value="">{t('notAssessed')}</option>
        <option value="true" selected={value === true}>
          {t('yes')}
        </option>
        <option value="false" selected={value === false}>
          {t('no')}
        </option>
      </select>
    );
  } else if (w.kind === 'choice') {
    // A value the list does not know (from pasted JSON) is kept, so it is checked and refused, not lost.
    const choices = current && !w.choices.includes(current) ? [...w.choices, current] : w.choices;
    control = (
      <select {...common}>
        <option value="">{t(w.blank)}</option>
        {choices.map((choice) => (
          <option value={choice} selected={choice === current}>
            {w.choices.includes(choice) ? optionLabel(w.labels, choice, ctx) : choice}
          </option>
        ))}
      </select>
    );
  } else if (w.kind === 'number') {
    control = <input type="text" inputmode="decimal" value={current} {...common} />;
  } else if (w.kind === 'date') {
    // Text, not type=date: the browser's widget would write mm/dd/yyyy; the pages write 24.11.2026.
    control = <input type="text" inputmode="numeric" pattern={DATE_PATTERN} placeholder={t('datePlaceholder')} autocomplete="off" value={current} {...common} />;
  } else if (w.kind === 'codes') {
    control = <input type="text" value={current} {...common} />;
  } else {
    control = <input type="text" value={current} list={w.list} inputmode={w.inputmode} autocomplete="off" {...common} />;
  }
  return (
    <div class={`field${mine.length ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {control}
      {extras}
    </div>
  );
}
