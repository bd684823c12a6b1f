// Adding a widget is one directory in src/widgets/; every other list of widgets must name it (the
// package's exports, the entry points, the loader, the text modules, the demo, the manifest and the
// tests that go through every widget). This test says which list was forgotten.
import { expect } from '@open-wc/testing';

/** A file of the repository as it is on disk. */
const text = async (path: string) => {
  const res = await fetch(`/__raw${path}`);
  expect(res.ok, path).to.equal(true);
  return res.text();
};

describe('every list of widgets follows src/widgets/', () => {
  let tags: string[] = [];
  before(async () => {
    tags = (await (await fetch('/__widgets')).json()) as string[];
  });

  it('finds the widgets', () => {
    expect(tags).to.include.members(['branding-checklist', 'capital-radar', 'network-compare']);
  });

  it("package.json exports each widget's file and types, and nothing else", async () => {
    const exports = (JSON.parse(await text('/package.json')) as { exports: Record<string, unknown> }).exports;
    const widgetExports = Object.keys(exports).filter((k) => /^\.\/[a-z-]+\.js$/.test(k)).map((k) => k.slice(2, -3));
    expect(widgetExports.sort()).to.deep.equal(tags);
    for (const t of tags) expect(JSON.stringify(exports[`./${t}.js`]), t).to.contain(`dist/${t}.js`).and.contain(`widgets/${t}/${t}.d.ts`);
  });

  const lists: [string, (t: string) => string][] = [
    ['/src/index.ts', (t) => `./widgets/${t}/${t}.js`],
    ['/src/loader.ts', (t) => `from './widgets/${t}/${t}.js';`],
    ['/src/translations/texts.ts', (t) => `'${t}': [`],
    ['/demo/widgets.ts', (t) => `tag: '${t}'`],
    ['/test/bundle/budgets.test.ts', (t) => `'${t}'`],
    ['/test/bundle/hosting.test.ts', (t) => `'${t}'`],
    ['/web-test-runner.config.mjs', (t) => `'${t}'`],
  ];
  for (const [file, entry] of lists) {
    it(`${file} names every widget`, async () => {
      const src = await text(file);
      const missing = tags.filter((t) => !src.includes(entry(t)));
      expect(missing, `${file} lacks`).to.deep.equal([]);
    });
  }

  it('custom-elements.json declares every widget', async () => {
    const manifest = JSON.parse(await text('/custom-elements.json')) as { modules: { declarations?: { tagName?: string }[] }[] };
    const declared = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    expect([...new Set(declared)].sort()).to.deep.equal(tags);
  });
});
