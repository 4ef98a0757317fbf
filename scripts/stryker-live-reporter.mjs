// A Stryker reporter that writes each surviving (or uncovered) mutant the moment it is known, one line
// each, to reports/mutation/live-<file>.txt: a run of a large file takes an hour, and its survivors can be
// read and answered with tests while it goes on. The full JSON report still comes at the end.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

class LiveReporter {
  constructor() {
    this.out = `reports/mutation/live-${(process.env.MUTATE_CHUNK ?? 'core').replace(/\.ts$/, '')}.txt`;
    this.sources = new Map();
    mkdirSync('reports/mutation', { recursive: true });
    writeFileSync(this.out, '');
  }

  onMutantTested(r) {
    if (r.status !== 'Survived' && r.status !== 'NoCoverage') return;
    let lines = this.sources.get(r.fileName);
    if (!lines) {
      lines = readFileSync(r.fileName, 'utf8').split('\n');
      this.sources.set(r.fileName, lines);
    }
    const { start, end } = r.location;
    const line = lines[start.line - 1] ?? '';
    const from =
      start.line === end.line ? line.slice(start.column - 1, end.column - 1) : `${line.slice(start.column - 1)} …`;
    const flat = (s) => s.replace(/\s+/g, ' ').slice(0, 110);
    appendFileSync(
      this.out,
      `${basename(r.fileName)}:${start.line}:${start.column} ${r.status === 'NoCoverage' ? 'NOCOV' : 'SURV'} ${r.mutatorName}: ${flat(from)}  =>  ${flat(r.replacement ?? '')}\n`,
    );
  }
}
LiveReporter.inject = [];

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'live', LiveReporter)];
