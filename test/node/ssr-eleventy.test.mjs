// A consumer's Eleventy 3 site: a Markdown post with the `verdict` shortcode of
// verdict-elements/ssr/eleventy, built with Eleventy's own API. The output page must hold the
// comparison as HTML: declarative shadow roots, the text, and no script needed to read it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let site;

before(async () => {
  // Inside the package, so that `verdict-elements/...` resolves to this package (self-reference).
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  site = mkdtempSync(join(ROOT, 'tmp/eleventy-'));
  mkdirSync(join(site, 'src/posts'), { recursive: true });
  mkdirSync(join(site, 'comparisons'));
  copyFileSync(join(ROOT, 'demo/fixtures/three-tools-mixed.json'), join(site, 'comparisons/roundup.json'));
  writeFileSync(
    join(site, 'eleventy.config.mjs'),
    `import verdict from 'verdict-elements/ssr/eleventy';
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(verdict);
}
export const config = { dir: { input: 'src', output: '_site' } };
`,
  );
  writeFileSync(
    join(site, 'src/posts/roundup.md'),
    `---
title: Search, docs and CI tools
---
# Our pick

Three tools we tried this month.

{% verdict "comparisons/roundup.json", "tool-compare", "json-ld" %}

And the one we kept:

{% verdict "comparisons/roundup.json", "tool-card", "tool=lantern-search theme=dark" %}

Thanks for reading.
`,
  );
  const cwd = process.cwd();
  process.chdir(site);
  try {
    const elev = new Eleventy('src', '_site', { configPath: 'eleventy.config.mjs', quietMode: true });
    await elev.write();
  } finally {
    process.chdir(cwd);
  }
});
after(() => rmSync(site, { recursive: true, force: true }));

test('the post holds both elements as static HTML, inside the Markdown flow', () => {
  const html = readFileSync(join(site, '_site/posts/roundup/index.html'), 'utf8');
  assert.match(html, /<h1>Our pick<\/h1>/);
  assert.match(html, /<p>Three tools we tried this month\.<\/p>/);
  assert.match(html, /<p>Thanks for reading\.<\/p>/);
  for (const tag of ['tool-compare', 'tool-card']) {
    const start = html.indexOf(`<${tag} `);
    assert.ok(start >= 0, `<${tag}> present`);
    assert.notEqual(html.slice(start - 3, start), '<p>', `<${tag}> not wrapped in a paragraph`);
    assert.match(html.slice(start, start + 400), /<template shadowroot="open" shadowrootmode="open"><style>/, 'declarative shadow root');
  }
  assert.doesNotMatch(html, /<pre><code>/, 'no part of the markup turned into a code block');
  assert.match(html, /<tool-card [^>]*theme="dark"/);
  assert.equal((html.match(/application\/ld\+json/g) ?? []).length, 1, 'JSON-LD for the compare only');
});

test('the text is readable with no script at all: light-DOM text and the shadow markup both hold it', () => {
  const html = readFileSync(join(site, '_site/posts/roundup/index.html'), 'utf8');
  const withoutScripts = html.replace(/<script[\s\S]*?<\/script>/g, '');
  for (const text of ['Lantern Search', 'Quill Docs', 'Harbor CI', '75%', 'Free tier', 'The Skeptic', 'Ship', 'Skip']) {
    assert.ok(withoutScripts.includes(text), text);
  }
  // A text extractor that drops <template> still reads the comparison.
  const extracted = withoutScripts.replace(/<template[\s\S]*?<\/template>/g, '').replace(/<[^>]+>/g, ' ');
  for (const text of ['Lantern Search', 'Harbor CI', '82%', 'The Skeptic']) assert.ok(extracted.includes(text), `extracted: ${text}`);
});
