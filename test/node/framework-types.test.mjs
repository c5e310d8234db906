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
  // The elements with community votes fire the vote events (votes.md).
  for (const tag of ['tool-card', 'tool-compare']) {
    const { events } = elements.find((element) => element.tag === tag);
    for (const name of ['verdict-vote', 'verdict-voted', 'verdict-tally-error']) assert.ok(events.includes(name), `${tag}: ${name}`);
  }
  assert.deepEqual(elements.map((element) => element.tag), ['tool-card', 'tool-compare', 'verdict-badge', 'verdict-panel']);
  for (const element of elements) {
    // The attributes common to all elements (../shared/spec/elements.md).
    for (const attribute of ['src', 'tool', 'theme', 'loading', 'locale', 'errors', 'votes']) {
      assert.ok(element.attributes.some(([name]) => name === attribute), `${element.tag}: ${attribute}`);
    }
    assert.ok(element.properties.includes('data'), `${element.tag}: data`);
    assert.ok(!element.properties.includes('document'), `${element.tag}: the read-only document is not a prop`);
    assert.ok(element.events.includes('verdict-load') && element.events.includes('verdict-error'), `${element.tag}: events`);
  }
});

test('an attribute or event added to an element is picked up with no hand edit', () => {
    const grown = structuredClone(manifest);
  const card = grown.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'tool-card');
  // What a JSDoc `@event verdict-shared` and a `share-mode` attribute would become in the manifest.
  card.attributes.push({ name: 'share-mode', type: { text: "'copy' | undefined" }, fieldName: 'shareMode' });
  card.members.push({ kind: 'field', name: 'shareMode', type: { text: "'copy' | undefined" } });
  card.events.push({ name: 'verdict-shared', type: { text: 'CustomEvent' } });
  const text = render(grown);
  const block = text.slice(text.indexOf("'tool-card': {"), text.indexOf("'tool-compare': {"));
  assert.match(block, /'share-mode': 'shareMode';/);
  assert.match(block, /events: [^;]*\| 'verdict-shared';/);
  assert.doesNotMatch(block, /properties: [^;]*shareMode/, 'an attribute-backed property is listed once, with its attribute');
});
