import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../src/api/log.ts';
import type { PreparedRule, PreparedRuleset } from '../../src/rulesets/prepared.ts';
import { createRegistry, type Registry } from '../../src/rulesets/registry.ts';
import { baseRequest, bundledRegistry, post, testApp } from '../helpers.ts';

const SECRET = 'internal-detail-/srv/hjemmel/secret.ts:42';

/** The bundled registry with one national rule whose compiled test throws, as a bug in the engine would. */
function registryWithThrowingRule(): Registry {
  const registry = bundledRegistry();
  return createRegistry(
    registry.versions.map((version) => {
      if (version.file.layer !== 'national') return version;
      const broken = version.rules[0]!;
      const throwing = {
        ...broken,
        node: {
          ...broken.node,
          test: () => {
            throw new TypeError(SECRET);
          },
        },
      };
      const swap = (rules: readonly PreparedRule[]) => rules.map((prepared) => (prepared === broken ? throwing : prepared));
      const rulesByKind = Object.fromEntries(Object.entries(version.rulesByKind).map(([kind, rules]) => [kind, swap(rules)]));
      return { ...version, rules: swap(version.rules), rulesByKind: rulesByKind as unknown as PreparedRuleset['rulesByKind'] };
    }),
  );
}

async function fault(registry: Registry) {
  const lines: LogLine[] = [];
  const app = testApp(registry, undefined, { log: (line) => lines.push(line) });
  const response = await post(app, '/v1/evaluations', baseRequest('contract-example'));
  const text = await response.text();
  return { response, text, body: JSON.parse(text), lines };
}

describe('faults', () => {
  it('an exception inside evaluation: 500 problem, no verdict, no internals; a fault line without the message', async () => {
    const { response, text, body, lines } = await fault(registryWithThrowingRule());
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({ type: 'https://hjemmel.no/problems/internal-error', status: 500, instance: '/v1/evaluations', detail: expect.stringMatching(/No verdict was given/) });
    for (const key of ['verdict', 'findings', 'receipt', 'wording']) expect(body[key]).toBeUndefined();
    expect(text).not.toContain('internal-detail');
    expect(text).not.toMatch(/\.ts:\d+/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ event: 'fault', route: '/v1/evaluations', method: 'POST', error: 'TypeError', requestId: body.requestId });
    expect(JSON.stringify(lines)).not.toContain('internal-detail');
  });

  it('an exception while selecting rulesets: the same 500, never a verdict', async () => {
    const broken = { ...bundledRegistry(), layerFor: () => { throw new RangeError(SECRET); } } as Registry;
    const { response, body, lines } = await fault(broken);
    expect(response.status).toBe(500);
    expect(body.verdict).toBeUndefined();
    expect(lines.map((l) => l.event)).toEqual(['fault']);
  });
});
