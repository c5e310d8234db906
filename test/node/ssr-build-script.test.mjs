// README's "A plain build script" recipe (section "Static HTML and SEO"), run as written: the code
// block is copied from README.md into build.mjs in a temporary site folder where `verdict-elements`
// is this package (a node_modules link to the checkout; needs `npm run build`), and `node build.mjs`
// runs there. The output page must hold the comparison as static HTML, the template around it, and
// document text with replacement patterns (`$&`, `$'`) verbatim.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = await readFile(join(ROOT, 'README.md'), 'utf8');

/** The first js block after "**A plain build script**" in "## Static HTML and SEO". */
function recipe() {
  const section = README.split(/^## Static HTML and SEO\s*$/m)[1]?.split(/^## /m)[0] ?? '';
  const from = section.indexOf('**A plain build script**');
  assert.ok(from >= 0, 'README has the plain build script recipe');
  const block = /```js\n([\s\S]*?)```/.exec(section.slice(from));
  assert.ok(block, 'as a js block');
  return block[1];
}

const TEMPLATE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Roundup</title>
<script type="module" src="https://cdn.jsdelivr.net/npm/verdict-elements@0.1.0/dist/verdict-elements.hydrate.js"></script>
</head>
<body>
<h1>Our roundup</h1>
<!-- comparison -->
<p>Thanks for reading.</p>
</body>
</html>
`;

let site;
after(() => site && rm(site, { recursive: true, force: true }));

test('README\'s build script writes the post with the comparison as static HTML', async () => {
  site = await mkdtemp(join(tmpdir(), 'verdict-build-'));
  await mkdir(join(site, 'node_modules'));
  await symlink(ROOT, join(site, 'node_modules', 'verdict-elements'), 'dir');
  await mkdir(join(site, 'comparisons'));
  const doc = JSON.parse(await readFile(join(ROOT, 'demo/fixtures/three-tools-mixed.json'), 'utf8'));
  // Text a String#replace with a string replacement would rewrite ("$&" is the match, "$'" what follows it).
  doc.reviews[0].quote = "Costs $& more than it says, and $' less; $$ stays.";
  await writeFile(join(site, 'comparisons/roundup.json'), JSON.stringify(doc, null, 2));
  await writeFile(join(site, 'post.template.html'), TEMPLATE);
  await writeFile(join(site, 'build.mjs'), recipe());

  const run = spawnSync(process.execPath, ['build.mjs'], { cwd: site, encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0, `node build.mjs failed:\n${run.stderr}`);
  const out = await readFile(join(site, 'public/post.html'), 'utf8');

  const [before, rest] = out.split('<tool-compare ');
  assert.ok(rest, 'the element is in the page');
  assert.equal(before, TEMPLATE.split('<!-- comparison -->')[0], 'the template before it, unchanged');
  assert.ok(out.endsWith('</tool-compare>\n<p>Thanks for reading.</p>\n</body>\n</html>\n'), 'and after it');
  assert.match(rest, /^[^>]* ssr="0\.\d+\.\d+ en [0-9a-z]+"/, 'stamped for hydration');
  assert.match(out, /<template shadowroot="open" shadowrootmode="open"><style>/, 'a declarative shadow root with its styles');
  for (const name of doc.tools.map((t) => t.name)) assert.ok(out.includes(name), name);
  assert.match(out, /<script type="application\/ld\+json">/, 'structured data, as the recipe asks');
  // The quote, verbatim: escaped text in the shadow root and in the light-DOM copy, and in the inline JSON.
  const quote = "Costs $& more than it says, and $' less; $$ stays.";
  const escaped = quote.replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  assert.equal(out.split(escaped).length - 1, 2, 'shown in the shadow root and the light-DOM text');
  const inline = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(out)[1]);
  assert.equal(inline.reviews[0].quote, quote, 'in the inline document');
  assert.doesNotMatch(out, /Costs <!-- comparison -->|Costs <!doctype/i, 'no replacement pattern expanded');
  assert.ok(!out.includes('<!-- comparison -->'), 'the marker is replaced');
});
