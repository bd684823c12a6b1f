// custom-elements.json (made by `npm run build`) documents every element, and the README's
// reference for each element matches it.
import { expect } from '@open-wc/testing';
import { TAGS } from '../robustness/lifecycle.test.js';

interface Decl {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
}

describe('custom-elements.json and the README', () => {
  let decls: Decl[] = [];
  let readme = '';
  let pkg: { customElements?: string; exports?: Record<string, unknown> } = {};
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    decls = manifest.modules.flatMap((m: { declarations?: Decl[] }) => m.declarations ?? []).filter((d: Decl) => d.tagName);
    readme = await (await fetch('/README.md')).text();
    pkg = await (await fetch('/package.json')).json();
  });

  it('is the package.json customElements entry', () => expect(pkg.customElements).to.equal('custom-elements.json'));

  it('lists every tag', () => expect(decls.map((d) => d.tagName).sort()).to.include.members([...TAGS].sort()));

  it('documents the shared attributes and events on every element', () => {
    for (const d of decls) {
      expect(d.attributes!.map((a) => a.name), d.tagName).to.include.members(['src', 'storage-key', 'lang', 'theme']);
      expect(d.events!.map((e) => e.name), d.tagName).to.include.members(['cw-change', 'cw-invalid-data']);
      expect(d.cssProperties!.length, d.tagName).to.be.greaterThan(5);
      expect(d.cssParts!.map((p) => p.name), d.tagName).to.include('base');
    }
  });

  it('has a README reference for every element that names all of it', () => {
    for (const d of decls) {
      const start = readme.indexOf(`<!-- reference:${d.tagName} -->`);
      const end = readme.indexOf(`<!-- /reference:${d.tagName} -->`);
      expect(start, `README section for <${d.tagName}>`).to.be.greaterThan(-1);
      const section = readme.slice(start, end);
      const names = [
        ...(d.attributes ?? []).map((a) => a.name),
        ...(d.events ?? []).map((e) => e.name),
        ...(d.cssParts ?? []).map((p) => p.name),
        ...(d.cssProperties ?? []).map((p) => p.name),
      ];
      for (const n of names) expect(section, `<${d.tagName}> ${n}`).to.contain(`\`${n}\``);
    }
  });

  it('documents every --cw-* custom property the element\'s built file reads', async () => {
    for (const d of decls) {
      const code = await (await fetch(`/dist/${d.tagName}.js`)).text();
      const used = [...new Set([...code.matchAll(/var\((--cw-[a-z0-9-]+)/g)].map((m) => m[1]!))];
      expect(used.length, d.tagName).to.be.greaterThan(5);
      expect((d.cssProperties ?? []).map((p) => p.name), d.tagName).to.include.members(used);
    }
  });

  it('exports each element file in package.json', () => {
    for (const tag of TAGS) expect(pkg.exports, tag).to.have.property(`./${tag}.js`);
  });
});
