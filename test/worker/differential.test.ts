import { describe, expect, inject, it } from 'vitest';
import { comparable } from './provided.ts';
import { post } from './requests.ts';

// Every fixture case, sent to the Worker in workerd, must get the answer the Node face gave in
// Node (test/node-results.ts): same status, same findings, wording and verdict, same digests.
const nodeResults = inject('nodeResults');

describe('Node and the Worker answer alike', () => {
  it('has the fixture cases from Node', () => {
    expect(nodeResults.length).toBeGreaterThanOrEqual(20);
    expect(nodeResults.some((r) => r.status === 200)).toBe(true);
  });

  for (const node of nodeResults) {
    it(node.name, async () => {
      const response = await post('/v1/evaluations', node.request);
      expect(response.status).toBe(node.status);
      expect(response.headers.get('content-type')).toBe(node.contentType);
      const body = (await response.json()) as any;
      expect(comparable(body)).toEqual(node.body);
      if (response.status === 200) {
        expect(body.evaluationId).toMatch(/^ev_/);
        expect(Number.isNaN(Date.parse(body.evaluatedAt))).toBe(false);
      }
    });
  }
});
