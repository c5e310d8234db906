/**
 * `renderElement(document, options)`: one element as static HTML, rendered by Lit SSR from the
 * same element classes and templates as the browser bundle. What it returns:
 *
 *   <tool-card tool="x" locale="en" ssr="VERSION WORDS FINGERPRINT">
 *     <template shadowrootmode="open"><style>…</style>…the element's own markup…</template>
 *     <script type="application/json">the validated document (a card's or badge's: cut to its tool)</script>
 *     <div ssr-text>the same content as plain light-DOM text</div>
 *     <script type="application/ld+json">…</script>            (structuredData: true)
 *   </tool-card>
 *
 * The browser shows the shadow root before any script runs (Declarative Shadow DOM); the bundle
 * then adopts it (hydration) and reads the inline JSON, so it needs no request.
 */
import { LitElementRenderer, html, renderThunked, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { VerdictError } from '../data/errors.js';
import { prepareComparison } from '../data/parse.js';
import type { ComparisonDocument } from '../data/schema.js';
import { ENGLISH, type VerdictStrings } from '../strings.js';
import { FRENCH } from '../locales/fr.js';
import { VERSION } from '../version.js';
import { Formatter } from '../components/base/format.js';
import { headingLevel } from '../components/base/render-context.js';
import '../define.js';
import { fingerprint, renderKey } from './fingerprint.js';
import { lightText } from './light-text.js';
import { NO_SCRIPT_CSS } from './no-script.js';
import { scriptJson } from './script-json.js';
import { structuredData, type ElementName } from './structured-data.js';

export type { ElementName };

export const ELEMENTS: readonly ElementName[] = ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'];

export interface RenderOptions {
  /** Which element. */
  element: ElementName;
  /** A tool id: required for `tool-card` and `verdict-badge`; narrows a `verdict-panel`. */
  tool?: string;
  /** `tool-compare` only: which tools, in which order (ids, or `"a,b"`). */
  tools?: string[] | string;
  /** `light`, `dark` or `auto` (default: no attribute, which is `auto`). */
  theme?: 'light' | 'dark' | 'auto';
  /** BCP 47 tag for numbers, dates and words (French words for `fr`; English otherwise). Default `en`. */
  locale?: string;
  /** Level of the element's own heading (compare: its title; card, panel: their name, title). */
  headingLevel?: number;
  /** Add schema.org JSON-LD for what the element shows (never for a badge). Default false. */
  structuredData?: boolean;
  /**
   * `inline` (default): a `<style>` in each shadow root. `link`: a `<link rel="stylesheet">` to the
   * element's CSS file the package ships (`dist/css/<element>.css`), for a strict `style-src 'self'`.
   */
  styles?: 'inline' | 'link';
  /** With `styles: 'link'`: the URL of the folder holding the CSS files (default `/verdict-elements/css/`). */
  stylesHref?: string;
  /** Resolves the document's relative links (default: kept relative, and not linked). */
  baseUrl?: string;
}

export const DEFAULT_STYLES_HREF = '/verdict-elements/css/';

/** Options a user got wrong: a `RangeError` whose message names the option. */
const bad = (message: string) => new RangeError(message);

const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** Which built-in words a locale gets (the hydrating bundle picks the same ones from the `ssr` attribute). */
export const wordsFor = (locale: string): 'en' | 'fr' => (/^fr\b/i.test(locale) ? 'fr' : 'en');
export const WORDS: Record<'en' | 'fr', VerdictStrings> = { en: ENGLISH, fr: FRENCH };

interface Plan {
  element: ElementName;
  doc: ComparisonDocument;
  /** Tool ids the element shows, in order. */
  shown: string[];
  attributes: [string, string][];
  words: 'en' | 'fr';
  locale: string;
  level: number | undefined;
}

function plan(input: unknown, options: RenderOptions): Plan {
  if (!options || typeof options !== 'object') throw bad('renderElement needs options: { element: "tool-compare" | "tool-card" | "verdict-panel" | "verdict-badge", ... }');
  const { element } = options;
  if (!ELEMENTS.includes(element)) throw bad(`element must be one of ${ELEMENTS.join(', ')} (got ${JSON.stringify(element)})`);
  const theme = options.theme;
  if (theme !== undefined && theme !== 'light' && theme !== 'dark' && theme !== 'auto') throw bad(`theme must be light, dark or auto (got ${JSON.stringify(theme)})`);
  const locale = options.locale ?? 'en';
  if (!LOCALE.test(locale)) throw bad(`locale must be a BCP 47 tag such as en or fr-CA (got ${JSON.stringify(locale)})`);
  const level = options.headingLevel;
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6)) throw bad(`headingLevel must be a whole number from 1 to 6 (got ${JSON.stringify(level)})`);
  if (options.styles !== undefined && options.styles !== 'inline' && options.styles !== 'link') throw bad(`styles must be inline or link (got ${JSON.stringify(options.styles)})`);

  // Validates every rule (throws a VerdictError of kind `schema` with each issue's path).
  const doc = prepareComparison(input, options.baseUrl ?? 'about:blank');
  const ids = doc.tools.map((t) => t.id);
  const missing = (id: string | undefined, attribute: string) => {
    const list = ids.map((x) => `"${x}"`).join(', ');
    if (!id) return new VerdictError('not-found', `Set ${attribute} to one of this comparison's tools: ${list}.`);
    return ids.includes(id) ? undefined : new VerdictError('not-found', `This comparison has no tool "${id}". Its tools are ${list}.`);
  };

  let shown = ids;
  const tools = typeof options.tools === 'string' ? options.tools.split(',').map((s) => s.trim()).filter(Boolean) : options.tools;
  if (tools !== undefined && element !== 'tool-compare') throw bad('tools applies to tool-compare only (use tool for the other elements)');
  if (options.tool !== undefined && element === 'tool-compare') throw bad('tool-compare takes tools, not tool');
  if (tools?.length) {
    for (const id of tools) {
      const error = missing(id, 'tools');
      if (error) throw error;
    }
    shown = tools;
  }
  if (element === 'tool-card' || element === 'verdict-badge' || (element === 'verdict-panel' && options.tool !== undefined)) {
    const error = missing(options.tool, 'tool');
    if (error) throw error;
    shown = [options.tool!];
  }

  const attributes: [string, string][] = [];
  if (options.tool !== undefined) attributes.push(['tool', options.tool]);
  if (tools?.length) attributes.push(['tools', tools.join(',')]);
  if (theme !== undefined) attributes.push(['theme', theme]);
  // Always written: the browser then formats as the server did, whatever the page's lang.
  attributes.push(['locale', locale]);
  if (level !== undefined) attributes.push(['heading-level', String(level)]);
  const inline = element === 'tool-card' || element === 'verdict-badge' ? onlyTool(doc, options.tool!) : doc;
  return { element, doc: inline, shown, attributes, words: wordsFor(locale), locale, level };
}

/**
 * A card or a badge shows one tool, and its figures come from that tool's reviews and votes alone,
 * so its inline document is the comparison cut to that tool: the same rendering, a page (or a
 * pasted snippet) kilobytes lighter. The comparison's own fields (id, title, url, votes) stay.
 */
function onlyTool(doc: ComparisonDocument, id: string): ComparisonDocument {
  const reviews = doc.reviews.filter((r) => r.tool === id);
  const reviewers = doc.reviewers.filter((x) => reviews.some((r) => r.reviewer === x.id));
  return { ...doc, tools: doc.tools.filter((t) => t.id === id), reviewers, reviews };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Renders one element to a string of HTML. Throws a `VerdictError` for a document that breaks a
 * rule (`kind: 'schema'`, each problem's path in `issues`) or a tool id it lacks (`not-found`),
 * and a `RangeError` for a wrong option.
 */
export async function renderElement(document: unknown, options: RenderOptions): Promise<string> {
  const p = plan(document, options);
  const json = scriptJson(p.doc);
  const attribute = (name: string) => p.attributes.find(([n]) => n === name)?.[1];
  const stamp = `${VERSION} ${p.words} ${fingerprint(renderKey(json, attribute))}`;

  const words = WORDS[p.words];
  const linkHref = options.styles === 'link' ? (options.stylesHref ?? DEFAULT_STYLES_HREF) + p.element + '.css' : undefined;
  const data = p.doc;
  // The element instance gets its data (and words) here: property bindings do not exist in
  // server-only templates, and the document must not leave this call.
  class Renderer extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      const element = this.element as HTMLElement & { data?: unknown; strings?: unknown };
      element.data = data;
      element.strings = words;
    }
    override renderShadow(info: RenderInfo) {
      const parts = super.renderShadow(info);
      if (!parts) return parts;
      // [<style>, ...css, </style>, template]: the rule for readers without scripts added to the
      // inline styles, or the stylesheet link (whose file has it) instead of them.
      const end = parts.indexOf('</style>');
      if (end < 0) return parts;
      if (!linkHref) return [...parts.slice(0, end), NO_SCRIPT_CSS, ...parts.slice(end)];
      return [`<link rel="stylesheet" href="${escapeAttribute(linkHref)}">`, ...parts.slice(end + 1)];
    }
  }

  const ctx = { text: words, format: Formatter.for(p.locale), level: headingLevel(p.level, p.element === 'tool-compare' ? 2 : 3) };
  const ld = options.structuredData ? structuredData(p.doc, { element: p.element, tools: p.shown }) : undefined;
  const light = html`<script type="application/json">${unsafeHTML(json)}</script><div ssr-text>${lightText(p.doc, p.element, p.shown, ctx)}</div>${
    ld ? html`<script type="application/ld+json">${unsafeHTML(scriptJson(ld))}</script>` : nothing
  }`;
  // The host and its light DOM from a server-only template (no hydration markers), its shadow root by Lit SSR.
  const host = hostTemplate(p.element, stamp, p.attributes);
  const result = renderThunked(host(light), { elementRenderers: [Renderer] });
  return tidyHostTag(await collectResult(result));
}

/** One space between the host's attributes (absent ones leave runs of spaces), none inside values touched. */
const tidyHostTag = (html: string) =>
  html.replace(/^<[a-z-]+[^>]*>/, (tag) => tag.replace(/\s+(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ' ').replace(/ >$/, '>'));

/** A server-only template per tag (a tag name cannot be a binding), with the attributes bound. */
function hostTemplate(element: ElementName, stamp: string, attributes: [string, string][]) {
  const a = Object.fromEntries(attributes) as Record<string, string | undefined>;
  const v = (name: string) => a[name] ?? nothing;
  switch (element) {
    case 'tool-compare':
      return (light: unknown) =>
        html`<tool-compare tools=${v('tools')} theme=${v('theme')} locale=${v('locale')} heading-level=${v('heading-level')} ssr=${stamp}>${light}</tool-compare>`;
    case 'tool-card':
      return (light: unknown) =>
        html`<tool-card tool=${v('tool')} theme=${v('theme')} locale=${v('locale')} heading-level=${v('heading-level')} ssr=${stamp}>${light}</tool-card>`;
    case 'verdict-panel':
      return (light: unknown) =>
        html`<verdict-panel tool=${v('tool')} theme=${v('theme')} locale=${v('locale')} heading-level=${v('heading-level')} ssr=${stamp}>${light}</verdict-panel>`;
    default:
      return (light: unknown) =>
        html`<verdict-badge tool=${v('tool')} theme=${v('theme')} locale=${v('locale')} ssr=${stamp}>${light}</verdict-badge>`;
  }
}
