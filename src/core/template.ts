import * as z from 'zod/mini';

/** A calendar date written as `YYYY-MM-DD`; the engine never needs a time zone for it. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const key = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*$/));
const text = z.string().check(z.minLength(1));
const flag = (value: boolean) => z._default(z.boolean(), value);

export const columnTypes = ['text', 'integer', 'number', 'percent', 'yesno', 'date', 'choice'] as const;

const column = z.object({
  key,
  label: text,
  type: z.enum(columnTypes),
  required: flag(false),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  minDate: z.optional(isoDate),
  maxDate: z.optional(isoDate),
  choices: z.optional(z.array(text)),
  /** How to fix a bad value, in the user's words: "nhập số mét, ví dụ 500". */
  hint: z.optional(z.string()),
  width: z.optional(z.int().check(z.gt(0))),
});

const scalar = z.union([z.number(), z.boolean(), z.string()]);
const comparison = z.enum(['>=', '<=', '>', '<', '=', '!=']);

/** One condition on one row: a column compared with a constant, or "not empty". */
const condition = z.union([
  z.object({ column: key, op: comparison, value: scalar }),
  z.object({ column: key, op: z.literal('notEmpty') }),
]);

const criterion = z.object({
  key,
  label: text,
  when: condition,
  /** Encouraged criteria are counted but never make a row fail. */
  encouraged: flag(false),
});

/** A rule between two columns of one row, shaped like a DHIS2 validation rule. */
const crossRule = z.object({
  key,
  left: key,
  op: comparison,
  right: key,
  severity: z._default(z.enum(['error', 'warning']), 'error'),
  /** Vietnamese explanation shown to the user. */
  message: text,
});

const derived = z.discriminatedUnion('kind', [
  z.object({ key, label: z.string(), kind: z.literal('ratio'), numerator: key, denominator: key }),
  z.object({ key, label: z.string(), kind: z.literal('passes') }),
]);

const measure = z.discriminatedUnion('agg', [
  z.object({ key, label: z.string(), agg: z.enum(['sum', 'avg', 'min', 'max']), column: key }),
  z.object({ key, label: z.string(), agg: z.literal('count') }),
  z.object({ key, label: z.string(), agg: z.literal('countPassing') }),
  z.object({ key, label: z.string(), agg: z.literal('percentPassing') }),
  /** Rows where a yes/no column is yes, or where a criterion (even an encouraged one) is met. */
  z.object({ key, label: z.string(), agg: z.literal('countYes'), column: key }),
  /** Share of rows, in %, where a yes/no column is yes or a criterion is met. */
  z.object({ key, label: z.string(), agg: z.literal('percentYes'), column: key }),
  z.object({
    key,
    label: z.string(),
    agg: z.literal('ratioOfSums'),
    numerator: key,
    denominator: key,
    percent: flag(true),
  }),
  z.object({ key, label: z.string(), agg: z.literal('percentOfTarget') }),
]);

const deadline = z.object({
  code: text,
  title: text,
  /** `20/09/2020` once, or `10/06` every year. */
  date: z.string().check(z.regex(/^\d{1,2}\/\d{1,2}(\/\d{4})?$/)),
  offsets: z._default(z.array(z.int().check(z.gte(0))), [7, 3, 1, 0]),
  overdue: flag(true),
});

export const templateSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    title: text,
    /** What one data row is: "cơ sở", "hộ gia đình", "con đường". */
    rowNoun: text,
    columns: z.array(column).check(z.minLength(1)),
    criteria: z._default(z.array(criterion), []),
    rules: z._default(z.array(crossRule), []),
    derived: z._default(z.array(derived), []),
    measures: z.array(measure).check(z.minLength(1)),
    target: z.optional(z.object({ measure: key, default: z.number().check(z.gt(0)), label: text })),
    score: z.optional(
      z.object({ weights: z.array(z.object({ measure: key, weight: z.number() })).check(z.minLength(1)) }),
    ),
    /** The measure drawn in the summary chart. */
    chartMeasure: z.optional(key),
    deadlines: z._default(z.array(deadline), []),
  })
  .check(
    z.superRefine((t, ctx) => {
      const problem = (message: string) => ctx.addIssue({ code: 'custom', message, input: t });
      const columns = new Set(t.columns.map((c) => c.key));
      const values = new Set([...columns, ...t.criteria.map((c) => c.key), ...t.derived.map((d) => d.key)]);
      const measures = new Set(t.measures.map((m) => m.key));
      const need = (set: Set<string>, k: string, where: string) => {
        if (!set.has(k)) problem(`${where}: unknown key "${k}"`);
      };
      const unique = (keys: string[], what: string) => {
        const seen = new Set<string>();
        for (const k of keys) {
          if (seen.has(k)) problem(`${what}: duplicate key "${k}"`);
          seen.add(k);
        }
      };
      unique(
        [...t.columns.map((c) => c.key), ...t.criteria.map((c) => c.key), ...t.derived.map((d) => d.key)],
        'columns, criteria and derived',
      );
      unique(
        t.columns.map((c) => c.label.toLowerCase()),
        'column labels',
      );
      unique(
        t.measures.map((m) => m.key),
        'measures',
      );
      for (const c of t.columns) if (c.type === 'choice' && !c.choices?.length) problem(`${c.key}: choices`);
      for (const c of t.criteria) need(columns, c.when.column, `criterion ${c.key}`);
      for (const r of t.rules) {
        need(columns, r.left, `rule ${r.key}`);
        need(columns, r.right, `rule ${r.key}`);
      }
      for (const d of t.derived) {
        if (d.kind === 'ratio') {
          need(columns, d.numerator, `derived ${d.key}`);
          need(columns, d.denominator, `derived ${d.key}`);
        }
      }
      for (const m of t.measures) {
        if ('column' in m) need(values, m.column, `measure ${m.key}`);
        if (m.agg === 'ratioOfSums') {
          need(values, m.numerator, `measure ${m.key}`);
          need(values, m.denominator, `measure ${m.key}`);
        }
        if (m.agg === 'percentOfTarget' && !t.target) problem(`measure ${m.key}: percentOfTarget needs a target`);
      }
      if (t.target) need(measures, t.target.measure, 'target');
      for (const w of t.score?.weights ?? []) need(measures, w.measure, 'score');
      if (t.chartMeasure) need(measures, t.chartMeasure, 'chartMeasure');
    }),
  );

export type TemplateInput = z.input<typeof templateSchema>;
export type Template = z.output<typeof templateSchema>;
export type Column = Template['columns'][number];
export type ColumnType = Column['type'];
export type Criterion = Template['criteria'][number];
export type CrossRule = Template['rules'][number];
export type Measure = Template['measures'][number];
export type DeadlineSpec = Template['deadlines'][number];
export type Comparison = z.infer<typeof comparison>;

/** Checks a declaration once; every other module relies on the typed result. */
export function defineTemplate(input: TemplateInput): Template {
  return z.parse(templateSchema, input);
}
