import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { root } from './machine.ts';

/**
 * docs/performance.md holds one section per bench script, each between markers that the
 * script rewrites whole, so `npm run bench` and `npm run bench:http` update their own part.
 */
const DOC = `${root}docs/performance.md`;
const HEAD = `# Performance

Measured by \`npm run bench\` (in-process) and \`npm run bench:http\` (over loopback HTTP); each
script rewrites its own section below from one run. Speed is never asserted in tests.
`;

export function writeSection(name: string, markdown: string): void {
  mkdirSync(`${root}docs`, { recursive: true });
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : HEAD;
  const at = doc.indexOf(start);
  if (at >= 0) doc = doc.slice(0, at) + block + doc.slice(doc.indexOf(end) + end.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, doc);
}

export function writeDoc(file: string, text: string): void {
  mkdirSync(`${root}docs`, { recursive: true });
  writeFileSync(`${root}docs/${file}`, text);
}

/** A markdown table; numbers are right-aligned by the renderer only if given as text, so format them first. */
export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A horizontal bar chart of µs per evaluation (p50 bar, p99 tick), on a log scale: the variants span three orders of magnitude. */
export function barChart(title: string, bars: { label: string; p50: number; p99: number }[]): string {
  const width = 760;
  const left = 250;
  const right = 40;
  const row = 34;
  const top = 48;
  const height = top + bars.length * row + 40;
  const max = Math.max(...bars.map((b) => b.p99));
  const lo = Math.floor(Math.log10(Math.min(...bars.map((b) => b.p50)))) ;
  const hi = Math.ceil(Math.log10(max));
  const x = (v: number) => left + ((Math.log10(v) - lo) / (hi - lo)) * (width - left - right);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="600">${escape(title)}</text>`,
  ];
  for (let p = lo; p <= hi; p++) {
    const gx = x(10 ** p);
    parts.push(`<line x1="${gx}" y1="${top - 8}" x2="${gx}" y2="${height - 30}" stroke="#ddd"/>`);
    parts.push(`<text x="${gx}" y="${height - 12}" text-anchor="middle" fill="#555">${10 ** p >= 1 ? 10 ** p : (10 ** p).toFixed(-p)} µs</text>`);
  }
  bars.forEach((b, i) => {
    const y = top + i * row;
    parts.push(`<text x="${left - 8}" y="${y + 16}" text-anchor="end">${escape(b.label)}</text>`);
    parts.push(`<rect x="${left}" y="${y + 4}" width="${Math.max(1, x(b.p50) - left)}" height="18" fill="${i === 2 ? '#1f6feb' : '#8c959f'}"/>`);
    parts.push(`<line x1="${x(b.p99)}" y1="${y + 2}" x2="${x(b.p99)}" y2="${y + 24}" stroke="#cf222e" stroke-width="2"/>`);
    parts.push(`<text x="${Math.min(x(b.p99) + 6, width - right)}" y="${y + 17}" fill="#333">${b.p50 < 10 ? b.p50.toFixed(2) : b.p50.toFixed(0)}</text>`);
  });
  parts.push(`<text x="${width - right}" y="${top - 14}" text-anchor="end" fill="#555">bar: p50 µs per evaluation · red tick: p99 · log scale</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
