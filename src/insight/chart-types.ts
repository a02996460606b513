import type { Insight } from './aggregate.ts';

/** What the /insight page's charts need: words for their axes, and where they come from (charts.ts on Node). */
export interface ChartLabels {
  month: string;
  decisions: string;
  verdict: Record<string, string>;
  rule: string;
  fact: string;
  reason: Record<string, string>;
  band: string;
  hours: string;
  referenceRange: string;
  /** A service type's name. */
  service: (type: string) => string;
  /** A chart's accessible name. */
  title: Record<'verdicts' | 'rules' | 'missing' | 'deviations' | 'hours', string>;
}

/** Chart id → SVG markup; the equality chart is one per service type, `hours:<type>`. */
export type InsightCharts = Record<string, string>;
export type ChartRenderer = (insight: Insight, labels: ChartLabels) => InsightCharts;
