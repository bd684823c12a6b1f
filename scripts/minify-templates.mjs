// A build plugin: collapses the indentation inside lit's html`…`, svg`…` and css`…` templates of
// our sources (minifiers keep template text as is). Whitespace that holds a line break becomes one
// space, which HTML and CSS read the same way (we have no <pre>, and <textarea>s are empty).

const TAGS = /(?:html|svg|css)$/;
const REGEX_BEFORE = /[(,=:[!&|?{};+\-*%<>~^]$|\b(?:return|typeof|case|do|else|in|of|void|yield|await)$/;

/** Returns `code` with the static parts of tagged templates collapsed. Pure; throws on unbalanced input. */
export function collapseTemplates(code) {
  let out = '';
  let i = 0;
  const n = code.length;
  // Stack of contexts: 'code' (inside ${} of a template, or top level), or a template record.
  const stack = [{ kind: 'code', braces: 0 }];
  const top = () => stack[stack.length - 1];

  const readTemplate = (collapse) => {
    // At the char after the opening backtick; copies the static text until ` or ${.
    let text = '';
    while (i < n) {
      const c = code[i];
      if (c === '\\') {
        text += c + code[i + 1];
        i += 2;
        continue;
      }
      if (c === '`') {
        i++;
        out += (collapse ? text.replace(/\s*\n\s*/g, ' ') : text) + '`';
        stack.pop();
        return;
      }
      if (c === '$' && code[i + 1] === '{') {
        i += 2;
        out += (collapse ? text.replace(/\s*\n\s*/g, ' ') : text) + '${';
        stack.push({ kind: 'code', braces: 0 });
        return;
      }
      text += c;
      i++;
    }
    throw new Error('unterminated template');
  };

  while (i < n) {
    const ctx = top();
    if (ctx.kind === 'template') {
      readTemplate(ctx.collapse);
      continue;
    }
    const c = code[i];
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      out += code.slice(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end < 0) throw new Error('unterminated comment');
      out += code.slice(i, end + 2);
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && REGEX_BEFORE.test(out.trimEnd())) {
      let j = i + 1;
      let inClass = false;
      while (j < n && (inClass || code[j] !== '/')) {
        if (code[j] === '\\') j++;
        else if (code[j] === '[') inClass = true;
        else if (code[j] === ']') inClass = false;
        else if (code[j] === '\n') throw new Error(`unterminated regex at ${i}`);
        j++;
      }
      out += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      const collapse = TAGS.test(out.trimEnd());
      out += '`';
      i++;
      stack.push({ kind: 'template', collapse });
    } else if (c === '{') {
      ctx.braces++;
      out += c;
      i++;
    } else if (c === '}') {
      if (ctx.braces === 0 && stack.length > 1) {
        stack.pop(); // end of ${…}: back in the enclosing template
        out += '}';
        i++;
      } else {
        ctx.braces--;
        out += c;
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  if (stack.length !== 1) throw new Error('unbalanced templates');
  return out;
}

/** The vite/rolldown plugin, applied to our own TypeScript sources only. */
export function minifyTemplates() {
  return {
    name: 'city-widgets:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(?:html|svg|css)`/.test(code)) return null;
      return { code: collapseTemplates(code), map: null };
    },
  };
}
