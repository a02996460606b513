import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { parse, stringify } from 'yaml';
import { loadRulesets } from '../src/rulesets/load.ts';
import { readRulesDir } from '../src/rulesets/read-dir.ts';
import { rulesDir } from './helpers.ts';

/**
 * A copy of rules/ with one draft national version made from the published 2025.1.0 (which never
 * changes): it adds a rule, removes one and changes two, so the lab's comparison, the ruleset diff
 * and the training scorer meet a version that differs. Test data only; rules/ is never touched.
 */
const BASE = '2025.1.0';

/** A draft of the national rules that adds, removes and changes a rule, so compare and diff have something to show. */
function draftOf(base: Record<string, any>, version: string) {
  const draft = structuredClone(base);
  draft.version = version;
  draft.status = 'draft';
  draft.validFrom = '2026-07-01';
  draft.changelog = [
    {
      version,
      date: '2026-05-01',
      changes: [
        'Utkast: ny regel om innsynsrett i klageopplysningene (fvl. § 18 og § 27).',
        'Utkast: klageregelen for tjenester som ikke er lovpålagte, dekker nå både frist og klageinstans.',
        'Utkast: manglende hovedhensyn gir advarsel i stedet for feil.',
      ],
    },
    ...draft.changelog,
  ];
  const rules: any[] = draft.rules;
  rules.find((r) => r.id === 'grounds.main-considerations').severity = 'warning';
  const merged = rules.find((r) => r.id === 'appeal.deadline-non-statutory');
  merged.conditions = {
    all: [
      { fact: 'decision.hasStatutoryService', operator: 'equal', value: false },
      { fact: 'decision.hasNonStatutoryService', operator: 'equal', value: true },
      { fact: 'decision.appealNotice.included', operator: 'equal', value: true },
      {
        any: [
          { fact: 'decision.appealNotice.deadlineWeeks', operator: 'notEqual', value: 3 },
          { fact: 'decision.appealNotice.body', operator: 'notEqual', value: 'municipal-appeals-board' },
        ],
      },
    ],
  };
  draft.rules = rules.filter((r) => r.id !== 'appeal.body-non-statutory');
  draft.rules.push({
    id: 'appeal.documents-access',
    severity: 'warning',
    category: 'appeal',
    scope: 'decision',
    appliesTo: { kinds: ['partial-grant', 'rejection', 'reduction', 'termination'] },
    conditions: { all: [{ fact: 'decision.appealNotice.rightToSeeDocuments', operator: 'equal', value: false }] },
    title: { nb: 'Innsyn i klageopplysningene', nn: 'Innsyn i klageopplysningane', en: 'Access to documents in the appeal notice' },
    message: {
      nb: 'Brevet sier ikke at søkeren har rett til å se dokumentene i saken. Skriv det i klageopplysningene.',
      nn: 'Brevet seier ikkje at søkjaren har rett til å sjå dokumenta i saka. Skriv det i klageopplysningane.',
      en: 'The letter does not say the applicant may see the case documents. Say so in the appeal notice.',
    },
    legalBasis: [
      { citation: 'forvaltningsloven § 18', url: 'https://lovdata.no/lov/1967-02-10/%C2%A718' },
      { citation: 'forvaltningsloven § 27 tredje ledd', url: 'https://lovdata.no/lov/1967-02-10/%C2%A727' },
    ],
  });
  // Every draft gives each rule and wording block its legal text and a review record (the loader refuses it otherwise).
  for (const item of [...draft.rules, ...draft.wording]) {
    item.quote ??= [{ text: 'Test data, not a legal text.', source: 'test data', url: 'https://example.org/hjemmel-test-data' }];
    item.review ??= { status: 'needs-legal-review', checked: 'Test data: nothing was checked.', date: '2026-05-01' };
  }
  return draft;
}

export interface RulesWithDraft {
  dir: string;
  draftVersion: string;
}

/** A copy of rules/ with a draft national version beside the published ones. */
export function rulesWithDraft(): RulesWithDraft {
  const dir = mkdtempSync(join(tmpdir(), 'hjemmel-rules-'));
  cpSync(rulesDir, dir, { recursive: true });
  let draftVersion = `${semver.inc(BASE, 'minor')}-draft`;
  while (existsSync(join(dir, 'no-national', `${draftVersion}.yaml`))) draftVersion = `${semver.inc(draftVersion.replace(/-draft$/, ''), 'minor')}-draft`;
  const base = parse(readFileSync(join(dir, 'no-national', `${BASE}.yaml`), 'utf8'));
  writeFileSync(join(dir, 'no-national', `${draftVersion}.yaml`), stringify(draftOf(base, draftVersion)));
  return { dir, draftVersion };
}


/** The bundled rules plus that draft, loaded as the server loads them. */
export function registryWithDraft() {
  const { dir, draftVersion } = rulesWithDraft();
  const { sources, lock, titles } = readRulesDir(dir);
  return { registry: loadRulesets(sources, lock ?? {}, titles), draftVersion, dir };
}
