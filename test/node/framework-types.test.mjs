// src/jsx/manifest.ts, which the React, Preact, Vue and Svelte typings map over, must be what
// scripts/framework-types.mjs makes of custom-elements.json now. Run: node --test test/node/framework-types.test.mjs
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementsOf, render } from '../../scripts/framework-types.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8'));

test('src/jsx/manifest.ts is generated from the committed custom-elements.json', async () => {
  const committed = await readFile(join(ROOT, 'src/jsx/manifest.ts'), 'utf8');
  assert.equal(committed, render(manifest), 'src/jsx/manifest.ts is stale: run `npm run analyze` (or node scripts/framework-types.mjs) and commit it');
});

test('every element of the manifest, with each attribute and event, reaches the typings', () => {
  const elements = elementsOf(manifest);
  assert.deepEqual(elements.map((element) => element.tag), ['tool-card', 'tool-compare', 'verdict-badge', 'verdict-panel']);
  for (const element of elements) {
    assert.ok(element.attributes.some(([name]) => name === 'theme'), `${element.tag}: theme`);
    assert.ok(element.properties.includes('data'), `${element.tag}: data`);
    assert.ok(!element.properties.includes('document'), `${element.tag}: the read-only document is not a prop`);
    assert.ok(element.events.includes('verdict-load') && element.events.includes('verdict-error'), `${element.tag}: events`);
  }
});

test('an attribute or event added to an element is picked up with no hand edit', () => {
  // What a JSDoc `@event verdict-vote` and a `votes` property become in the manifest.
  const grown = structuredClone(manifest);
  const card = grown.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'tool-card');
  card.attributes.push({ name: 'votes', type: { text: "'off' | undefined" }, fieldName: 'votes' });
  card.members.push({ kind: 'field', name: 'votes', type: { text: "'off' | undefined" } });
  card.events.push({ name: 'verdict-vote', type: { text: 'CustomEvent' } });
  const text = render(grown);
  const block = text.slice(text.indexOf("'tool-card': {"), text.indexOf("'tool-compare': {"));
  assert.match(block, /'votes': 'votes';/);
  assert.match(block, /events: 'verdict-load' \| 'verdict-error' \| 'verdict-vote';/);
  assert.doesNotMatch(block, /properties: [^;]*votes/, 'an attribute-backed property is listed once, with its attribute');
});
