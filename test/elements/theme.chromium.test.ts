// Chromium only: these switch the operating system's colour scheme (prefers-color-scheme), which
// only CDP can emulate (Emulation.setEmulatedMedia); Firefox's WebDriver BiDi and WebKitGTK's
// WebDriver have no such command. What follows the page itself is in theme.test.ts, in every engine.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { unmountAll, fixtureJson, CLAUDE, waitUntil } from '../support/helpers.js';
import { addStyle, card, is, resetPage, root, shows, useDocument } from './support/theme.js';

describe('theme="auto" follows the operating system where the page says nothing', () => {
  before(async () => {
    useDocument(await fixtureJson(CLAUDE));
  });
  afterEach(async () => {
    unmountAll();
    resetPage();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('light OS: light', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expect(shows(await card())).to.deep.equal(is('light'));
  });

  it('dark OS: dark, and an OS switch after render follows live', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await card();
    expect(shows(el)).to.deep.equal(is('dark'));
    await emulateMedia({ colorScheme: 'light' });
    await waitUntil(() => shows(el).text === 'light', 'did not follow the OS');
    expect(shows(el)).to.deep.equal(is('light'));
  });

  it('class="dark" on a light OS: dark; class="light" on a dark OS: light', async () => {
    root.className = 'dark';
    expect(shows(await card())).to.deep.equal(is('dark'));
    unmountAll();
    root.className = 'light';
    await emulateMedia({ colorScheme: 'dark' });
    expect(shows(await card())).to.deep.equal(is('light'));
  });

  it('data-theme="dark": dark; "light" on a dark OS: light; flipped after render: follows', async () => {
    root.dataset.theme = 'dark';
    const el = await card();
    expect(shows(el)).to.deep.equal(is('dark'));
    await emulateMedia({ colorScheme: 'dark' });
    root.dataset.theme = 'light';
    await waitUntil(() => shows(el).text === 'light', 'did not follow data-theme');
    expect(shows(el)).to.deep.equal(is('light'));
  });

  it('"light dark" leaves it to the OS', async () => {
    addStyle(':root { color-scheme: light dark; }');
    expect(shows(await card())).to.deep.equal(is('light'));
    unmountAll();
    await emulateMedia({ colorScheme: 'dark' });
    expect(shows(await card())).to.deep.equal(is('dark'));
  });
});
