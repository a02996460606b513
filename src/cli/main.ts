import { coverage } from './coverage.ts';
import { corpus } from './corpus.ts';
import { draft } from './draft.ts';
import { evalCommand } from './eval.ts';
import { impact } from './impact.ts';
import { EXIT, UsageError, type Command, type Io } from './io.ts';
import { publish } from './publish.ts';
import { test } from './test.ts';
import { validate } from './validate.ts';
import { migrateRecordCommand } from './migrate-record.ts';
import { verifyRecordCommand } from './verify-record.ts';

/** `hjemmel`: the legal-staff workbench, over the service's own loader, selection and engine. */
export const commands: Record<string, Command> = { validate, test, coverage, eval: evalCommand, impact, draft, publish, corpus, 'verify-record': verifyRecordCommand, 'migrate-record': migrateRecordCommand };

function help(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return [
    'hjemmel — check, test and publish Hjemmel rulesets',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Paths are relative to the working directory: rules/, fixtures/cases/ and fixtures/requests/ by default.',
    'Exit codes: 0 fine, 1 check failed, 2 wrong usage. `hjemmel <command> --help` for a command.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${help()}`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nUsage: ${command.usage}\n`);
      return EXIT.usage;
    }
    // A case file or request that cannot be read: say which, never a stack trace.
    io.err(`${(error as Error).message}\n`);
    return EXIT.failed;
  }
}

/** The process face: real streams, real exit code. */
export async function runProcess(): Promise<void> {
  // A reader that stops early (`hjemmel corpus … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const code = await main(process.argv.slice(2), {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    errIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    now: () => new Date(),
  });
  process.exitCode = code;
}
