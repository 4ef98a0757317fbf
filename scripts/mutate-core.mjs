// Stryker over src/core one file at a time (MUTATE_CHUNK, see stryker.config.mjs), then one merged report.
// A file whose report is already in reports/mutation/ is not run again unless --fresh is given, so a long
// run that was stopped goes on where it stopped. Prints the score per file and in all, and writes every
// surviving mutant to reports/mutation/core-survivors.md.
//   node scripts/mutate-core.mjs [--fresh] [--only a.ts,b.ts] [--report-only]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const reportOnly = args.includes('--report-only');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1].split(',') : null;

// Data and words, not logic: messages, the built-in forms, the barrel and the generated communes.
const skipped = new Set(['index.ts', 'communes-data.ts']);
const files = readdirSync('src/core')
  .filter((f) => f.endsWith('.ts') && !skipped.has(f))
  .filter((f) => !only || only.includes(f))
  .sort();
mkdirSync('reports/mutation', { recursive: true });
const reportOf = (f) => `reports/mutation/core-${f.replace(/\.ts$/, '')}.json`;

if (!reportOnly) {
  for (const f of files) {
    if (!fresh && existsSync(reportOf(f))) continue;
    console.log(`\n=== ${f}`);
    const r = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit', env: { ...process.env, MUTATE_CHUNK: f } });
    if (r.status !== 0) console.log(`stryker failed on ${f} (exit ${r.status})`);
  }
}

const merged = { schemaVersion: '1', thresholds: { high: 90, low: 85 }, files: {} };
const rows = [];
const survivors = [];
const total = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 };
for (const f of readdirSync('src/core')
  .filter((x) => x.endsWith('.ts') && !skipped.has(x))
  .sort()) {
  if (!existsSync(reportOf(f))) {
    rows.push(`| ${f} | not run | | | |`);
    continue;
  }
  const report = JSON.parse(readFileSync(reportOf(f), 'utf8'));
  Object.assign(merged.files, report.files);
  const c = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 };
  for (const [path, file] of Object.entries(report.files)) {
    const lines = file.source.split('\n');
    for (const m of file.mutants) {
      if (m.status === 'Killed') c.killed++;
      else if (m.status === 'Timeout') c.timeout++;
      else if (m.status === 'Survived') c.survived++;
      else if (m.status === 'NoCoverage') c.noCoverage++;
      else c.other++;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const line = m.location.start.line;
        survivors.push(
          `| \`${path}:${line}\` | ${m.status} | ${m.mutatorName} | \`${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60).replace(/\|/g, '\\|')}\` | \`${lines[line - 1].trim().slice(0, 70).replace(/\|/g, '\\|')}\` |`,
        );
      }
    }
  }
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  for (const k of Object.keys(total)) total[k] += c[k];
  rows.push(
    `| ${f} | ${valid} | ${detected} | ${c.survived + c.noCoverage} | ${valid ? ((100 * detected) / valid).toFixed(1) : '—'}% |`,
  );
}
const detected = total.killed + total.timeout;
const valid = detected + total.survived + total.noCoverage;
rows.push(
  `| **all** | ${valid} | ${detected} | ${total.survived + total.noCoverage} | ${valid ? ((100 * detected) / valid).toFixed(1) : '—'}% |`,
);
writeFileSync('reports/mutation/core.json', JSON.stringify(merged));
const table = ['| file | mutants | killed | survived | score |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
writeFileSync(
  'reports/mutation/core-survivors.md',
  `${table}\n\n| where | status | mutator | replacement | line |\n| --- | --- | --- | --- | --- |\n${survivors.join('\n')}\n`,
);
console.log(table);
console.log(`\n${survivors.length} survivors listed in reports/mutation/core-survivors.md`);
