import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { ChartLabels, ChartRenderer, InsightCharts } from './chart-types.ts';

/**
 * The /insight page's charts, drawn on the server with Observable Plot as SVG (a DOM from linkedom:
 * no browser, no script on the page). Node only: the Worker has no record to chart, so its bundle
 * carries neither library; the page shows each chart's data as a table either way.
 */
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const verdictColours = { domain: ['blocked', 'warnings', 'clear'], range: ['#b3261e', '#b26a00', '#2e7d32'] };
const reasonColours = ['#1f4e79', '#6a3d9a', '#b15928', '#33a02c'];

/**
 * A chart as markup: one image named by its title (role img), its marks unlabelled (Plot labels
 * its <g> elements, which ARIA forbids without a role); the table under it carries the data.
 */
function svg(options: Plot.PlotOptions & { ariaLabel: string }): string {
  const chart = Plot.plot({ document, style: { fontSize: '13px' }, ...options } as Plot.PlotOptions & { document: unknown }) as unknown as HTMLElement;
  for (const g of chart.querySelectorAll('g[aria-label], g[aria-description]')) {
    g.removeAttribute('aria-label');
    g.removeAttribute('aria-description');
  }
  for (const image of chart.tagName.toLowerCase() === 'svg' ? [chart] : [...chart.querySelectorAll('svg')]) {
    image.setAttribute('role', 'img');
    image.setAttribute('aria-label', options.ariaLabel);
  }
  return chart.outerHTML;
}

const horizontalBars = (rows: { label: string; decisions: number }[], labels: ChartLabels, ariaLabel: string, y: string) =>
  svg({
    ariaLabel,
    marginLeft: 300,
    height: 40 + rows.length * 24,
    x: { label: labels.decisions, grid: true },
    y: { label: y },
    marks: [Plot.barX(rows, { x: 'decisions', y: 'label', sort: { y: '-x' }, fill: '#1f4e79' }), Plot.ruleX([0])],
  });

export const renderInsightCharts: ChartRenderer = (insight, labels) => {
  const charts: InsightCharts = {};
  if (insight.verdictsByMonth.length > 0) {
    charts.verdicts = svg({
      ariaLabel: labels.title.verdicts,
      x: { label: labels.month },
      y: { label: labels.decisions, grid: true },
      color: { ...verdictColours, legend: true, tickFormat: (v: string) => labels.verdict[v] ?? v },
      marks: [Plot.barY(insight.verdictsByMonth, { x: 'month', y: 'decisions', fill: 'verdict' }), Plot.ruleY([0])],
    });
  }
  if (insight.rulesFiring.length > 0) charts.rules = horizontalBars(insight.rulesFiring.slice(0, 15).map((r) => ({ label: r.rule, decisions: r.decisions })), labels, labels.title.rules, labels.rule);
  if (insight.missingFacts.length > 0) charts.missing = horizontalBars(insight.missingFacts.slice(0, 15).map((f) => ({ label: f.fact, decisions: f.decisions })), labels, labels.title.missing, labels.fact);
  if (insight.deviations.length > 0) {
    charts.deviations = svg({
      ariaLabel: labels.title.deviations,
      marginLeft: 300,
      height: 60 + new Set(insight.deviations.map((d) => d.rule)).size * 28,
      x: { label: labels.decisions, grid: true },
      y: { label: labels.rule },
      color: { domain: Object.keys(labels.reason), range: reasonColours, legend: true, tickFormat: (v: string) => labels.reason[v] ?? v },
      marks: [Plot.barX(insight.deviations, { x: 'decisions', y: 'rule', fill: 'reason' }), Plot.ruleX([0])],
    });
  }
  for (const type of new Set(insight.grantedHours.map((g) => g.serviceType))) {
    const groups = insight.grantedHours.filter((g) => g.serviceType === type);
    const points = groups.flatMap((g) => g.hours.map((hours) => ({ band: g.band, hours })));
    const ranges = groups.flatMap((g) => (g.referenceRange ? [{ band: g.band, ...g.referenceRange }] : []));
    charts[`hours:${type}`] = svg({
      ariaLabel: `${labels.title.hours}: ${labels.service(type)}`,
      x: { label: labels.band, domain: groups.map((g) => g.band) },
      y: { label: labels.hours, grid: true },
      marks: [
        Plot.barY(ranges, { x: 'band', y1: 'min', y2: 'max', fill: '#2e7d32', fillOpacity: 0.15, stroke: '#2e7d32', strokeDasharray: '4,3' }),
        Plot.boxY(points, { x: 'band', y: 'hours', fill: '#1f4e79', fillOpacity: 0.25, stroke: '#1f4e79' }),
        Plot.tickY(points, { x: 'band', y: 'hours', stroke: '#1f4e79', strokeOpacity: 0.35 }),
      ],
    });
  }
  return charts;
};
