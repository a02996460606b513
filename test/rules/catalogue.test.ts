import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseRequest } from '../../src/cases/run.ts';
import { EvaluationRequest } from '../../src/decision/schema.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { decisionFactsOf } from '../../src/engine/facts.ts';
import { select } from '../../src/rulesets/registry.ts';
import { needsQuotes, type LegalBasis } from '../../src/rulesets/schema.ts';
import { placeholdersIn, render, template } from '../../src/wording/render.ts';
import { as, bundledRegistry, fixtureCases, get, root, testApp } from '../helpers.ts';

// The legal content itself: every bundled version, every rule, against the whole case corpus.
const registry = bundledRegistry();
const { cases, bases } = fixtureCases();
const nationals = registry.versionsOf(registry.nationalId);
const key = (id: string, version: string) => `${id}@${version}`;

/**
 * A Lovdata link as served (percent-encoded, src/rulesets/schema.ts): a statute section,
 * https://lovdata.no/lov/<date>[-<nr>]/%C2%A7<section> (§2-1d or §11a as written), or a forskrift,
 * https://lovdata.no/forskrift/<date>-<nr>[/%C2%A7<section>] (the whole forskrift where the section
 * that applies is not confirmed).
 */
const LOVDATA = /^https:\/\/lovdata\.no\/(lov\/\d{4}-\d{2}-\d{2}(-\d+)?\/%C2%A7\d+(-\d+)?[a-z]?|forskrift\/\d{4}-\d{2}-\d{2}-\d+(\/%C2%A7\d+[a-z]?)?)$/;
const cited = (basis: readonly LegalBasis[]) => basis.map((b) => b.url);

describe('every rule in every bundled version', () => {
  for (const version of registry.versions) {
    const { file } = version;
    describe(key(file.id, file.version), () => {
      it('cites at least one section, each with a Lovdata statute link', () => {
        for (const rule of file.rules) {
          expect(rule.legalBasis.length, rule.id).toBeGreaterThan(0);
          for (const url of cited(rule.legalBasis)) expect(url, rule.id).toMatch(LOVDATA);
        }
        for (const block of file.wording) for (const url of cited(block.legalBasis)) expect(url, block.id).toMatch(LOVDATA);
        for (const [type, entry] of Object.entries(file.catalogue)) for (const url of cited(entry.legalBasis ?? [])) expect(url, type).toMatch(LOVDATA);
      });

      it('has its message in bokmål, nynorsk and English, nynorsk written out rather than copied', () => {
        for (const rule of file.rules) {
          for (const lang of ['nb', 'nn', 'en'] as const) expect(rule.message[lang].trim().length, `${rule.id} ${lang}`).toBeGreaterThan(20);
          expect(rule.message.nn, rule.id).not.toBe(rule.message.nb);
          // A few words that betray bokmål left in a nynorsk text.
          expect(rule.message.nn, rule.id).not.toMatch(/\b(ikke|hvis|hva|hvordan|hvem|uken|søkeren|tjenesten)\b/);
        }
        // From the versions written after the legal review (quotes required), nynorsk says "rett til", never "rett på".
        if (needsQuotes(file)) for (const text of [...file.rules.map((r) => r.message.nn), ...file.wording.map((w) => w.text.nn)]) expect(text).not.toMatch(/rett på/);
        for (const block of file.wording) {
          expect(block.text.nn, block.id).not.toBe(block.text.nb);
          expect(block.text.nn, block.id).not.toMatch(/\b(ikke|hvis|hva|hvordan|hvem|uken|søkeren|tjenesten)\b/);
        }
      });

      it('explains itself in notes; a rule awaiting legal review says what is unconfirmed', () => {
        for (const rule of file.rules) {
          expect(rule.notes?.length ?? 0, rule.id).toBeGreaterThan(0);
          if (rule.status === 'needs-legal-review') expect(rule.notes, rule.id).toMatch(/NEEDS LEGAL REVIEW/);
        }
      });
    });
  }

  it('the municipal layers are marked as example data, in the file and in rules/README.md', () => {
    const readme = readFileSync(`${root}rules/README.md`, 'utf8');
    const layers = registry.versions.filter((v) => v.file.layer === 'municipal');
    expect(layers.length).toBeGreaterThanOrEqual(2);
    for (const { file } of layers) {
      expect(file.layer === 'municipal' && file.exampleData, file.id).toBe(true);
      expect(readme).toMatch(new RegExp(`${file.id}.*example data`, 'i'));
    }
  });

  it('rules/README.md lists every rule of every version in its catalogue table', () => {
    const readme = readFileSync(`${root}rules/README.md`, 'utf8');
    const ids = new Set(registry.versions.flatMap((v) => v.file.rules.map((r) => r.id)));
    for (const id of ids) expect(readme, id).toContain(`| \`${id}\` |`);
  });
});

describe('wording', () => {
  const complete = Object.entries(bases).map(([name, raw]) => [name, EvaluationRequest.parse(raw)] as const);

  for (const version of nationals) {
    it(`every block of ${key(version.file.id, version.file.version)} renders in nb and nn with every placeholder filled`, () => {
      for (const [name, request] of complete) {
        const chosen = select(registry, { ...request, pin: { [registry.nationalId]: version.file.version } });
        if (!chosen.ok) throw new Error(chosen.detail);
        const facts = decisionFactsOf(request, chosen.selection);
        for (const layer of chosen.selection.rulesets) {
          for (const { block } of layer.wording) {
            for (const lang of ['nb', 'nn'] as const) {
              for (const text of [block.heading[lang], block.text[lang]]) {
                const rendered = render(template(text), facts, lang);
                // The fvl appeal body is a municipal layer parameter (from 2026.2.0): a layer version that does
                // not name it leaves it missing, which the engine reports; every other placeholder is filled.
                const layerGap = chosen.selection.fvlAppealBody === undefined ? ['municipality.fvlAppealBody'] : [];
                expect(rendered.missing.filter((m) => !layerGap.includes(m)), `${name} ${block.id} ${lang}`).toEqual([]);
                expect(placeholdersIn(rendered.text).filter((m) => !layerGap.includes(m)), `${name} ${block.id} ${lang}`).toEqual([]);
              }
            }
          }
        }
      }
    });
  }
});

/** Every case (refusals left out) evaluated with the national ruleset pinned to `version`. */
function runAllPinned(version: string) {
  const runs = [];
  for (const c of cases) {
    if (c.expect.refused) continue;
    const raw = caseRequest(c, bases);
    raw.pin = { ...(raw.pin as Record<string, string> | undefined), [registry.nationalId]: version };
    const request = EvaluationRequest.parse(raw);
    const chosen = select(registry, request);
    if (!chosen.ok) throw new Error(`${c.name}: ${chosen.detail}`);
    const outcome = evaluate(request, chosen.selection);
    if (!outcome.ok) throw new Error(`${c.name}: ${JSON.stringify(outcome.errors)}`);
    runs.push({ name: c.name, rulesets: chosen.selection.rulesets, findings: outcome.findings });
  }
  return runs;
}

describe('every rule fires in some fixture case and stays silent in another', () => {
  // Each national version, drafts included, is run against the whole corpus by pinning it, so that a
  // version in force for only a few case dates is still held to every case. Municipal layers run as selected.
  const fired = new Map<string, Set<string>>();
  const silent = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, ruleset: string, rule: string, caseName: string) => {
    const k = `${ruleset} ${rule}`;
    map.set(k, (map.get(k) ?? new Set()).add(caseName));
  };
  for (const version of nationals) {
    for (const run of runAllPinned(version.file.version)) {
      for (const ruleset of run.rulesets) {
        const id = key(ruleset.file.id, ruleset.file.version);
        for (const { rule } of ruleset.rules) {
          const hits = run.findings.filter((f) => f.rule === rule.id && f.ruleset === id);
          if (hits.some((f) => f.outcome === 'fired')) note(fired, id, rule.id, run.name);
          if (hits.length === 0) note(silent, id, rule.id, run.name);
        }
      }
    }
  }

  for (const version of registry.versions) {
    const id = key(version.file.id, version.file.version);
    it(`${id}: each rule has a firing and a silent case`, () => {
      const gaps = version.file.rules.flatMap((rule) => [
        ...(fired.has(`${id} ${rule.id}`) ? [] : [`${rule.id} never fires`]),
        ...(silent.has(`${id} ${rule.id}`) ? [] : [`${rule.id} never stays silent`]),
      ]);
      expect(gaps).toEqual([]);
    });
  }

  it('no fired finding leaves a placeholder unfilled, in any version or language', () => {
    for (const version of nationals) {
      for (const lang of ['nb', 'nn'] as const) {
        for (const c of cases) {
          if (c.expect.refused) continue;
          const raw = { ...caseRequest(c, bases), language: lang, pin: { [registry.nationalId]: version.file.version } };
          const request = EvaluationRequest.parse(raw);
          const chosen = select(registry, request);
          if (!chosen.ok) throw new Error(chosen.detail);
          const outcome = evaluate(request, chosen.selection);
          if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
          for (const f of outcome.findings.filter((f) => f.outcome === 'fired')) {
            expect(placeholdersIn(f.message), `${c.name} ${f.rule} ${lang}`).toEqual([]);
          }
        }
      }
    }
  });
});

describe('dated versions', () => {
  const nationalOn = (decisionDate: string) => {
    const chosen = select(registry, { decisionDate, municipality: '0301' });
    return chosen.ok ? chosen.selection.rulesets[0]!.file.version : chosen.detail;
  };

  it('2025.1.0 up to 31 May 2026, 2026.1.0 from 1 June 2026, 2026.2.0 from 1 December 2026, never the draft by date', () => {
    expect(nationalOn('2025-01-01')).toBe('2025.1.0');
    expect(nationalOn('2026-05-31')).toBe('2025.1.0');
    expect(nationalOn('2026-06-01')).toBe('2026.1.0');
    expect(nationalOn('2026-11-30')).toBe('2026.1.0');
    expect(nationalOn('2026-12-01')).toBe('2026.2.0');
    expect(nationalOn('2099-12-31')).toBe('2026.2.0');
    const draft = registry.get(registry.nationalId, '2027.0.0-draft')!;
    expect(draft.file).toMatchObject({ status: 'draft' });
    expect(draft.file.validFrom).toBeUndefined();
  });

  it('the pasrl chapter 3-4 amendment changes the wording and flags the rule, either side of 1 June 2026', () => {
    const request = (decisionDate: string) =>
      EvaluationRequest.parse({ ...structuredClone(bases['practical-reduction'] as object), decisionDate, language: 'nb', assessment: { ...(bases['practical-reduction'] as any).assessment, nextOfKin: { involved: true, consent: false } } });
    const finding = (decisionDate: string) => {
      const parsed = request(decisionDate);
      const chosen = select(registry, parsed);
      if (!chosen.ok) throw new Error(chosen.detail);
      const outcome = evaluate(parsed, chosen.selection);
      if (!outcome.ok) throw new Error('refused');
      return outcome.findings.find((f) => f.rule === 'next-of-kin.without-consent')!;
    };
    const before = finding('2026-05-31');
    const after = finding('2026-06-01');
    expect(before).toMatchObject({ ruleset: 'no-national@2025.1.0', outcome: 'fired' });
    expect(before.status).toBeUndefined();
    expect(before.message).toMatch(/samtykkekompetanse/);
    expect(after).toMatchObject({ ruleset: 'no-national@2026.1.0', outcome: 'fired', status: 'needs-legal-review' });
    expect(after.message).toMatch(/beslutningskompetanse/);
    expect(after.legalBasis.map((b) => b.url)).toContain('https://lovdata.no/lov/1999-07-02-63/%C2%A74-3');
  });

  it('the draft cites the new Public Administration Act and none of the 1967 Act', () => {
    const draft = registry.get(registry.nationalId, '2027.0.0-draft')!.file;
    const urls = [...draft.rules.flatMap((r) => cited(r.legalBasis)), ...draft.wording.flatMap((w) => cited(w.legalBasis))];
    expect(urls.some((u) => u.startsWith('https://lovdata.no/lov/2025-06-20-81/'))).toBe(true);
    expect(urls.filter((u) => u.startsWith('https://lovdata.no/lov/1967-02-10/'))).toEqual([]);
    expect(draft.changelog.map((c) => c.version)).toEqual(['2027.0.0-draft', '2026.2.0', '2026.1.0', '2025.1.0']);
  });
});

describe('needs-legal-review is visible to legal staff', () => {
  const app = testApp(registry);

  it('GET /v1/rulesets/{id}/{version} shows the status on each flagged rule', async () => {
    const flaggedIn = async (version: string) => {
      const response = await get(app, `/v1/rulesets/no-national/${version}`, as('legal'));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { rules: { id: string; status?: string }[] };
      return body.rules.filter((r) => r.status === 'needs-legal-review').map((r) => r.id).sort();
    };
    expect(await flaggedIn('2025.1.0')).toEqual(['procedure.enkeltvedtak-over-two-weeks']);
    expect(await flaggedIn('2026.1.0')).toEqual(['next-of-kin.not-involved-without-capacity', 'next-of-kin.without-consent', 'procedure.enkeltvedtak-over-two-weeks']);
    expect(await flaggedIn('2026.2.0')).toEqual(expect.arrayContaining(['bpa.right-from-32-hours', 'procedure.related-decision-maker', 'content.charge-for-free-service']));
    expect(await flaggedIn('2026.2.0')).not.toContain('long-term-stay.right-when-only-adequate');
    expect(await flaggedIn('2027.0.0-draft')).toEqual(expect.arrayContaining(['procedure.related-decision-maker', 'appeal.body-non-statutory', 'procedure.user-not-heard']));
  });

  it('GET /v1/rulesets lists the draft without a date', async () => {
    const body = (await (await get(app, '/v1/rulesets', as('legal'))).json()) as { rulesets: any[] };
    expect(body.rulesets.find((r) => r.id === 'no-national' && r.version === '2027.0.0-draft')).toMatchObject({ status: 'draft', validFrom: null });
  });
});
