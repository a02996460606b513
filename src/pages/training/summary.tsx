import type { Language } from '../../rulesets/schema.ts';
import type { T } from '../i18n.ts';
import { FactName, valueText } from '../conditions.tsx';
import { labelOf } from '../labels.ts';

const isObject = (v: unknown): v is object => !!v && typeof v === 'object';

/** Every field the request gives, by dotted path; lists of objects by index, lists of codes whole. */
function leaves(value: unknown, path: string, out: [string, unknown][]): [string, unknown][] {
  const nested = isObject(value) && (!Array.isArray(value) || value.some(isObject));
  if (nested) for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, out);
  else out.push([path, value]);
  return out;
}

function shownValue(path: string, value: unknown, lang: Language, t: T, serviceNames: Record<string, string>): string {
  if (/^decision\.services\.\d+\.type$/.test(path) && typeof value === 'string') return serviceNames[value] ?? value;
  return valueText(path, value, lang, t);
}

/**
 * The proposed decision in words: every field the request gives, by its plain name. Generic on
 * purpose, so a field added to the request shows up here without a change to the page.
 */
export function RequestSummary({ request, lang, t, serviceNames }: { request: Record<string, unknown>; lang: Language; t: T; serviceNames: Record<string, string> }) {
  const rows = leaves({ ...request, pin: undefined, language: undefined }, '', []).filter(([, v]) => v !== undefined);
  return (
    <dl class="summary-list">
      {rows.map(([path, value]) => {
        const line = path.match(/^decision\.services\.(\d+)\./);
        return (
          <div>
            <dt>
              {line ? `${t('serviceLine', { n: Number(line[1]) + 1 })}: ` : ''}
              {labelOf(path, lang) ?? <FactName name={path} lang={lang} />}
            </dt>
            <dd>{shownValue(path, value, lang, t, serviceNames)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
