/**
 * Checks the Worker bundle that `wrangler deploy --dry-run --outdir <dir>` wrote:
 * - its gzipped size (measured as wrangler measures it: all modules together, zlib defaults)
 *   stays under BUDGET_KIB;
 * - it holds no code generation from strings (`eval(`, `Function(`, `new Function`, or a
 *   `= Function` alias that hides it) outside the known sites listed in ALLOWED, each with the
 *   reason it is never reached in the Worker.
 * Prints the size, and every finding as `line N in NAME: code`. Exit 1 on a breach.
 *
 * Usage: node --import tsx scripts/check-bundle.ts <dir> [--budget-kib N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Measured 235 KiB gzipped (Nov 2025); twice that (512) left room for rules and signing code. Raised
 * to 600 for the decision record through Hyperdrive (Nov 2026): 482 KiB before, 573 KiB with `pg`
 * (~45 KiB), drizzle-orm's query builder (~40 KiB) and nodejs_compat's shims; still far under the
 * 3 MiB free-plan limit.
 */
export const BUDGET_KIB = 600;

/** Code-generation sites known to be unreachable in the Worker, by the function that holds them. */
const ALLOWED: Record<string, string> = {
  allowsEval: "zod's probe for code generation: skipped under z.config({ jitless: true }) (src/jitless.ts), and wrangler replaces navigator.userAgent with Cloudflare-Workers, which zod also skips on",
  'Doc.compile': "zod's Doc.compile, used only by the object fast path, which zod builds only when the jitless setting is off and allowsEval is true",
  compileFn: 'zod 4.6 `z.compile()`, which Hjemmel never calls',
};

const CODEGEN = /\beval\s*\(|\bnew\s+Function\b|(?<![\w.$])Function\s*\(|=\s*Function\s*[;,)]/;
/** A top-level declaration, or a class method (esbuild indents those by two): names a hit's enclosing function. */
const DECLARATION = /^(?:(?:async\s+)?function\*?\s+([\w$]+)|(?:var|let|const)\s+([\w$]+)\s*=)|^ {2}(?!(?:if|for|while|switch|catch|return)\b)([\w$]+)\s*\([^)]*\)\s*\{/;

export interface CodegenSite {
  line: number;
  enclosing: string;
  code: string;
}

export function codegenSites(source: string): CodegenSite[] {
  const lines = source.split('\n');
  const sites: CodegenSite[] = [];
  lines.forEach((text, i) => {
    if (!CODEGEN.test(text) || /^\s*(\/\/|\*)/.test(text)) return;
    let enclosing = '(top level)';
    for (let j = i; j >= 0; j--) {
      const m = DECLARATION.exec(lines[j]!);
      if (!m) continue;
      enclosing = m[1] ?? m[2] ?? m[3]!;
      if (m[3]) {
        // A method: name it with its class, so that an allowed `Doc.compile` allows no other `compile`.
        const owner = lines.slice(0, j).findLast((l) => /^(?:var|let|const)\s+[\w$]+\s*=\s*class\b|^class\s/.test(l));
        enclosing = `${/^(?:(?:var|let|const)\s+|class\s+)([\w$]+)/.exec(owner ?? '')?.[1] ?? '?'}.${m[3]}`;
      }
      break;
    }
    sites.push({ line: i + 1, enclosing, code: text.trim().slice(0, 120) });
  });
  return sites;
}

export function checkBundle(dir: string, budgetKib = BUDGET_KIB): { ok: boolean; report: string[] } {
  const modules = readdirSync(dir).filter((name) => !name.endsWith('.map') && name !== 'README.md' && !name.endsWith('.json')).sort();
  if (!modules.some((name) => /\.m?js$/.test(name))) return { ok: false, report: [`no Worker module in ${dir}: run wrangler deploy --dry-run --outdir ${dir} first`] };
  const contents = modules.map((name) => readFileSync(join(dir, name)));
  const size = contents.reduce((sum, c) => sum + c.byteLength, 0);
  const gzip = gzipSync(Buffer.concat(contents)).byteLength;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(2)} KiB`;
  const report = [`Worker bundle (${modules.join(', ')}): ${kib(size)}, gzip ${kib(gzip)}; budget ${budgetKib} KiB gzip (${((100 * gzip) / (budgetKib * 1024)).toFixed(0)}% used)`];
  let ok = gzip <= budgetKib * 1024;
  if (!ok) report.push(`over budget by ${kib(gzip - budgetKib * 1024)}`);
  for (const name of modules.filter((n) => /\.m?js$/.test(n))) {
    for (const site of codegenSites(readFileSync(join(dir, name), 'utf8'))) {
      const reason = ALLOWED[site.enclosing];
      if (reason) report.push(`known code-generation site, line ${site.line} in ${site.enclosing}: ${reason}`);
      else {
        ok = false;
        report.push(`code generation from strings, line ${site.line} in ${site.enclosing}: ${site.code}`);
      }
    }
  }
  return { ok, report };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const at = process.argv.indexOf('--budget-kib');
  const { ok, report } = checkBundle(dir, at > 0 ? Number(process.argv[at + 1]) : BUDGET_KIB);
  for (const line of report) (ok ? console.log : console.error)(line);
  if (!ok) {
    console.error('Worker bundle check failed.');
    process.exit(1);
  }
}
