/**
 * The embed code for one element and its options, as text to copy. DOM-free: every value that
 * comes from the author (the document, its URL, ids) is escaped for where it lands.
 */
import { figuresFor } from '../../src/data/derive.js';
import type { ComparisonDocument } from '../../src/data/schema.js';
import { speakerFor } from '../../src/badge/words.js';
export type ElementName = 'tool-compare' | 'tool-card' | 'verdict-panel' | 'verdict-badge';
export type Theme = 'auto' | 'light' | 'dark';
export type Locale = 'en' | 'fr';

export interface PreviewOptions {
  element: ElementName;
  /** A tool id; '' for none (a compare, or a panel of every tool). */
  tool: string;
  theme: Theme;
  locale: Locale;
  width: 360 | 768 | 1280;
}

export interface CdnInfo {
  name: string;
  version: string;
  files: { file: string; integrity: string; url: string }[] | null;
  missing: string | null;
}

export interface Snippet {
  id: string;
  title: string;
  /** One sentence on when to use it. */
  note: string;
  language: 'html' | 'css' | 'shell' | 'markdown';
  code: string;
}

export interface EmbedInput {
  options: PreviewOptions;
  /** Where the author will publish the JSON (the `src`). */
  documentUrl: string;
  /** The valid document (validated, links as written). */
  document: ComparisonDocument;
  cdn: CdnInfo;
  /** The preview's height in rem at the chosen width, for the reservation CSS; undefined when unknown. */
  heightRem?: number | undefined;
}

/** Text for a double-quoted HTML attribute. */
export const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * JSON for an inline `<script type="application/json">`: `<` as `\u003c`, so no document text can
 * close the script or open a comment, and the line separators JavaScript once rejected.
 */
export const inlineJson = (value: unknown) =>
  JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export const needsTool = (element: ElementName) => element === 'tool-card' || element === 'verdict-badge';
export const takesTool = (element: ElementName) => element !== 'tool-compare';

function attributes(options: PreviewOptions, src?: string): string {
  const parts: string[] = [];
  if (src !== undefined) parts.push(`src="${attr(src)}"`);
  if (takesTool(options.element) && options.tool) parts.push(`tool="${attr(options.tool)}"`);
  if (options.theme !== 'auto') parts.push(`theme="${options.theme}"`);
  if (options.locale !== 'en') parts.push(`locale="${options.locale}"`);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

function moduleScript(cdn: CdnInfo): string {
  const bundle = cdn.files?.find((f) => f.file === 'dist/verdict-elements.js');
  if (!bundle) {
    return `<script type="module" src="https://cdn.jsdelivr.net/npm/${cdn.name}@${cdn.version}/dist/verdict-elements.js"></script>`;
  }
  return `<script type="module" src="${bundle.url}"\n  integrity="${bundle.integrity}" crossorigin="anonymous"></script>`;
}

/** French words: the CDN bundle exports setStrings, and the locale module stands alone. */
function wordsScript(options: PreviewOptions, cdn: CdnInfo): string {
  if (options.locale === 'en') return '';
  const base = `https://cdn.jsdelivr.net/npm/${cdn.name}@${cdn.version}/dist`;
  return `\n<script type="module">
  import { setStrings } from '${base}/verdict-elements.js';
  import { FRENCH } from '${base}/lib/locales/fr.js';
  setStrings(FRENCH);
</script>`;
}

const RESERVE: Record<ElementName, { variable?: string; fallback?: string }> = {
  'tool-compare': { variable: '--verdict-compare-height' },
  'tool-card': { variable: '--verdict-card-height', fallback: '21.75rem' },
  'verdict-panel': { variable: '--verdict-panel-height' },
  'verdict-badge': {},
};

function reservationCss(options: PreviewOptions, heightRem: number | undefined): string {
  const { element, width } = options;
  if (element === 'verdict-badge') {
    return 'verdict-badge:not(:defined) { display: inline-block; vertical-align: middle; min-width: 15rem; height: 3.875rem; }';
  }
  const { variable, fallback } = RESERVE[element];
  const lines = [
    `${element}:not(:defined) { display: block; min-height: var(${variable}${fallback ? `, ${fallback}` : ''}); }`,
  ];
  if (heightRem !== undefined) lines.push(`/* This element at ${width} px wide, measured in the workbench: */`, `${element} { ${variable}: ${heightRem}rem; }`);
  return lines.join('\n');
}

/** Markdown text: brackets and the characters that would end an image's alt text or URL. */
const markdownText = (value: string) => value.replace(/[\\[\]()<>*_`]/g, '\\$&').replace(/\s+/g, ' ');
const markdownUrl = (value: string) => value.replace(/[ ()<>]/g, encodeURIComponent);

const isAbsolute = (value: string) => /^https?:\/\//i.test(value);

/**
 * The badge as an image for places without scripts (a README, an npm page): from the vote
 * server when the document names one, else from a static export made with the CLI.
 */
function badgeSnippets(input: EmbedInput): Snippet[] {
  const { document, options, documentUrl } = input;
  const tool = document.tools.find((t) => t.id === options.tool) ?? document.tools[0]!;
  const { panel } = figuresFor(document).byId.get(tool.id)!;
  const speaker = speakerFor(options.locale);
  const share = panel.percent === null ? null : speaker.percent(panel.percent);
  const alt = speaker.words.panelSentence(tool.name, share, panel.total, speaker.number(panel.total));
  const query = [options.locale !== 'en' ? `locale=${options.locale}` : '', options.theme === 'dark' ? 'theme=dark' : ''].filter(Boolean).join('&');
  const flags = [options.locale !== 'en' ? ` --locale ${options.locale}` : '', options.theme === 'dark' ? ' --theme dark' : ''].join('');
  const endpoint = document.votes?.endpoint;
  let image: string;
  const out: Snippet[] = [];
  if (endpoint && isAbsolute(endpoint)) {
    image = `${endpoint.replace(/\/+$/, '')}/comparisons/${document.id}/tools/${tool.id}/badge.svg${query ? `?${query}` : ''}`;
  } else {
    const base = isAbsolute(documentUrl) ? documentUrl : 'https://example.com/comparisons/';
    image = new URL(`badges/${document.id}/${tool.id}.svg`, base).href;
    out.push({
      id: 'badge-export',
      title: 'Badge images (CLI)',
      note: 'Writes one SVG and one Shields JSON per tool into badges/: host that folder next to the published JSON.',
      language: 'shell',
      code: `npx verdict-elements badge ${document.id}.json --all --out badges${flags}`,
    });
  }
  const picture = `![${markdownText(alt)}](${markdownUrl(image)})`;
  const link = document.url && isAbsolute(document.url) ? `[${picture}](${markdownUrl(document.url)})` : picture;
  out.push({
    id: 'badge-markdown',
    title: 'Badge image (Markdown)',
    note: endpoint
      ? 'For a README or any page without scripts: the vote server draws it, with the live figures.'
      : 'For a README or any page without scripts: an SVG made by the CLI, hosted with your document.',
    language: 'markdown',
    code: link,
  });
  return out;
}

/** Every snippet for the chosen element and options, in the order the workbench shows them. */
export function snippets(input: EmbedInput): Snippet[] {
  const { options, documentUrl, document, cdn } = input;
  const tag = options.element;
  const script = moduleScript(cdn) + wordsScript(options, cdn);
  const out: Snippet[] = [
    {
      id: 'cdn',
      title: 'Script and element',
      note: cdn.files
        ? `The bundle pinned to ${cdn.version}, checked by the browser against its hash; the element fetches the document from its address.`
        : `No hashes: ${cdn.missing ?? 'the bundle is not built'}`,
      language: 'html',
      code: `${script}\n\n<${tag}${attributes(options, documentUrl)}></${tag}>`,
    },
    {
      id: 'reserve',
      title: 'Reserve the space',
      note: 'In your stylesheet: the page does not move when the element arrives.',
      language: 'css',
      code: reservationCss(options, input.heightRem),
    },
    {
      id: 'inline',
      title: 'Inline JSON (no request)',
      note: 'The document inside the element, for pages that build their HTML themselves.',
      language: 'html',
      code: `${script}\n\n<${tag}${attributes(options)}>\n  <script type="application/json">\n${inlineJson(document)
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n')}\n  </script>\n</${tag}>`,
    },
    {
      id: 'render',
      title: 'Static HTML (CLI)',
      note: 'The element as real HTML before any script runs (readable by crawlers), from the JSON you download here.',
      language: 'shell',
      code: `npx verdict-elements render ${document.id}.json --element ${tag}${takesTool(tag) && options.tool ? ` --tool ${options.tool}` : ''}${options.theme !== 'auto' ? ` --theme ${options.theme}` : ''}${options.locale !== 'en' ? ` --locale ${options.locale}` : ''} > ${tag}.html`,
    },
  ];
  if (options.element === 'verdict-badge') out.push(...badgeSnippets(input));
  return out;
}
