import { z } from 'zod';
import { RulesetFile } from './schema.ts';

/**
 * The ruleset file's JSON Schema, generated from the one zod schema, so editors (through the
 * `# yaml-language-server: $schema=…` line in each file) autocomplete and check what the loader
 * will check. Cross-file and reference checks (facts, placeholders, layers, the lock) are the
 * loader's alone; `hjemmel validate` runs them. Committed as schema/ruleset.schema.json
 * (`npm run schema`); a test fails when the committed file is stale.
 */
export function rulesetJsonSchema(): Record<string, unknown> {
  // draft-7: the draft yaml-language-server and most editors understand. Input side: defaults make keys optional.
  const schema = z.toJSONSchema(RulesetFile, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'Hjemmel ruleset',
    description: 'One version of a Hjemmel ruleset: rules/<id>/<version>.yaml. Generated from src/rulesets/schema.ts by `npm run schema`; do not edit.',
  };
}

export const rulesetJsonSchemaText = () => `${JSON.stringify(rulesetJsonSchema(), null, 2)}\n`;
