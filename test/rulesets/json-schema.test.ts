import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rulesetJsonSchema, rulesetJsonSchemaText } from '../../src/rulesets/json-schema.ts';
import { readRulesDir } from '../../src/rulesets/read-dir.ts';
import { root } from '../helpers.ts';

const committed = `${root}schema/ruleset.schema.json`;

describe('schema/ruleset.schema.json', () => {
  it('is what the zod schema generates (run `npm run schema` after changing src/rulesets/schema.ts)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(rulesetJsonSchemaText());
  });

  it('is referenced from every rules file', () => {
    for (const { path, text } of readRulesDir(`${root}rules`).sources) {
      expect(text.split('\n')[0], path).toBe('# yaml-language-server: $schema=../../schema/ruleset.schema.json');
    }
  });

  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(rulesetJsonSchema());
  it('accepts every bundled and good fixture ruleset', () => {
    const dirs = [`${root}rules`, `${root}fixtures/rulesets/good`, `${root}fixtures/rulesets/impact`];
    for (const { path, text } of dirs.flatMap((dir) => readRulesDir(dir).sources)) {
      expect(validate(parse(text)), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what the editor should flag: a bad severity, a missing nynorsk message', () => {
    for (const name of ['bad-severity', 'missing-nynorsk']) {
      const [source] = readRulesDir(`${root}fixtures/rulesets/broken/${name}`).sources;
      expect(validate(parse(source!.text)), name).toBe(false);
    }
  });
});
