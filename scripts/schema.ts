import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesetJsonSchemaText } from '../src/rulesets/json-schema.ts';

/** `npm run schema`: regenerates schema/ruleset.schema.json from the zod schema. */
const target = fileURLToPath(new URL('../schema/ruleset.schema.json', import.meta.url));
writeFileSync(target, rulesetJsonSchemaText());
console.log(`wrote ${target}`);
