import type { TestProject } from 'vitest/node';
import { bundleRules } from '../scripts/bundle-rules.ts';
import { caseRequest } from '../src/cases/run.ts';
import { fixtureCases, post, testApp } from './helpers.ts';
import { comparable, type NodeResult } from './worker/provided.ts';

/**
 * Global setup of the workerd project, run in Node before the Worker starts:
 * 1. writes the rulesets module from rules/, so the Worker never runs on a stale one;
 * 2. answers every fixture case with the Node face (rules read from disk) and provides the
 *    answers to the workerd tests, which send the same requests to the Worker and compare.
 */
export default async function setup(project: TestProject) {
  bundleRules();
  const { cases, bases } = fixtureCases();
  const app = testApp();
  const results: NodeResult[] = [];
  for (const c of cases) {
    const request = JSON.stringify(caseRequest(c, bases));
    const response = await post(app, '/v1/evaluations', request);
    results.push({
      name: `${c.file.split('/').at(-1)}: ${c.name}`,
      request,
      status: response.status,
      contentType: response.headers.get('content-type'),
      body: comparable(await response.json()),
    });
  }
  project.provide('nodeResults', results);
}
