// `npm test`: type check, build (the bundle tests load dist/), then every test in headless
// Chromium. Ends with one plain `N passed, N failed` line counting all of it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (n) => resolve(root, 'node_modules/.bin', n);
const step = (name, cmd, args) => {
  console.log(`\n── ${name}`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0;
};

let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);

count(step('type check (browser code)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
count(step('type check (core without the DOM)', bin('tsc'), ['-p', 'tsconfig.core.json', '--noEmit']));
const built = step('build', process.execPath, ['scripts/build.mjs']);
count(built);
// The demo site builds too (its Vite config is not the library's).
const siteDir = resolve(tmpdir(), `city-widgets-site-${process.pid}`);
count(step('demo site build', bin('vite'), ['build', '--logLevel', 'warn', '--outDir', siteDir, '--emptyOutDir']));
rmSync(siteDir, { recursive: true, force: true });

const countsFile = resolve(tmpdir(), `city-widgets-wtr-${process.pid}.json`);
rmSync(countsFile, { force: true });
process.env.CW_COUNTS_FILE = countsFile;
const wtrOk = step('browser tests (headless Chromium)', bin('wtr'), []);
if (existsSync(countsFile)) {
  const c = JSON.parse(readFileSync(countsFile, 'utf8'));
  passed += c.passed;
  failed += c.failed;
  rmSync(countsFile, { force: true });
} else if (!wtrOk) {
  failed++;
}
if (!wtrOk && failed === 0) failed++;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
