// Builds dist/, the folder an embedder hosts as a whole: one build with code splitting (every
// element's code, hashed chunks of the code they share (lit, storage, base), one module per
// language), dist/city-widgets.js, a small loader that imports an element's code when its tag
// appears, and dist/<tag>.js, each element in one file for pages with one widget. Then the type
// declarations and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';
import { quotesOnDemand } from './quotes-on-demand.mjs';

const root = resolve(import.meta.dirname, '..');
const widgets = readdirSync(resolve(root, 'src/widgets'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(root, 'src/widgets', d.name, `${d.name}.ts`)))
  .map((d) => d.name);

// The elements, and the map of the language files (an entry, so that its name and exports are
// stable for the loader). The loader is built after them, as one file that knows their files.
const entries = [...widgets.map((w) => [w, `src/widgets/${w}/${w}.ts`]), ['translations/index', 'src/translations/index.ts']];

rmSync(resolve(root, 'dist'), { recursive: true, force: true });
/** Text modules go to translations/<lang>/, shared and element code to chunks/. */
const chunkFileNames = (chunk) => {
  const text = (chunk.moduleIds ?? []).map((id) => /src\/translations\/([a-z]{2})\/[^/]+\.ts$/.exec(id)).find(Boolean);
  return text ? `translations/${text[1]}/[name]-[hash].js` : 'chunks/[name]-[hash].js';
};
/** What both builds share: into dist/, minified, with relative URLs (the folder works from any path, or another origin). */
const common = { root, configFile: false, logLevel: 'warn', base: './' };
const commonBuild = { outDir: 'dist', emptyOutDir: false, target: 'es2022', minify: true, sourcemap: false, copyPublicDir: false };
/** A build of element code (the code-split one, and each one-file element) with these rolldown options. */
const elementBuild = (rolldownOptions) =>
  build({
    ...common,
    plugins: [minifyTemplates(), quotesOnDemand(root)],
    build: {
      ...commonBuild,
      assetsInlineLimit: 0,
      // The preload helper adds <link rel="modulepreload"> for a dynamic import's chunks, so they load
      // in parallel (no waterfall); no polyfill (every browser we support has modulepreload).
      modulePreload: { polyfill: false },
      rolldownOptions,
    },
  });
const result = await elementBuild({
  input: Object.fromEntries(entries.map(([name, entry]) => [name, resolve(root, entry)])),
  preserveEntrySignatures: 'exports-only',
  output: {
    format: 'es',
    // The elements' code is hashed under chunks/ (the loader knows its names); dist/<tag>.js is
    // the one-file build of each element, below. The map of the language files keeps its name.
    entryFileNames: (chunk) => (chunk.name === 'translations/index' ? '[name].js' : 'chunks/[name]-[hash].js'),
    chunkFileNames,
    minify: true,
    // Fewer requests (browsers open six connections per host at once): what every element
    // needs (lit, storage, the base element and its controllers, the constants) is one chunk;
    // the two tabs' merge loads with the schemas, which it needs first.
    // lit's directives (repeat, guard…) stay with the elements that use them.
    codeSplitting: {
      groups: [
        {
          name: 'base',
          test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|idb-keyval)[\\/](?!directives[\\/]|directive-helpers|directive\.js)|vite[\\/]preload-helper|src[\\/](storage[\\/](?!merge\.ts)|base[\\/](cw-element|data-controller|share|download|events|theme\.styles)\.ts|core[\\/](i18n|langs|strings|validate|equal|csv)\.ts|schema[\\/]constants\.ts|translations[\\/]texts\.ts)/,
        },
      ],
    },
  },
});

// CW_CHUNKS=n npm run build: each chunk's n largest modules (rendered bytes, then gzip -9 of each
// alone, which overstates a little), to see what weighs.
if (process.env.CW_CHUNKS) {
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((o) => o.output).filter((c) => c.type === 'chunk' && !c.fileName.startsWith('translations/'));
  for (const c of outputs) {
    console.log(c.fileName, c.code.length, c.imports.join(' '));
    const mods = Object.entries(c.modules).map(([id, m]) => [id.replace(root, '').replace(/.*node_modules\//, '~'), m.renderedLength, m.code ? gzipSync(m.code, { level: 9 }).length : 0]).sort((a, b) => b[1] - a[1]);
    for (const [id, n, g] of mods.slice(0, +process.env.CW_CHUNKS)) console.log('   ', n, g, id);
  }
}

// dist/city-widgets.js: the loader, one file with no imports (nothing to wait for before it starts
// the elements' files), given each tag's files: its own, then every chunk it imports, transitively.
const chunks = (Array.isArray(result) ? result : [result]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
const byFile = new Map(chunks.map((c) => [c.fileName, c]));
const closure = (file, seen = new Set()) => {
  if (!seen.has(file)) {
    seen.add(file);
    for (const f of byFile.get(file)?.imports ?? []) closure(f, seen);
  }
  return seen;
};
const entryFile = (w) => chunks.find((c) => c.isEntry && c.name === w).fileName;
const files = Object.fromEntries(widgets.map((w) => [w, [...closure(entryFile(w))].map((f) => `./${f}`)]));

// dist/<tag>.js: one element in one file (lit, storage, the base element and its own code), for a
// page that shows one widget: its content is there after two round trips (the page, this file),
// where the loader needs three. What it loads on demand (schemas, languages, downloads…) are
// chunks of its own build beside the others (the language modules, plain data, are the same files).
// Several widgets on a page share their code through city-widgets.js instead.
for (const w of widgets) {
  await elementBuild({
    input: { [w]: resolve(root, `src/widgets/${w}/${w}.ts`) },
    // The entry may export more than the element (what its on-demand chunks import from it),
    // so that everything it needs first stays in this one file.
    preserveEntrySignatures: 'allow-extension',
    output: { format: 'es', entryFileNames: '[name].js', chunkFileNames, minify: true },
  });
}
await build({
  ...common,
  define: { __CW_FILES__: JSON.stringify(files) },
  build: {
    ...commonBuild,
    modulePreload: false,
    rolldownOptions: {
      input: { 'city-widgets': resolve(root, 'src/loader.ts') },
      output: { format: 'es', entryFileNames: '[name].js', minify: true },
    },
  },
});

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
// The analyzer's module order follows the file system's: sorted, the file is the same on every machine.
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
execFileSync(process.execPath, [resolve(root, 'scripts/docs.mjs')], { stdio: 'inherit', cwd: root });
console.log(`built dist/city-widgets.js, ${widgets.map((n) => `dist/${n}.js`).join(', ')}, with shared chunks and language modules`);
