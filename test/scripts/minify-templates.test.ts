import { expect } from '@open-wc/testing';
// @ts-expect-error plain JS build script without types
import { collapseTemplates } from '../../scripts/minify-templates.mjs';

describe('collapseTemplates', () => {
  const rows: [string, string, string][] = [
    ['no template', 'const a = 1;\n', 'const a = 1;\n'],
    ['an html template', 'html`<p>\n    <b>x</b>\n  </p>`', 'html`<p> <b>x</b> </p>`'],
    ['a css template', 'css`\n  a {\n    color: red;\n  }\n`', 'css` a { color: red; } `'],
    ['an untagged template stays', 'const s = `a\n   b`;', 'const s = `a\n   b`;'],
    ['a nested template in an expression', 'html`<p>\n ${x ? html`<i>\n y</i>` : `k\n  z`}\n</p>`', 'html`<p> ${x ? html`<i> y</i>` : `k\n  z`} </p>`'],
    ['braces inside an expression', 'html`<p>\n${items.map((i) => { return i; })}\n</p>`', 'html`<p> ${items.map((i) => { return i; })} </p>`'],
    ['a regex with quotes and a backtick', 'const r = /["`\']/g; html`a\n b`', 'const r = /["`\']/g; html`a b`'],
    ['strings with backticks', "const s = '`'; const t = \"`\"; css`a\n b`", "const s = '`'; const t = \"`\"; css`a b`"],
    ['comments with backticks', '// `x`\n/* `y` */ svg`<g>\n</g>`', '// `x`\n/* `y` */ svg`<g> </g>`'],
    ['escaped backtick in a template', 'html`a \\` b\n c`', 'html`a \\` b c`'],
    ['division is not a regex', 'const x = a / b; html`p\n q`; const y = c / d;', 'const x = a / b; html`p q`; const y = c / d;'],
  ];
  for (const [name, input, output] of rows) it(name, () => expect(collapseTemplates(input)).to.equal(output));
  it('throws on an unterminated template', () => expect(() => collapseTemplates('html`abc')).to.throw('unterminated'));
});
