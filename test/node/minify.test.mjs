// The template minifier of the builds (scripts/minify-literals.mjs): Lightning CSS and
// html-minifier-next on the literals of our modules. CSS that a regex minifier gets wrong keeps its
// meaning, and the npm build carries the same template bytes as the CDN bundle (server rendering
// relies on it). Needs `npm run build` for the last test.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/parse-literals.js';
import { minifyCss, minifyLiterals } from '../../scripts/minify-literals.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The CSS of the `css` template in a minified module. */
async function minifiedCss(body) {
  const source = `import { css } from 'lit';\nexport const styles = css\`${body}\`;\n`;
  const { code } = await minifyLiterals(source, 'styles.ts');
  return /css`([^`]*)`/.exec(code)[1];
}

describe('CSS in css`` templates', () => {
  test('strings keep their spaces, semicolons, braces and comment-like text', async () => {
    const out = await minifiedCss(`
      .quote::before { content: "a  b /* not a comment */ ; }"; }
      .open-quote::after { content: '  \u201c'; }
    `);
    assert.match(out, /content:"a {2}b \/\* not a comment \*\/ ; }"/);
    assert.match(out, /content:" {2}\u201c"/);
  });

  test('url() with spaces inside, quoted or not, keeps its address', async () => {
    const out = await minifiedCss(`
      .a { background: url("images/a  b.png") no-repeat; }
      .b { background-image: url( 'x y.png' ); }
    `);
    assert.match(out, /url\("images\/a {2}b\.png"\)/);
    assert.match(out, /url\("x y\.png"\)/);
  });

  test('calc() keeps the spaces its operators need', async () => {
    const out = await minifiedCss(`.w { width: calc(100%  -  (2 * var(--gap, 4px))); margin-inline: calc(var(--a) - -1px); }`);
    assert.match(out, /width:calc\(100% - \(2 \* var\(--gap,\s?4px\)\)\)/);
    assert.match(out, /calc\(var\(--a\) - -1px\)/);
  });

  test('custom properties: strings inside keep their spaces, a space-only value stays valid', async () => {
    const out = await minifiedCss(`:host { --label: "a  b"; --font: 'Segoe UI',  sans-serif; --empty: ; }`);
    assert.match(out, /--label:"a {2}b"/);
    assert.match(out, /--font:"Segoe UI", ?sans-serif/);
    // `--empty:;` is invalid in engines older than 2023: the value keeps one space.
    assert.match(out, /--empty: [;}]/);
  });

  test('Lit expressions inside a rule stay in place', async () => {
    const out = await minifiedCss(`
      :host {
        \${light}
        display: block;
      }
      @media (prefers-color-scheme: dark) { :host(:not([theme='light'])) { \${dark} } }
    `);
    assert.equal(out, ':host{${light}display:block}@media (prefers-color-scheme:dark){:host(:not([theme=light])){${dark}}}');
  });

  test('unsafeCSS(`...`): a declaration list is minified as one', async () => {
    const source = 'const t = unsafeCSS(`\n  --label: "a  b";\n  --pair:  1px   2px;\n`);\n';
    const { code } = await minifyLiterals(source, 'tokens.ts');
    assert.equal(code, 'const t = unsafeCSS(`--label:"a  b";--pair:1px 2px`);\n');
    assert.equal(minifyCss('  '), '');
  });

  test('CSS that does not parse fails the build instead of shipping as is', async () => {
    await assert.rejects(minifiedCss('.a { color: red; } }}} @media ('), /CSS/);
  });
});

describe('HTML in html`` templates', () => {
  test('whitespace collapses; attribute values, <pre> and the text around expressions keep theirs', async () => {
    const source = 'const v = (x) => html`\n  <p title="a  b">\n    Hello, ${x}  and  <strong>you</strong>\n  </p>\n  <pre>  keep\n    this  </pre>\n`;\n';
    const { code } = await minifyLiterals(source, 'view.ts');
    assert.equal(code, 'const v = (x) => html`<p title="a  b">Hello, ${x} and <strong>you</strong></p><pre>  keep\n    this  </pre>`;\n');
  });
});

describe('builds', () => {
  test('the npm build (dist/lib) carries the same template text as the CDN bundle', (t) => {
    const bundlePath = join(ROOT, 'dist/verdict-elements.js');
    if (!existsSync(bundlePath)) assert.fail('dist/verdict-elements.js is missing: run `npm run build` first');
    const bundle = readFileSync(bundlePath, 'utf8');
    let pieces = 0;
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.js')) {
          const code = readFileSync(path, 'utf8');
          for (const template of parseLiterals(code, { fileName: path })) {
            if (!/^(html|svg|css)$/.test(template.tag ?? '')) continue;
            for (const part of template.parts) {
              if (part.text.length < 12) continue;
              pieces++;
              assert.ok(bundle.includes(part.text), `${path}: ${JSON.stringify(part.text.slice(0, 80))} is not in the CDN bundle`);
              assert.doesNotMatch(part.text, /\n\s{2,}/, `${path}: template indentation left in`);
            }
          }
        }
      }
    };
    // What the CDN bundle holds: the elements and their styles (not the CLI, SSR or badge modules).
    for (const dir of ['components', 'styles']) walk(join(ROOT, 'dist/lib', dir));
    t.diagnostic(`${pieces} template pieces compared`);
    assert.ok(pieces > 50, `only ${pieces} template pieces found`);
  });
});
