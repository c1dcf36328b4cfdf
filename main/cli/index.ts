import { parseArgs } from 'node:util';
import { runCommand, usage } from './commands';

/**
 * `npm run --silent briefing -- <command> …`. Output goes to stdout; every error goes to stderr with a
 * non-zero exit code, so scripts can rely on both.
 */
async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
        briefing: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`briefing: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    (command ? process.stdout : process.stderr).write(usage);
    return command || parsed.values.help ? 0 : 2;
  }
  const { db, json, briefing, out, format } = parsed.values;
  const dryRun = parsed.values['dry-run'] ?? false;
  const outcome = await runCommand(command, rest, { db, json: json ?? false, briefing, out, format, dryRun });
  if (outcome.ok) {
    if (outcome.notice) process.stderr.write(`briefing: ${outcome.notice}\n`);
    process.stdout.write(outcome.output);
    return 0;
  }
  process.stderr.write(`briefing: ${outcome.message}\n`);
  return outcome.exitCode;
}

process.exitCode = await main(process.argv.slice(2));
