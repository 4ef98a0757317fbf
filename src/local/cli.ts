import { parseArgs } from 'node:util';
import { messages } from '../core';
import { cmdAggregate, cmdInit, cmdRemind, cmdTemplates, cmdValidate, type Out } from './commands';
import { runDemo } from './demo';
import { cmdApplyMau, cmdInitMau, cmdMau } from './mau-commands';
import { cmdAggregateWithPrevious, cmdNewPeriod } from './period-commands';
import { cmdReport } from './report';
import { UsageError } from './xlsx';

const t = messages.cliText;

/** Runs one command line; returns the exit code (0 fine, 1 validation errors, 2 unusable input). */
export async function main(argv: string[], out: Out, err: Out): Promise<number> {
  try {
    const { values: o, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        out: { type: 'string' },
        template: { type: 'string' },
        units: { type: 'string' },
        preset: { type: 'string' },
        period: { type: 'string' },
        admin: { type: 'string', multiple: true },
        force: { type: 'boolean' },
        today: { type: 'string' },
        quota: { type: 'string' },
        dir: { type: 'string' },
        mau: { type: 'string' },
        tinh: { type: 'string' },
        previous: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, path] = positionals;
    if (o.help || !command) {
      out(t.usage);
      return command || o.help ? 0 : 2;
    }
    const needPath = () => {
      if (!path) throw new UsageError(t.needArg(t.needPath));
      return path;
    };
    switch (command) {
      case 'templates':
        return cmdTemplates(out);
      case 'init':
        return o.mau || o.tinh ? await cmdInitMau(o, out) : await cmdInit(o, out);
      case 'mau':
        return await cmdMau(path, o, out);
      case 'validate':
        return await cmdValidate(needPath(), o.json === true, out);
      case 'aggregate':
        return o.previous
          ? await cmdAggregateWithPrevious(needPath(), { ...o, previous: o.previous }, out)
          : await cmdAggregate(needPath(), o, out);
      case 'apply-mau':
        return await cmdApplyMau(needPath(), o, out);
      case 'new-period':
        return await cmdNewPeriod(needPath(), o, out);
      case 'remind':
        return await cmdRemind(needPath(), o, out);
      case 'report':
        return await cmdReport(needPath(), o, out);
      case 'demo':
        return await runDemo(o.dir ?? 'demo-output', out);
      default:
        throw new UsageError(t.unknownCommand(command));
    }
  } catch (e) {
    const known = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    err(t.error(known ? (e as Error).message : String((e as Error).message ?? e)));
    if (!known && process.env.TONG_HOP_DEBUG) err(String((e as Error).stack));
    return 2;
  }
}

/** The process door: arguments in, lines out, the exit code set. */
export function run(): void {
  main(
    process.argv.slice(2),
    (l) => process.stdout.write(`${l}\n`),
    (l) => process.stderr.write(`${l}\n`),
  ).then((code) => {
    process.exitCode = code;
  });
}
