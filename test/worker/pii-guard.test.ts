import { describe, expect, it } from 'vitest';
import { validNumber } from '../pii-numbers.ts';
import { example, post } from './requests.ts';

describe('the Worker in workerd: personal-data guard', () => {
  it('refuses a D-number in the free text with 422 naming the path, as on Node (test/api/pii-guard.test.ts)', async () => {
    const dNumber = validNumber('550387');
    const request = example();
    request.decision.grounds.text = `Gjeld ${dNumber}.`;
    const response = await post('/v1/evaluations', request);
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).not.toContain(dNumber);
    expect(JSON.parse(text)).toMatchObject({ type: 'https://hjemmel.no/problems/personal-data', instance: '/v1/evaluations' });
    expect(JSON.parse(text).errors).toEqual([{ path: 'decision.grounds.text', pointer: '/decision/grounds/text', message: expect.stringMatching(/national identity number/) }]);
  });
});
