import { fileURLToPath } from 'node:url';
import { clientTypesText } from './client-types.ts';
import { loadRulesets } from '../src/rulesets/load.ts';
import { readRulesDir } from '../src/rulesets/read-dir.ts';
import { writeIfChanged } from './generated.ts';

/** `npm run client`: regenerates src/client/api.ts, the API's types for the exported client. */
const rules = readRulesDir(fileURLToPath(new URL('../rules', import.meta.url)));
const target = fileURLToPath(new URL('../src/client/api.ts', import.meta.url));
writeIfChanged(target, await clientTypesText(loadRulesets(rules.sources, rules.lock ?? {}, rules.titles)));
console.log(`wrote ${target}`);
