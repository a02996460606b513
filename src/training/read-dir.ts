import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBases } from '../cases/read.ts';
import { loadTraining, type TrainingSet } from './load.ts';

/** The Node faces' way to the training scenarios: every `*.yaml` in `dir`, bases from `requestsDir`. */
export function readTrainingDir(dir: string, requestsDir: string): TrainingSet {
  const sources = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') }));
  return loadTraining(sources, readBases(requestsDir));
}
