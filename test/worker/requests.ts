import { SELF } from 'cloudflare:test';
import contractExample from '../../fixtures/requests/contract-example.json';

/** Every workerd test request goes through get() and post(), so cross-cutting headers (auth) live in one place. */
export function get(path: string, headers: Record<string, string> = {}) {
  return SELF.fetch(`https://hjemmel.test${path}`, { headers });
}

export function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return SELF.fetch(`https://hjemmel.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The contract's example request, fresh for each use. */
export function example(): Record<string, any> {
  return structuredClone(contractExample) as Record<string, any>;
}
