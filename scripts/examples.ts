import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { batchExampleRequest } from '../src/api/routes/evaluations.ts';
import { baseRequest, post, testApp } from '../test/helpers.ts';

/**
 * `npm run examples`: writes the OpenAPI response examples, fixtures/responses/*.json, from real
 * answers of the test app (fixed clock, test ids) to the example requests. A receipt differs with
 * every signing key, and a request id with every call, so those are written as placeholders.
 * test/api/openapi.test.ts and test/api/batch.test.ts fail when an example no longer matches.
 */
const RECEIPT = 'eyJhbGciOiJFZERTQSIsInR5cCI6ImhqZW1tZWwtcmVjZWlwdCtqd3QiLCJraWQiOiLigKYifQ.…';
const write = (name: string, body: unknown) =>
  writeFileSync(fileURLToPath(new URL(`../fixtures/responses/${name}.json`, import.meta.url)), `${JSON.stringify(body, null, 2)}\n`);

const contract = baseRequest('contract-example');
const single = (await (await post(testApp(), '/v1/evaluations', contract)).json()) as { receipt: string };
write('contract-example', { ...single, receipt: RECEIPT });

const batch = (await (await post(testApp(), '/v1/evaluations/batch', batchExampleRequest)).json()) as {
  results: { evaluation?: { receipt: string }; problem?: { requestId?: string } }[];
};
for (const result of batch.results) {
  if (result.evaluation) result.evaluation.receipt = RECEIPT;
  if (result.problem) result.problem.requestId = '…';
}
write('batch-example', batch);
console.log('wrote fixtures/responses/contract-example.json and batch-example.json');
