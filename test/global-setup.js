// The command-line and Apps Script tests run the built bundles: build them once before any test.
const { execFileSync } = require('node:child_process');
module.exports = () => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'all'], { cwd: `${__dirname}/..`, stdio: 'inherit' });
};
