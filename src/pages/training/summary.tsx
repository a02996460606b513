import type { Language } from '../../rulesets/schema.ts';
import { formatValue } from '../../wording/render.ts';
import type { T, WordKey } from '../i18n.ts';
import { FactName } from '../conditions.tsx';
import { labelOf } from '../labels.ts';

/** Codes whose values the pages can name in words. */
const valueWords: Record<string, string> = { 'decision.kind': 'kind', 'decision.appealNotice.body': 'body', 'assessment.userParticipation': 'participation' };

function leaves(value: unknown, path: string, out: [string, unknown][]): [string, unknown][] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, out);
  } else out.push([path, value]);
  return out;
}

function shownValue(path: string, value: unknown, lang: Language, t: T, serviceNames: Record<string, string>): string {
  const words = valueWords[path];
  if (words && typeof value === 'string') return t(`${words}.${value}` as WordKey);
  if (/^decision\.services\.\d+\.type$/.test(path) && typeof value === 'string') return serviceNames[value] ?? value;
  if (value === null) return t('none');
  if (Array.isArray(value) && value.length === 0) return t('none');
  return formatValue(value, lang);
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
