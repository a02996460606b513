import { z } from 'zod';
import { Localized, Rule } from './schema.ts';

/**
 * rules/titles.yaml: the titles of rules in versions published before rules carried `title:`
 * (those versions never change, so their titles cannot go into them). Keyed by rule id; not part
 * of any ruleset's digest. A rule's own `title:` wins over the one here.
 */
export const TITLES_FILE = 'titles.yaml';

export const Titles = z.record(Rule.shape.id, Localized);
export type Titles = z.infer<typeof Titles>;
