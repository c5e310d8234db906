// Issue 12, "a shift-free default embed": README's first snippet (under "## Embed"), taken from
// README.md verbatim and pasted into a blog post, shifts nothing in Chromium at 1280 and 360 px,
// with the bundle arriving before or after the first paint, documents 400 ms late and its stylesheet 300 ms
// late (scripts/embed-cls.mjs serves the CDN URLs from dist/). The `src` tags of the same section,
// measured the same way, do shift: the measurement can fail. Needs `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { launch, measureAll, readmeFirstSnippet, table } from '../../scripts/embed-cls.mjs';
import { embedSnippet } from '../../scripts/readme-embed.mjs';

const README = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

describe("README's first snippet", { timeout: 300_000 }, () => {
  let browser;
  before(async () => (browser = await launch()));
  after(() => browser?.close());

  test('is static HTML of this version, as `node scripts/readme-embed.mjs` prints it', async () => {
    const snippet = await readmeFirstSnippet(README);
    assert.equal(snippet, await embedSnippet(), 'README.md is stale: run `node scripts/readme-embed.mjs --write` (after `npm run build`)');
  });

  test('pasted into a blog post: CLS 0 at 1280 and 360 px, bundle arriving before and after the first paint, nothing fetched, no console error', async () => {
    const rows = await measureAll(browser, await readmeFirstSnippet(README));
    const report = table(rows);
    for (const row of rows) {
      const where = `${row.width} px, script ${row.script} paint`;
      assert.equal(row.cls, 0, `${where}: layout shift ${row.cls} ${JSON.stringify(row.shifts)}\n${report}`);
      assert.equal(row.documentRequests, 0, `${where}: the document is inline`);
      assert.deepEqual(row.errors, [], `${where}: console`);
      assert.ok(row.elements.length >= 1, `${where}: an element`);
      for (const el of row.elements) {
        assert.ok(el.hydrated, `${where}: <${el.tag}> picked up by the bundle`);
        assert.ok(el.text > 40 && el.height > 40, `${where}: <${el.tag}> shows its content (${el.text} characters, ${el.height} px)`);
      }
    }
  });

  test('the same measurement sees the `src` tags below it shift the page', async () => {
    const section = README.split(/^## Embed\s*$/m)[1].split(/^## /m)[0];
    const blocks = [...section.matchAll(/^```html\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    const tags = blocks.find((b) => /<tool-compare src=/.test(b));
    assert.ok(tags, 'the section shows the `src` tags');
    const rows = await measureAll(browser, tags);
    const worst = Math.max(...rows.map((r) => r.cls));
    assert.ok(worst > 0.05, `expected a visible shift, measured ${worst}\n${table(rows)}`);
  });
});
