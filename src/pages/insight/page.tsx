import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Insight } from '../../insight/aggregate.ts';
import type { ChartLabels, InsightCharts } from '../../insight/chart-types.ts';
import type { Language } from '../../rulesets/schema.ts';
import type { Registry } from '../../rulesets/registry.ts';
import type { Frame } from '../frame.tsx';
import type { T } from '../i18n.ts';
import { Layout } from '../layout.tsx';
import { outcomeNames, reasonNames } from '../labels.ts';
import { serviceNames } from '../lab/run.ts';
import { Head } from '../table.tsx';

interface Props {
  frame: Frame;
  registry: Registry;
  scope: { municipality?: string; from?: string; to?: string };
  /** Undefined: this deployment runs without a record. */
  insight?: Insight;
  charts: InsightCharts;
}

/** Rule id → its title in this language, from any loaded version. */
function ruleTitles(registry: Registry, lang: Language): Map<string, string> {
  const titles = new Map<string, string>();
  for (const version of registry.versions) for (const rule of version.rules) titles.set(rule.id, rule.title[lang] ?? rule.title.nb ?? rule.id);
  return titles;
}

export function chartLabels(t: T, registry: Registry, lang: Language): ChartLabels {
  const services = serviceNames(registry, lang);
  return {
    month: t('colMonth'),
    decisions: t('colDecisions'),
    verdict: { blocked: t('verdictBlocked'), warnings: t('verdictWarnings'), clear: t('verdictClear') },
    rule: t('colRule'),
    fact: t('colFact'),
    reason: reasonNames(t),
    band: t('colBand'),
    hours: t('hoursAxis'),
    referenceRange: t('colRange'),
    service: (type) => services[type] ?? type,
    title: { verdicts: t('insightVerdicts'), rules: t('insightRules'), missing: t('insightMissing'), deviations: t('insightDeviations'), hours: t('insightEquality') },
  };
}

/** One figure: the chart (when drawn) and its data as a table, which is what assistive technology reads. */
function Figure({ id, title, text, svg, table, t }: { id: string; title: string; text?: string; svg?: string; table: Child; t: T }) {
  return (
    <section aria-labelledby={`${id}-h`} class="insight">
      <h2 id={`${id}-h`}>{title}</h2>
      {text ? <p>{text}</p> : null}
      {svg ? <figure class="chart">{raw(svg)}</figure> : null}
      <details open={svg ? undefined : true}>
        <summary>{t('insightTable')}</summary>
        {table}
      </details>
    </section>
  );
}

/** A table of counts: the cells that name each group, then its number of decisions. */
function CountTable({ t, columns, rows }: { t: T; columns: string[]; rows: { cells: Child[]; decisions: number }[] }) {
  return (
    <table>
      <Head columns={[...columns, t('colDecisions')]} />
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colspan={columns.length + 1}>{t('insightNone')}</td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr>
              {r.cells.map((cell) => (
                <td>{cell}</td>
              ))}
              <td class="num">{r.decisions}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

const hours = (n: number) => (Math.round(n * 10) / 10).toLocaleString('nb-NO');

export function InsightPage({ frame, registry, scope, insight, charts }: Props) {
  const { lang, t } = frame;
  const titles = ruleTitles(registry, lang);
  const services = serviceNames(registry, lang);
  const ruleName = (id: string) => (
    <>
      {titles.get(id) ?? id} <code>{id}</code>
    </>
  );
  const verdictName: Record<string, string> = { blocked: t('verdictBlocked'), warnings: t('verdictWarnings'), clear: t('verdictClear') };
  const outcomeName = outcomeNames(t);
  const reasons = reasonNames(t);
  const suppressed = insight ? Object.values(insight.suppressed).reduce((a, b) => a + b, 0) : 0;
  return (
    <Layout frame={frame} title={t('insightTitle')} section="insight">
      <h1>{t('insightTitle')}</h1>
      <p class="lead">{t('insightIntro', { min: insight?.minimumGroup ?? 5 })}</p>
      <form method="get" action="/insight" class="scope" aria-label={t('insightScope')}>
        {lang === 'nb' ? null : <input type="hidden" name="lang" value={lang} />}
        <label>
          {t('insightMunicipality')} <input name="municipality" inputmode="numeric" pattern="[0-9]{4}" value={scope.municipality ?? ''} placeholder={t('insightAll')} />
        </label>
        <label>
          {t('insightFrom')} <input type="date" name="from" value={scope.from ?? ''} />
        </label>
        <label>
          {t('insightTo')} <input type="date" name="to" value={scope.to ?? ''} />
        </label>
        <button type="submit">{t('insightShow')}</button>
      </form>
      {!insight ? (
        <p class="note">{t('insightOff')}</p>
      ) : insight.decisions === null ? (
        <p class="note">{t('insightTooFew')}</p>
      ) : (
        <>
          <p>
            {t('insightDecisions', { n: insight.decisions })} {suppressed > 0 ? t('insightSuppressed', { n: suppressed, min: insight.minimumGroup }) : null}
          </p>
          <Figure
            id="verdicts"
            t={t}
            title={t('insightVerdicts')}
            text={t('insightVerdictsText')}
            svg={charts.verdicts}
            table={<CountTable t={t} columns={[t('colMonth'), t('colVerdict')]} rows={insight.verdictsByMonth.map((r) => ({ cells: [r.month, verdictName[r.verdict]], decisions: r.decisions }))} />}
          />
          <Figure
            id="rules"
            t={t}
            title={t('insightRules')}
            text={t('insightRulesText')}
            svg={charts.rules}
            table={<CountTable t={t} columns={[t('colRule')]} rows={insight.rulesFiring.map((r) => ({ cells: [ruleName(r.rule)], decisions: r.decisions }))} />}
          />
          <Figure
            id="missing"
            t={t}
            title={t('insightMissing')}
            text={t('insightMissingText')}
            svg={charts.missing}
            table={<CountTable t={t} columns={[t('colFact')]} rows={insight.missingFacts.map((r) => ({ cells: [<code>{r.fact}</code>], decisions: r.decisions }))} />}
          />
          <Figure
            id="outcomes"
            t={t}
            title={t('insightOutcomes')}
            table={<CountTable t={t} columns={[t('colOutcome')]} rows={insight.outcomes.map((r) => ({ cells: [outcomeName[r.outcome]], decisions: r.decisions }))} />}
          />
          <Figure
            id="deviations"
            t={t}
            title={t('insightDeviations')}
            text={t('insightDeviationsText')}
            svg={charts.deviations}
            table={<CountTable t={t} columns={[t('colRule'), t('colReason')]} rows={insight.deviations.map((r) => ({ cells: [ruleName(r.rule), reasons[r.reason]], decisions: r.decisions }))} />}
          />
          <section aria-labelledby="equality-h" class="insight">
            <h2 id="equality-h">{t('insightEquality')}</h2>
            <p>{t('insightEqualityText')}</p>
            {insight.grantedHours.length === 0 ? <p>{t('insightNone')}</p> : null}
            {[...new Set(insight.grantedHours.map((g) => g.serviceType))].map((type) => {
              const groups = insight.grantedHours.filter((g) => g.serviceType === type);
              return (
                <Figure
                  id={`hours-${type}`}
                  t={t}
                  title={services[type] ?? type}
                  svg={charts[`hours:${type}`]}
                  table={
                    <table>
                      <Head columns={[t('colBand'), t('colGrants'), t('colMedian'), t('colQuartiles'), t('colRange'), t('colOutside')]} />
                      <tbody>
                        {groups.map((g) => (
                          <tr>
                            <td>{g.band}</td>
                            <td class="num">{g.grants}</td>
                            <td class="num">{hours(g.quartiles.median)}</td>
                            <td class="num">
                              {hours(g.quartiles.q1)}–{hours(g.quartiles.q3)}
                            </td>
                            <td class="num">{g.referenceRange ? `${hours(g.referenceRange.min)}–${hours(g.referenceRange.max)}` : '–'}</td>
                            <td class="num">
                              {g.outsideRange} ({Math.round((100 * g.outsideRange) / g.grants)} %)
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  }
                />
              );
            })}
          </section>
        </>
      )}
    </Layout>
  );
}
