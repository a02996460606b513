import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { bundleRules } from '../scripts/bundle-rules.ts';
import { bundleTraining } from '../scripts/bundle-training.ts';
import { BUDGET_KIB, checkBundle, codegenSites } from '../scripts/check-bundle.ts';
import { readRulesDir } from '../src/rulesets/read-dir.ts';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashApiKey } from '../src/api/auth.ts';
import { openRecordDb } from '../src/record/open.ts';
import { generateReceiptKey } from '../src/receipts/keys.ts';
import { TrainingLoadError } from '../src/training/load.ts';
import { root } from './helpers.ts';
import { dropSchema, TEST_DATABASE_URL } from './record/backends.ts';
import { TEST_KEYS } from './keys.ts';

/*
 * The deployable artifact, as `npm run build:worker` makes it, run in workerd exactly as
 * wrangler.toml configures it. The workerd test pool (test/worker/) cannot show two things:
 * it turns on Node compatibility and allows `new Function` for its own module runner. Plain
 * workerd, here, does neither, as Cloudflare does not.
 */
const outdir = mkdtempSync(join(tmpdir(), 'hjemmel-dist-'));
let build: ReturnType<typeof spawnSync>;
let mf: Miniflare | undefined;
/** The deployed Worker writes its record through Hyperdrive (wrangler.toml's localConnectionString) into this schema, migrated first as before a deploy. */
const recordSchema = `hjemmel_test_${randomBytes(6).toString('hex')}`;

beforeAll(async () => {
  build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/wrangler.ts', 'deploy', '--dry-run', '--outdir', outdir], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (build.status !== 0) return;
  await (await openRecordDb({ databaseUrl: TEST_DATABASE_URL, schema: recordSchema })).close();
  const { workerOptions } = unstable_getMiniflareWorkerOptions(`${root}wrangler.toml`);
  // The secrets a deployment sets with `wrangler secret put`.
  const secrets = { HJEMMEL_API_KEYS: `caseworker:${hashApiKey(TEST_KEYS.caseworker)},trainer:${hashApiKey(TEST_KEYS.trainer)}`, HJEMMEL_RECEIPT_KEY: JSON.stringify(await generateReceiptKey()) };
  mf = new Miniflare({
    workers: [
      { ...workerOptions, name: 'hjemmel', bindings: { ...workerOptions.bindings, ...secrets, HJEMMEL_RECORD_SCHEMA: recordSchema }, modules: true, modulesRoot: outdir, scriptPath: join(outdir, 'worker.js') },
      // The same bundle without its Hyperdrive binding: the record is on by default, so it must refuse evaluations.
      { ...workerOptions, name: 'unbound', hyperdrives: {}, bindings: { ...workerOptions.bindings, ...secrets }, modules: true, modulesRoot: outdir, scriptPath: join(outdir, 'worker.js') },
      // The same bundle with another var: configuration reaches the app through wrangler.toml's vars.
      { ...workerOptions, name: 'small', bindings: { MAX_BODY_BYTES: '512', ...secrets }, modules: true, modulesRoot: outdir, scriptPath: join(outdir, 'worker.js') },
      // The same bundle deployed without its secrets: it must refuse, not run open.
      { ...workerOptions, name: 'unkeyed', modules: true, modulesRoot: outdir, scriptPath: join(outdir, 'worker.js') },
      {
        // Same runtime settings, to show that this runtime refuses code generation from strings.
        name: 'probe',
        modules: true,
        compatibilityDate: workerOptions.compatibilityDate,
        compatibilityFlags: workerOptions.compatibilityFlags,
        script: `export default { fetch() { try { new Function('return 1'); return new Response('allowed'); } catch (e) { return new Response(e.name); } } };`,
      },
    ],
  });
  await mf.ready; // workerd's startup belongs to the setup, not to the first test's time
}, 180_000);

afterAll(async () => {
  await mf?.dispose();
  await dropSchema(recordSchema);
  rmSync(outdir, { recursive: true, force: true });
});

describe('the Worker as deployed', () => {
  it('builds with wrangler deploy --dry-run', () => {
    expect(build.stderr).not.toMatch(/ERROR|WARNING/); // a Node import without nodejs_compat is only a warning
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/bundle-rules: \d+ ruleset version/);
    expect(build.stdout).toMatch(/bundle-rules: \d+ training scenario/);
  });

  it('stays under the gzip budget and holds no unknown code generation', () => {
    const { ok, report } = checkBundle(outdir);
    expect(report.filter((line) => /over budget|code generation from strings/.test(line))).toEqual([]);
    expect(ok).toBe(true);
    expect(report[0]).toMatch(new RegExp(`gzip [\\d.]+ KiB; budget ${BUDGET_KIB} KiB`));
  });

  it('runs where code generation from strings is refused', async () => {
    const probe = await mf!.getWorker('probe');
    expect(await (await probe.fetch('https://probe.test/')).text()).toBe('EvalError');
  });

  it('answers the contract example in that runtime: blocked, with the locked digests', async () => {
    const worker = await mf!.getWorker('hjemmel');
    const response = await worker.fetch('https://hjemmel.test/v1/evaluations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEYS.caseworker}` },
      body: readFileSync(`${root}fixtures/requests/contract-example.json`, 'utf8'),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.verdict).toBe('blocked');
    expect(body.findings.map((f: any) => f.rule)).toContain('bpa.right-from-32-hours');
    const lock = JSON.parse(readFileSync(`${root}rules/rules.lock.json`, 'utf8'));
    for (const r of body.rulesets) expect(r.digest).toBe(lock[`${r.id}@${r.version}`]);
    expect(body.receipt).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/); // signed with Web Crypto in plain workerd
    // …and recorded in PostgreSQL through Hyperdrive before it was answered.
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`select verdict, receipt from ${recordSchema}.evaluation_record where evaluation_id = $1`, [body.evaluationId]);
      expect(rows).toEqual([{ verdict: 'blocked', receipt: body.receipt }]);
    } finally {
      await client.end();
    }
  });

  it('without a Hyperdrive binding, refuses evaluations (503 record-unavailable) and /readyz says why', async () => {
    const unbound = await mf!.getWorker('unbound');
    const response = await unbound.fetch('https://hjemmel.test/v1/evaluations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEYS.caseworker}` },
      body: readFileSync(`${root}fixtures/requests/contract-example.json`, 'utf8'),
    });
    expect(response.status).toBe(503);
    const problem = (await response.json()) as any;
    expect(problem.type).toMatch(/record-unavailable$/);
    expect(problem.verdict).toBeUndefined();
    const ready = await unbound.fetch('https://hjemmel.test/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.text()).toContain('no Hyperdrive binding');
  });

  it('without its secrets, refuses protected calls (503) and stays up for health', async () => {
    const unkeyed = await mf!.getWorker('unkeyed');
    const body = readFileSync(`${root}fixtures/requests/contract-example.json`, 'utf8');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEYS.caseworker}` };
    const response = await unkeyed.fetch('https://hjemmel.test/v1/evaluations', { method: 'POST', headers, body });
    expect(response.status).toBe(503);
    expect(((await response.json()) as any).verdict).toBeUndefined();
    expect((await unkeyed.fetch('https://hjemmel.test/healthz')).status).toBe(200);
  });

  it('serves the training pages in that runtime, every scenario from its bundle checked against the engine', async () => {
    const worker = await mf!.getWorker('hjemmel');
    const response = await worker.fetch('https://hjemmel.test/training/trainer', { headers: { authorization: `Bearer ${TEST_KEYS.trainer}` } });
    expect(response.status).toBe(200);
    const count = readdirSync(`${root}fixtures/training`).filter((name) => name.endsWith('.yaml')).length;
    expect((await response.text()).match(/Stemmer med motoren/g)).toHaveLength(count);
  });

  it('takes MAX_BODY_BYTES from its vars', async () => {
    const small = await mf!.getWorker('small');
    const body = readFileSync(`${root}fixtures/requests/contract-example.json`, 'utf8');
    expect(body.length).toBeGreaterThan(512);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${TEST_KEYS.caseworker}` };
    const response = await small.fetch('https://hjemmel.test/v1/evaluations', { method: 'POST', headers, body });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).detail).toMatch(/512 bytes/);
  });
});

describe('the bundle check', () => {
  it('fails a bundle over budget', () => {
    const { ok, report } = checkBundle(outdir, 1);
    expect(ok).toBe(false);
    expect(report.join('\n')).toMatch(/over budget by/);
  });

  it('finds code generation from strings, naming the function that holds it', () => {
    const code = [
      'function safe(x) {',
      '  return typeof x === "function" || isFunction(x) || x.evaluate(1) || Function.prototype.call;',
      '}',
      'function direct(s) {',
      '  return eval(s);',
      '}',
      'var Compiler = class {',
      '  build(src) {',
      '    const F = Function;',
      '    return new F(src);',
      '  }',
      '};',
      'var make = (s) => new Function(s);',
      'const call = Function("return this");',
    ].join('\n');
    expect(codegenSites(code).map((s) => `${s.line} ${s.enclosing}`)).toEqual(['5 direct', '9 Compiler.build', '13 make', '14 call']);
  });
});

describe('the rulesets module the Worker imports', () => {
  const fixtures = `${root}fixtures/rulesets`;

  it('holds every ruleset text, the lock and the titles, as read from disk', async () => {
    const out = join(outdir, 'rulesets.ts');
    const { sources, lock, titles } = readRulesDir(`${root}rules`);
    expect(bundleRules(`${root}rules`, out)).toBe(sources.length);
    const module = (await import(out)) as typeof import('../src/generated/rulesets.ts');
    expect(module.sources).toEqual(sources);
    expect(module.lock).toEqual(lock);
    expect(module.titles).toBe(titles);
    expect(titles).toMatch(/^bpa\.right-from-32-hours:$/m);
  });

  it('is not written for a broken ruleset: the build fails, printing file:rule:path message', () => {
    const out = join(outdir, 'broken-rulesets.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle-rules.ts', `${fixtures}/broken/bad-severity`, out], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^tiny-national\/3\.0\.0\.yaml:age\.check:rules\.0\.severity /m);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the training module the Worker imports', () => {
  it('holds every scenario text and only the base requests they extend', async () => {
    const out = join(outdir, 'training.ts');
    const names = readdirSync(`${root}fixtures/training`).filter((name) => name.endsWith('.yaml'));
    expect(bundleTraining(undefined, undefined, out)).toBe(names.length);
    const module = (await import(out)) as typeof import('../src/generated/training.ts');
    expect(module.scenarios.map((s) => s.path)).toEqual(names.sort());
    expect(module.scenarios[0]!.text).toBe(readFileSync(`${root}fixtures/training/${names[0]}`, 'utf8'));
    const extended = new Set(module.scenarios.map((s) => /^extends: (\S+)$/m.exec(s.text)?.[1]));
    expect(Object.keys(module.bases).sort()).toEqual([...extended].filter(Boolean).sort());
  });

  it('is not written for a broken scenario: the build fails, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hjemmel-training-'));
    const out = join(outdir, 'broken-training.ts');
    try {
      cpSync(`${root}fixtures/training/bpa-35-hours.yaml`, join(dir, 'bpa-35-hours.yaml'));
      writeFileSync(join(dir, 'typo.yaml'), 'title: { nb: T }\nstory: { nb: S }\nteaches: { nb: L }\nfocus: [a.b]\nextends: clear-grant\nwiht: {}\n');
      expect(() => bundleTraining(dir, undefined, out)).toThrow(TrainingLoadError);
      expect(() => bundleTraining(dir, undefined, out)).toThrow(/typo\.yaml:- Unrecognized key: "wiht"/);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
