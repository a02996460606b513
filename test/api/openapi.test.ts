import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseRequest, get, post, root, testApp } from '../helpers.ts';

const app = testApp();
const dir = mkdtempSync(join(tmpdir(), 'hjemmel-openapi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const documents = { '3.1': '/openapi.json', '3.0': '/openapi-3.0.json' } as const;

async function documentOf(path: string) {
  const response = await get(app, path);
  expect(response.status).toBe(200);
  return (await response.json()) as any;
}

/** Every string under `key` anywhere in `value`. */
function stringsAt(value: unknown, key: string, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => stringsAt(item, key, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === key && typeof v === 'string') out.push(v);
      else stringsAt(v, key, out);
    }
  }
  return out;
}

describe('the OpenAPI documents', () => {
  for (const [version, path] of Object.entries(documents)) {
    it(`${path} (OpenAPI ${version}) passes redocly lint (recommended, redocly.yaml) with no error and no warning`, async () => {
      const file = join(dir, `openapi-${version}.json`);
      writeFileSync(file, JSON.stringify(await documentOf(path)));
      const lint = spawnSync(process.execPath, [join(root, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', file, '--config', join(root, 'redocly.yaml'), '--format=json'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
      const { totals, problems } = JSON.parse(lint.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
      expect(problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      expect(totals).toMatchObject({ errors: 0, warnings: 0 });
      expect(lint.status).toBe(0);
    });
  }

  it('every operation has an operationId, a tag and a summary; public ones say security: []', async () => {
    const doc = await documentOf('/openapi.json');
    expect(doc.servers.length).toBeGreaterThan(0);
    expect(doc.info.license.name).toBeTruthy();
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item as object).map(([method, op]) => ({ path, method, ...(op as any) })));
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    for (const op of operations) {
      expect(op.operationId, `${op.method} ${op.path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags.length).toBeGreaterThan(0);
      expect(op.summary).toBeTruthy();
      expect(op.security, `${op.method} ${op.path}`).toEqual(op.path.startsWith('/v1/') ? [{ apiKey: [] }] : []);
    }
  });

  it('the evaluation examples are the contract example and its real answer (fixtures/responses; npm run examples rewrites them)', async () => {
    const doc = await documentOf('/openapi.json');
    const operation = doc.paths['/v1/evaluations'].post;
    expect(operation.requestBody.content['application/json'].example).toEqual(baseRequest('contract-example'));
    const example = operation.responses['200'].content['application/json'].example;
    const answer = (await (await post(testApp(), '/v1/evaluations', baseRequest('contract-example'))).json()) as any;
    expect({ ...answer, receipt: example.receipt }).toEqual(example);
    expect(JSON.parse(readFileSync(`${root}fixtures/responses/contract-example.json`, 'utf8'))).toEqual(example);
  });

  it('every URL the API answers is percent-encoded (a valid URI; § is %C2%A7)', async () => {
    const answer = await (await post(app, '/v1/evaluations', baseRequest('contract-example'))).json();
    const detail = await (await get(app, '/v1/rulesets/no-national/2025.1.0')).json();
    const urls = [...stringsAt(answer, 'url'), ...stringsAt(detail, 'url')];
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/[\x21-\x7e]+$/);
      expect(new URL(url).href).toBe(url);
    }
    expect(urls).toContain('https://lovdata.no/lov/1999-07-02-63/%C2%A72-1d');
  });
});
