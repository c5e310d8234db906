import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { defineElement } from '../../src/define/define-element.js';
import { VERSION, type VerdictElement } from '../../src/index.js';
import { MIXED, settled, shadowText } from '../support/helpers.js';

describe('defining the elements', () => {
  it('a second copy of the bundle (the built CDN file, twice) throws nothing and leaves elements working', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const bundle: string = '/dist/verdict-elements.js';
      await import(`${bundle}?copy=1`);
      await import(`${bundle}?copy=2`);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    // Same version: no noise.
    expect(warnings).to.deep.equal([]);
    const el = document.createElement('tool-card') as VerdictElement;
    el.setAttribute('src', MIXED);
    el.setAttribute('tool', 'harbor-ci');
    document.body.append(el);
    await settled(el);
    expect(shadowText(el)).to.contain('Harbor CI');
    el.remove();
  });

  it('another version already registered gives one console.warn and keeps the first', () => {
    class First extends HTMLElement {
      static version = '0.0.1';
    }
    class Second extends HTMLElement {}
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      customElements.define('x-verdict-define-test', First);
      defineElement('x-verdict-define-test', Second);
      defineElement('x-verdict-define-test', Second);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('x-verdict-define-test')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('version 0.0.1');
  });

  it('VERSION matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
