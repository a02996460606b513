import { serve } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createApp } from './api/app.ts';
import { loadRulesets, RulesetLoadError } from './rulesets/load.ts';
import { readRulesDir } from './rulesets/read-dir.ts';
import { readTrainingDir } from './training/read-dir.ts';

/** The Node face: read rules/ once, build the app, serve on 127.0.0.1:8787 (HOST/PORT override). */
const rulesDir = process.env.RULES_DIR ?? fileURLToPath(new URL('../rules', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);

let registry;
try {
  const { sources, lock } = readRulesDir(rulesDir);
  registry = loadRulesets(sources, lock ?? {});
} catch (error) {
  if (error instanceof RulesetLoadError) {
    console.error(`Hjemmel will not start: the rulesets in ${rulesDir} are broken.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}

const fixtures = (dir: string) => fileURLToPath(new URL(`../fixtures/${dir}`, import.meta.url));
const training = readTrainingDir(fixtures('training'), fixtures('requests'));
const app = createApp({ registry, clock: () => new Date(), newId: () => `ev_${randomUUID()}`, training });
serve({ fetch: app.fetch, hostname: host, port }, (info) => {
  console.log(`Hjemmel listening on http://${info.address}:${info.port} with ${registry.versions.map((v) => `${v.file.id}@${v.file.version}`).join(', ')}`);
});
