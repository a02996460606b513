import { describe, expect, it } from 'vitest';
import { TEST_KEYS, testApp } from '../helpers.ts';

const LIMIT = 4096;
const app = testApp(undefined, LIMIT);

/** A sign-in form with a valid key, padded past the limit: a stranger needs no key to send one. */
const oversized = new URLSearchParams({ key: TEST_KEYS.caseworker, next: '/lab', pad: 'x'.repeat(LIMIT) }).toString();

function streamed(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
      controller.close();
    },
  });
}

describe('every route that reads a body has the body limit', () => {
  it.each(['/login', '/logout', '/lab', '/training/bpa-35-hours'])('POST %s over the limit: 413 before any key in it is read', async (path) => {
    for (const body of [oversized, streamed(oversized)]) {
      const response = await app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        ...(typeof body === 'string' ? {} : { duplex: 'half' }),
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('the same sign-in within the limit is read', async () => {
    const response = await app.request('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ key: TEST_KEYS.caseworker, next: '/lab' }),
    });
    expect(response.status).toBe(303);
  });
});
