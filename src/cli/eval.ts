import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkRequest, evaluatedRulesets, legalStaff } from '../decision/check.ts';
import type { FixedFinding as Finding } from '../decision/result.ts';
import { withFixes } from '../engine/fixes.ts';
import { Language } from '../rulesets/schema.ts';
import { EXIT, loadRegistry, parse, parsePins, pinOption, rulesOption, UsageError, type Command } from './io.ts';

const mark: Record<Finding['severity'], string> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

function because(f: Finding): string[] {
  if (f.outcome === 'undetermined') return [`    missing: ${(f.missingFacts ?? []).join(', ')}`];
  return f.because.map((b) => {
    const value = b.value !== null && typeof b.value === 'object' && 'fact' in b.value ? b.value.fact : JSON.stringify(b.value);
    return `    because ${b.fact} ${b.operator} ${value}: was ${JSON.stringify(b.actual)}${b.result ? '' : ' (counts by not holding)'}`;
  });
}

/** Each suggested fix: the change in words, then the fields it sets. */
function fixes(f: Finding): string[] {
  return f.fixes.map((fix) => {
    const sets = [fix, ...(fix.alsoSet ?? [])].map(({ path, value }) => `${path} = ${JSON.stringify(value)}`).join(', ');
    return `    fix: ${fix.text} [${sets}]`;
  });
}

export const evalCommand: Command = {
  summary: 'evaluate one request and print verdict, findings with citations and suggested fixes, and wording',
  usage: 'hjemmel eval <request.json> [--pin id@version]… [--lang nb|nn|en] [--rules dir] [--json]',
  async run(args, io) {
    const { values, positionals } = parse(args, { ...rulesOption, ...pinOption, lang: { type: 'string' }, json: { type: 'boolean', default: false } });
    if (positionals.length !== 1) throw new UsageError('give exactly one request file');
    const lang = values.lang === undefined ? undefined : Language.safeParse(values.lang);
    if (lang && !lang.success) throw new UsageError(`--lang must be nb, nn or en, got ${values.lang}`);
    const registry = loadRegistry(io, values.rules);
    if (!registry) return EXIT.failed;
    const pins = parsePins(values.pin, registry);

    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(readFileSync(resolve(io.cwd, positionals[0]!), 'utf8'));
    } catch (error) {
      io.err(`${positionals[0]}: ${(error as Error).message}\n`);
      return EXIT.failed;
    }
    if (Object.keys(pins).length) raw.pin = { ...(raw.pin as object | undefined), ...pins };
    if (lang) raw.language = lang.data;
    const checked = checkRequest(raw, registry, legalStaff);
    if (!checked.ok) {
      io.err(`Refused (${checked.status}): ${checked.detail}\n`);
      for (const e of checked.errors) io.err(`  ${e.path}: ${e.message}\n`);
      return EXIT.failed;
    }
    const { outcome, selection, request } = checked;
    const rulesets = evaluatedRulesets(checked);
    const whatIf = checked.whatIf.length > 0;
    const findings = withFixes(request, selection, outcome);
    if (values.json) {
      io.out(`${JSON.stringify({ verdict: outcome.verdict, language: outcome.language, ...(whatIf ? { whatIf } : {}), rulesets, findings, wording: outcome.wording }, null, 2)}\n`);
      return EXIT.ok;
    }
    const lines = [
      `Verdict: ${outcome.verdict}${whatIf ? ' (what-if: pinned in place of the version in force)' : ''}`,
      `Rulesets: ${rulesets.map((r) => `${r.id}@${r.version}${r.status === 'draft' ? ' (DRAFT)' : ''}${'pinned' in r ? ' (PINNED)' : ''}`).join(', ')}   Language: ${outcome.language}`,
      '',
      findings.length ? `Findings (${findings.length}):` : 'Findings: none',
    ];
    for (const f of findings) {
      const where = f.service === undefined ? '' : ` [service ${f.service}]`;
      lines.push('', `  ${mark[f.severity]} ${f.title} — ${f.rule}${where} (${f.category}${f.outcome === 'undetermined' ? ', undetermined' : ''}${f.status ? `, ${f.status}` : ''})`);
      lines.push(`    ${f.message}`);
      for (const basis of f.legalBasis) lines.push(`    ${basis.citation} <${basis.url}>`);
      lines.push(...because(f), ...fixes(f));
    }
    if (outcome.wording.length) lines.push('', 'Wording the letter must contain:');
    for (const w of outcome.wording) {
      lines.push('', `  ${w.heading}`, `    ${w.text}`, `    (${w.legalBasis.map((b) => b.citation).join('; ')})`);
    }
    io.out(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
