import { EXIT, loadRegistry, parse, type Command } from './io.ts';

export const validate: Command = {
  summary: 'check every ruleset file in a rules directory (default rules/)',
  usage: 'hjemmel validate [dir]',
  async run(args, io) {
    const { positionals } = parse(args, {});
    const dir = positionals[0] ?? 'rules';
    const registry = loadRegistry(io, dir);
    if (!registry) return EXIT.failed;
    io.out(`${dir}: ${registry.versions.length} ruleset versions valid\n`);
    for (const { file, digest } of registry.versions) {
      io.out(`  ${file.id}@${file.version}  ${file.status}${file.validFrom ? ` from ${file.validFrom}` : ''}  ${file.rules.length} rules  ${digest.slice(0, 19)}…\n`);
    }
    return EXIT.ok;
  },
};
