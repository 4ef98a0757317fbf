// Builds every door from one engine: the Node command line (dist-local/) and the Apps Script project (dist/).
import { build } from 'esbuild';

const target = process.argv[2] ?? 'all';

async function buildLocal() {
  await build({
    entryPoints: { cli: 'src/local/cli.ts', bench: 'src/local/bench.ts' },
    outdir: 'dist-local',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

const builders = { local: [buildLocal], all: [buildLocal] };
for (const b of builders[target] ?? []) await b();
