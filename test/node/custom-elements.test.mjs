// custom-elements.json: the committed manifest must be what `npm run analyze` makes of the sources
// now, and must describe the public API of the four elements. Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cem = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const MANIFEST = 'custom-elements.json';
const STALE = `${MANIFEST} is out of date with the sources: run \`npm run analyze\` and commit the result`;

const readManifest = async () => JSON.parse(await readFile(join(root, MANIFEST), 'utf8'));

/** Every custom element declaration of a manifest, by tag name. */
function elementsByTag(manifest) {
  const byTag = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) byTag.set(declaration.tagName, declaration);
    }
  }
  return byTag;
}

const names = (items) => new Set((items ?? []).map((item) => item.name));

/** The text of every .ts file under `dir` (a folder of the repository). */
async function tsSourcesUnder(dir) {
  const entries = (await readdir(join(root, dir), { recursive: true })).filter((entry) => entry.endsWith('.ts'));
  return Promise.all(entries.map((entry) => readFile(join(root, dir, entry), 'utf8')));
}

function assertIncludes(actual, expected, what) {
  const missing = expected.filter((name) => !actual.has(name));
  assert.deepEqual(missing, [], `${what}: missing ${missing.join(', ')}`);
}

// What README.md's API section promises.
const COMMON_ATTRIBUTES = ['src', 'tool', 'theme', 'loading', 'locale', 'timeout', 'votes'];
const COMMON_PROPERTIES = ['data', 'strings', 'document', 'src', 'tool', 'theme', 'loading', 'locale', 'timeout', 'votes'];
/** Fired by the elements that show vote buttons. */
const VOTE_EVENTS = ['verdict-vote', 'verdict-voted', 'verdict-tally-error'];
const VOTE_PARTS = ['vote', 'vote-button', 'vote-ship', 'vote-skip', 'vote-status'];
const EVENTS = ['verdict-load', 'verdict-error'];
const CSS_PROPERTIES = [
  '--verdict-accent',
  '--verdict-surface',
  '--verdict-surface-2',
  '--verdict-text',
  '--verdict-muted',
  '--verdict-border',
  '--verdict-ship',
  '--verdict-ship-bg',
  '--verdict-skip',
  '--verdict-skip-bg',
  '--verdict-radius',
  '--verdict-space',
  '--verdict-font-family',
];
/** Per tag: attributes and properties beyond the common ones, and the parts it must document. */
const ELEMENTS = {
  'tool-compare': {
    attributes: ['tools', 'heading-level'],
    properties: ['tools', 'headingLevel'],
    parts: ['base', 'cards', 'card', 'figure', 'community', 'panel', 'row', 'chip', 'quote', 'error', ...VOTE_PARTS],
    events: VOTE_EVENTS,
  },
  'tool-card': {
    attributes: ['heading-level'],
    properties: ['headingLevel'],
    parts: ['base', 'card', 'figure', 'error', ...VOTE_PARTS],
    events: VOTE_EVENTS,
  },
  'verdict-panel': {
    attributes: ['heading-level'],
    properties: ['headingLevel'],
    parts: ['base', 'panel', 'row', 'chip', 'quote', 'error'],
  },
  // The badge has no heading, so no heading-level.
  'verdict-badge': {
    attributes: [],
    properties: [],
    parts: ['base', 'badge', 'score', 'error'],
  },
};

test('the committed custom-elements.json is what the analyzer generates from the sources', async () => {
  const outdir = await mkdtemp(join(tmpdir(), 'verdict-cem-'));
  try {
    // The analyzer joins --outdir to its working directory, so give it relative to the root.
    await promisify(execFile)(
      process.execPath,
      [cem, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, outdir), '--quiet'],
      { cwd: root, timeout: 120_000 },
    );
    const generated = await readFile(join(outdir, MANIFEST), 'utf8');
    const committed = await readFile(join(root, MANIFEST), 'utf8');
    assert.deepEqual(JSON.parse(committed), JSON.parse(generated), STALE);
    assert.equal(committed, generated, `${STALE} (same content, different formatting)`);
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
});

test('custom-elements.json describes the four elements: attributes, properties, events, parts, custom properties', async () => {
  const byTag = elementsByTag(await readManifest());
  assert.deepEqual([...byTag.keys()].sort(), Object.keys(ELEMENTS).sort(), 'the custom elements of the manifest');

  for (const [tag, expected] of Object.entries(ELEMENTS)) {
    const element = byTag.get(tag);
    assertIncludes(names(element.attributes), [...COMMON_ATTRIBUTES, ...expected.attributes], `<${tag}> attributes`);
    const fields = (element.members ?? []).filter((m) => m.kind === 'field');
    assertIncludes(names(fields), [...COMMON_PROPERTIES, ...expected.properties], `<${tag}> properties`);
    assertIncludes(names((element.members ?? []).filter((m) => m.kind === 'method')), ['retry'], `<${tag}> methods`);
    assertIncludes(names(element.events), [...EVENTS, ...(expected.events ?? [])], `<${tag}> events`);
    assertIncludes(names(element.cssParts), expected.parts, `<${tag}> CSS parts`);
    assertIncludes(names(element.cssProperties), CSS_PROPERTIES, `<${tag}> CSS custom properties`);

    const attribute = (name) => element.attributes.find((a) => a.name === name);
    if (expected.attributes.includes('heading-level')) assert.equal(attribute('heading-level').fieldName, 'headingLevel');
    assert.equal(fields.find((m) => m.name === 'document').readonly, true, `<${tag}>.document is read-only`);
    for (const name of ['data', 'strings', 'document']) {
      assert.equal(attribute(name), undefined, `<${tag}>.${name} is a property only, not an attribute`);
    }
  }
});

test('custom-elements.json lists no private, protected or internal state as API', async () => {
  const manifest = await readManifest();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const where = `${declaration.tagName ? `<${declaration.tagName}>` : declaration.name} (${module.path})`;
      for (const member of declaration.members ?? []) {
        assert.ok(member.privacy !== 'private' && member.privacy !== 'protected', `${where}: ${member.privacy} member ${member.name}`);
        assert.ok(!/^[_#]/.test(member.name), `${where}: internal member ${member.name}`);
      }
      const fields = names(declaration.members);
      for (const attribute of declaration.attributes ?? []) {
        assert.ok(!/^[_#]/.test(attribute.name), `${where}: internal attribute ${attribute.name}`);
        if (attribute.fieldName) assert.ok(fields.has(attribute.fieldName), `${where}: attribute ${attribute.name} of a non-public field`);
      }
    }
  }
  // Lit `state: true` properties are not attributes (<tool-compare>'s composition flag, for one).
  const compare = elementsByTag(manifest).get('tool-compare');
  assert.equal(names(compare.attributes).has('composed'), false);
});

test('every shadow part the elements render is documented on some element', async () => {
  const documented = new Set([...elementsByTag(await readManifest()).values()].flatMap((e) => [...names(e.cssParts)]));
  const rendered = new Set();
  for (const source of await tsSourcesUnder('src/components')) {
    for (const [, value] of source.matchAll(/\bpart="([^"]*)"/g)) {
      // `chip-${verdict}`-style names are documented by their expansions (chip-ship, chip-skip).
      for (const part of value.split(/\s+/)) if (part && !part.includes('${')) rendered.add(part);
    }
  }
  assert.ok(rendered.size > 0, 'found the part attributes in src/components');
  const undocumented = [...rendered].filter((part) => !documented.has(part)).sort();
  assert.deepEqual(undocumented, [], `parts rendered but missing from the manifest (add @csspart to the element's JSDoc): ${undocumented.join(', ')}`);
});

test('every --verdict-* custom property the styles read is documented on some element', async () => {
  const documented = new Set([...elementsByTag(await readManifest()).values()].flatMap((e) => [...names(e.cssProperties)]));
  const read = new Set();
  for (const source of await tsSourcesUnder('src')) {
    for (const [, name] of source.matchAll(/var\(\s*(--verdict-[a-z0-9-]+)/g)) read.add(name);
  }
  assert.ok(read.size > 0, 'found the var(--verdict-*) reads in src');
  const undocumented = [...read].filter((name) => !documented.has(name)).sort();
  assert.deepEqual(undocumented, [], `custom properties read but missing from the manifest (add @cssproperty to the element's JSDoc): ${undocumented.join(', ')}`);
});
