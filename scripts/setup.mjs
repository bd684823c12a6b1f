// Installs what `npm start`, `npm test` and `npm run build` need on a fresh clone, with nothing but
// Node: the npm dependencies (when node_modules is missing or older than the lockfile) and, with
// --browser, Chromium (Debian's package when root, else a message saying how).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (cmd) => spawnSync(cmd, { cwd: root, stdio: 'inherit', shell: true }).status === 0;

function installDeps() {
  const modules = resolve(root, 'node_modules/.package-lock.json');
  const lock = resolve(root, 'package-lock.json');
  const stale = !existsSync(modules) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(modules).mtimeMs);
  if (!stale) return;
  console.log('setup: installing dependencies…');
  if (!run('npm ci --no-audit --no-fund') && !run('npm install --no-audit --no-fund')) {
    console.error('setup: npm could not install the dependencies');
    process.exit(1);
  }
}

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

function installChromium() {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('setup: installing Chromium with apt-get (about 30 s)…');
    const env = 'DEBIAN_FRONTEND=noninteractive';
    if (run(`${env} apt-get update -qq`) && run(`${env} apt-get install -y -qq --no-install-recommends chromium fonts-liberation`)) {
      if (findChromium()) return;
    }
  }
  console.error(
    'setup: the tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium   (or set CHROME_PATH to a Chrome/Chromium binary)',
  );
  process.exit(1);
}

installDeps();
if (process.argv.includes('--browser')) installChromium();
