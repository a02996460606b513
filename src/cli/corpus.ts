import { generateCorpus } from '../corpus/generate.ts';
import { EXIT, parse, positiveInt, UsageError, type Command } from './io.ts';

export const corpus: Command = {
  summary: 'write a synthetic, seeded corpus of valid requests as JSONL to stdout (no personal data)',
  usage: 'hjemmel corpus --count N [--seed S] > cases.jsonl',
  async run(args, io) {
    const { values, positionals } = parse(args, { count: { type: 'string' }, seed: { type: 'string', default: '1' } });
    if (positionals.length) throw new UsageError(`unexpected argument ${positionals[0]}`);
    if (values.count === undefined) throw new UsageError('--count is required');
    const count = positiveInt('count', values.count);
    const seed = positiveInt('seed', values.seed);
    let chunk = '';
    for (const request of generateCorpus({ count, seed })) {
      chunk += `${JSON.stringify(request)}\n`;
      if (chunk.length > 65_536) {
        io.out(chunk);
        chunk = '';
      }
    }
    io.out(chunk);
    return EXIT.ok;
  },
};
