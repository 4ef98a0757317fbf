#!/usr/bin/env node
// The command line is bundled by `npm run build:local` (npm start does it first).
try {
  require.resolve('../dist-local/cli.js');
} catch {
  process.stderr.write('Lỗi: chưa build — chạy "npm run build:local" trước.\n');
  process.exit(2);
}
require('../dist-local/cli.js').run();
