/**
 * Eleventy 3 plugin: `eleventyConfig.addPlugin(verdictElements)` adds the `verdict` shortcode,
 * usable in Markdown, Nunjucks and Liquid posts:
 *
 *   {% verdict "comparisons/claude-vs-codestral.json", "tool-compare" %}
 *   {% verdict "comparisons/roundup.json", "tool-card", "tool=lantern-search theme=dark json-ld" %}
 *
 * The file path is relative to the project (where Eleventy runs); the options are the CLI's
 * (`tool`, `tools`, `theme`, `locale`, `heading-level`, `json-ld`, `styles`, `styles-href`, `base-url`).
 */
import { readDocument } from '../cli/read-document.js';
import { renderElement, type ElementName, type RenderOptions } from './render.js';

interface EleventyConfig {
  addAsyncShortcode?(name: string, fn: (...args: unknown[]) => Promise<string>): void;
  addShortcode(name: string, fn: (...args: unknown[]) => unknown): void;
}

export interface PluginOptions {
  /** The shortcode's name (default `verdict`). */
  name?: string;
  /** Defaults for every shortcode (say `{ styles: 'link', stylesHref: '/css/verdict/' }`). */
  defaults?: Partial<RenderOptions>;
}

/** `"tool=x theme=dark json-ld"` to render options. */
export function parseShortcodeOptions(text: string): Partial<RenderOptions> {
  const options: Record<string, unknown> = {};
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const [key, ...rest] = word.split('=');
    const value = rest.join('=');
    switch (key) {
      case 'tool':
      case 'tools':
      case 'locale':
      case 'theme':
      case 'styles':
        options[key!] = value;
        break;
      case 'heading-level':
        options.headingLevel = Number(value);
        break;
      case 'json-ld':
        options.structuredData = value !== 'false';
        break;
      case 'styles-href':
        options.stylesHref = value;
        break;
      case 'base-url':
        options.baseUrl = value;
        break;
      default:
        throw new RangeError(`verdict shortcode: unknown option "${key}"`);
    }
  }
  return options as Partial<RenderOptions>;
}

export default function verdictElements(eleventyConfig: EleventyConfig, plugin: PluginOptions = {}): void {
  const shortcode = async (...args: unknown[]): Promise<string> => {
    const [file, element, text = ''] = args as [string, ElementName, string];
    const read = readDocument(file);
    if (!read.ok) throw new Error(`verdict shortcode: ${file}: ${read.problems.join('; ')}`);
    const html = await renderElement(read.value, { ...plugin.defaults, ...parseShortcodeOptions(text), element });
    // Markdown takes raw HTML as a block when its first line is a lone tag, up to the first blank
    // line: the host's tag on a line of its own, and no blank line inside.
    return html.replace(/^<[^>]+>/, '$&\n').replace(/\n[ \t]*(?=\n)/g, '');
  };
  if (eleventyConfig.addAsyncShortcode) eleventyConfig.addAsyncShortcode(plugin.name ?? 'verdict', shortcode);
  else eleventyConfig.addShortcode(plugin.name ?? 'verdict', shortcode);
}
