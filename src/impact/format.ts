import type { ImpactReport } from './schema.ts';

/** An impact report for people: plain text for the terminal, Markdown for a change request or wiki page. */

const ref = (r: ImpactReport['from']) => `${r.id}@${r.version}${r.status === 'draft' ? ' (draft)' : ''}`;
const list = (ids: string[]) => (ids.length ? ids.join(', ') : '–');

function summaryRows(report: ImpactReport): [string, number][] {
  const s = report.summary;
  return [
    ['cases', s.cases],
    ['not applicable (other municipality)', s.notApplicable],
    ['invalid requests', s.invalid],
    ['unchanged', s.unchanged],
    ['verdict changed', s.verdictChanged],
    ['findings changed, same verdict', s.findingsChanged],
  ];
}

function table(header: string[], rows: string[][], markdown: boolean): string[] {
  if (markdown) return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatImpact(report: ImpactReport, format: 'text' | 'markdown'): string {
  const md = format === 'markdown';
  const out: string[] = [];
  const heading = (text: string) => out.push('', md ? `### ${text}` : `${text}:`);
  out.push(md ? `## Impact of ${ref(report.to)} against ${ref(report.from)}` : `Impact of ${ref(report.to)} against ${ref(report.from)}`);

  heading('Summary');
  out.push(...table(['', 'cases'], summaryRows(report).map(([k, v]) => [k, String(v)]), md));
  if (report.summary.transitions.length) {
    heading('Verdict changes');
    out.push(...table(['old → new', 'cases'], report.summary.transitions.map((t) => [`${t.from} → ${t.to}`, String(t.count)]), md));
  }
  if (report.rules.length) {
    heading('Findings per rule');
    out.push(...table(['rule', 'added', 'removed'], report.rules.map((r) => [md ? `\`${r.rule}\`` : r.rule, String(r.added), String(r.removed)]), md));
  }
  if (report.changed.length) {
    heading('Changed cases');
    for (const c of report.changed) {
      const verdict = c.verdictChanged ? `${c.before} → ${c.after}` : `${c.before} (unchanged)`;
      out.push(md ? `- **${c.case}**: ${verdict}; added ${list(c.added)}; removed ${list(c.removed)}` : `  ${c.case}: ${verdict}\n    added: ${list(c.added)}\n    removed: ${list(c.removed)}`);
    }
    if (report.unlisted) out.push(`  … and ${report.unlisted} more changed cases (counted above, not listed)`);
  }
  if (report.invalidCases.length) {
    heading('Invalid requests (not evaluated)');
    for (const c of report.invalidCases) out.push(`${md ? '-' : ' '} ${c.case}: ${c.errors.join('; ')}`);
  }
  return `${out.join('\n')}\n`;
}
