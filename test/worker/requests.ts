import { SELF } from 'cloudflare:test';
import contractExample from '../../fixtures/requests/contract-example.json';
import { TEST_KEYS } from '../keys.ts';

/** The headers that send `role`'s test key, or none with null. Without them, get() and post() send the caseworker key. */
export function as(role: keyof typeof TEST_KEYS | null): Record<string, string> {
  return { authorization: role ? `Bearer ${TEST_KEYS[role]}` : '' };
}

/** The caseworker key unless `headers` says otherwise; an empty value drops a header. */
function withAuth(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries({ ...as('caseworker'), ...headers }).filter(([, value]) => value !== ''));
}

/** Every workerd test request goes through get() and post(), so cross-cutting headers (auth) live in one place. */
export function get(path: string, headers: Record<string, string> = {}) {
  return SELF.fetch(`https://hjemmel.test${path}`, { headers: withAuth(headers) });
}

export function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return SELF.fetch(`https://hjemmel.test${path}`, {
    method: 'POST',
    headers: withAuth({ 'content-type': 'application/json', ...headers }),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The contract's example request, fresh for each use. */
export function example(): Record<string, any> {
  return structuredClone(contractExample) as Record<string, any>;
}
