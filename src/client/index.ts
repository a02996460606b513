import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './api.ts';

/**
 * A typed client for the Hjemmel API (openapi-fetch over the generated types of src/client/api.ts):
 *
 *   const hjemmel = createHjemmelClient({ baseUrl: 'https://hjemmel.example.kommune.no', apiKey });
 *   const { data, error } = await hjemmel.POST('/v1/evaluations', { body: request });
 *   if (error) console.log(error.type); // a problem: https://hjemmel.no/problems/…
 *   else console.log(data.verdict);
 *
 * Paths, bodies, answers and problems are typed from the OpenAPI document; `fetch` may be given
 * (a test calls an app directly; a proxy or retry wrapper goes there too).
 */
export function createHjemmelClient(options: { baseUrl: string; apiKey?: string; fetch?: (request: Request) => Promise<Response> }): Client<paths> {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.apiKey ? { headers: { Authorization: `Bearer ${options.apiKey}` } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

export type { components, paths };
export type EvaluationRequest = components['schemas']['EvaluationRequest'];
export type EvaluationResponse = components['schemas']['EvaluationResponse'];
export type Problem = components['schemas']['Problem'];
