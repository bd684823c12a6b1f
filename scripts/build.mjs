// Builds dist/city-widgets.js (every element) and dist/<tag>.js (one element each), each one
// self-contained ES module, then the type declarations and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { keepLanguages, LANGS } from './languages.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const root = resolve(import.meta.dirname, '..');
const widgets = readdirSync(resolve(root, 'src/widgets'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(root, 'src/widgets', d.name, `${d.name}.ts`)))
  .map((d) => d.name);

const entries = [['city-widgets', 'src/index.ts'], ...widgets.map((w) => [w, `src/widgets/${w}/${w}.ts`])];

// Every element with every language, each element alone; then the same files in English plus one
// language, in dist/<lang>/ (for a site in one language: far smaller).
const builds = [
  ...entries.map(([name, entry]) => ({ name, entry, plugins: [] })),
  ...LANGS.flatMap((lang) => entries.map(([name, entry]) => ({ name: `${lang}/${name}`, entry, plugins: [keepLanguages([lang])] }))),
];

rmSync(resolve(root, 'dist'), { recursive: true, force: true });
const one = async ({ name, entry, plugins }) =>
  build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [...plugins, minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
// Two at a time: the machines this runs on have two cores.
for (let i = 0; i < builds.length; i += 2) await Promise.all(builds.slice(i, i + 2).map(one));

const bin = (n) => resolve(root, 'node_modules/.bin', n);
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
execFileSync(bin('cem'), ['analyze', '--litelement', '--globs', 'src/widgets/*/*.ts', 'src/base/cw-element.ts', 'src/widgets/checklist/checklist-element.ts', '--exclude', 'src/**/*.model.ts', '--exclude', 'src/**/*.styles.ts', '--exclude', 'src/**/*.strings.ts', '--quiet'], { stdio: 'inherit', cwd: root });

// The analyzer can't see our define() helper: record each tagged class as a definition, and drop
// the abstract bases from the element list.
const manifestFile = resolve(root, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) {
      delete d.customElement;
      continue;
    }
    d.customElement = true;
    mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
    mod.exports.push({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } });
  }
}
writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
execFileSync(process.execPath, [resolve(root, 'scripts/docs.mjs')], { stdio: 'inherit', cwd: root });
console.log(`built ${entries.map(([n]) => `dist/${n}.js`).join(', ')}, and each again in dist/<lang>/ for ${LANGS.join(' ')}`);
