import { parseArgs } from 'node:util';
import { messages } from '../core';
import { cmdAggregate, cmdInit, cmdRemind, cmdTemplates, cmdValidate, type Out } from './commands';
import { runDemo } from './demo';
import { describeError, UsageError } from './files';
import { cmdApplyMau, cmdInitMau, cmdMau } from './mau-commands';
import { cmdAggregateWithPrevious, cmdNewPeriod } from './period-commands';
import { cmdReport } from './report';

const t = messages.cliText;
const e = messages.cliErrors;

const OPTIONS = {
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
} as const;

type Option = { type: 'string' | 'boolean'; multiple?: boolean };
const optionOf = (name: string): Option | undefined =>
  Object.hasOwn(OPTIONS, name) ? (OPTIONS as Record<string, Option>)[name] : undefined;

/**
 * Node's own `util.parseArgs` (maintained with Node, no dependency) reads the arguments in its lenient
 * mode and hands back tokens; the checks its strict mode would make are made here on those tokens, so
 * every refusal is our Vietnamese sentence rather than Node's English. A value starting with a dash
 * (`--quota -1`) is taken as the option's value, as the user meant, and then judged as a value.
 */
export function parseCommandLine(argv: readonly string[]) {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = argv[i + 1];
    const name = a.startsWith('--') && !a.includes('=') ? a.slice(2) : '';
    if (optionOf(name)?.type === 'string' && next !== undefined && next.startsWith('-') && next !== '--') {
      args.push(`${a}=${next}`);
      i++;
    } else args.push(a);
  }
  const { values, positionals, tokens } = parseArgs({
    args,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const seen = new Set<string>();
  for (const tk of tokens) {
    if (tk.kind !== 'option') continue;
    const def = optionOf(tk.name);
    if (!def) throw new UsageError(e.unknownOption(tk.rawName));
    if (def.type === 'string' && tk.value === undefined) throw new UsageError(e.needsValue(tk.rawName));
    if (def.type === 'boolean' && tk.inlineValue) throw new UsageError(e.takesNoValue(tk.rawName));
    if (seen.has(tk.name) && !def.multiple) throw new UsageError(e.givenTwice(tk.rawName));
    seen.add(tk.name);
  }
  if (positionals.length > 2) throw new UsageError(e.extraArgument(positionals[2]));
  const str = (k: keyof typeof OPTIONS) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const o = {
    json: values.json === true,
    force: values.force === true,
    help: values.help === true,
    out: str('out'),
    template: str('template'),
    units: str('units'),
    preset: str('preset'),
    period: str('period'),
    today: str('today'),
    quota: str('quota'),
    dir: str('dir'),
    mau: str('mau'),
    tinh: str('tinh'),
    previous: str('previous'),
    admin: Array.isArray(values.admin) ? values.admin.filter((x): x is string => typeof x === 'string') : undefined,
  };
  return { o, positionals };
}

/** Runs one command line; returns the exit code (0 fine, 1 validation errors, 2 unusable input). */
export async function main(argv: string[], out: Out, err: Out): Promise<number> {
  try {
    const { o, positionals } = parseCommandLine(argv);
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
        return await cmdValidate(needPath(), o.json, out);
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
  } catch (x) {
    err(t.error(describeError(x)));
    if (!(x instanceof UsageError) && process.env.TONG_HOP_DEBUG) err(String((x as Error).stack));
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
