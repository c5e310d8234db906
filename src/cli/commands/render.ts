/// <reference types="node" />
/**
 * `verdict-elements render DOC.json --element tool-compare [...]`: the element as static HTML on
 * stdout (Declarative Shadow DOM, the document inline, optional JSON-LD), through `renderElement`
 * of `verdict-elements/ssr`: the Vite-built module, whose templates are the CDN bundle's.
 */
import type { Command } from '../command.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, printable, readDocument } from '../run.js';
import { VerdictError } from '../../data/errors.js';

type Ssr = typeof import('../../ssr/index.js');

// The built module by the package's own name (not the tsc copy next to this file): same templates
// as the CDN bundle, so that the bundle can adopt the HTML.
const SSR_MODULE = 'verdict-elements/ssr';

const ELEMENTS = ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'];

export const command: Command = {
  name: 'render',
  summary: 'print an element as static HTML (works without JavaScript; the CDN bundle adopts it)',
  usage: `Usage: verdict-elements render FILE --element NAME [options]

Prints the element as static HTML: its shadow root as Declarative Shadow DOM, the document
inline (the browser needs no request), the same content as light-DOM text for crawlers.

Options:
  --element NAME        tool-compare, tool-card, verdict-panel or verdict-badge (required)
  --tool ID             the tool (required for tool-card and verdict-badge; narrows a panel)
  --tools A,B           tool-compare: which tools, in which order
  --theme T             light, dark or auto
  --locale TAG          numbers, dates and words (fr: French); default en
  --heading-level N     level of the element's heading, 1 to 6
  --json-ld             add schema.org structured data (never for verdict-badge)
  --styles link         a <link> to dist/css/NAME.css in each shadow root instead of an inline
                        <style>, for a Content-Security-Policy with style-src 'self'
  --styles-href URL     with --styles link: the folder URL of those CSS files
                        (default /verdict-elements/css/)
  --base-url URL        resolve the document's relative links against this URL`,
  options: {
    element: { type: 'string' },
    tool: { type: 'string' },
    tools: { type: 'string' },
    theme: { type: 'string' },
    locale: { type: 'string' },
    'heading-level': { type: 'string' },
    'json-ld': { type: 'boolean' },
    styles: { type: 'string' },
    'styles-href': { type: 'string' },
    'base-url': { type: 'string' },
  },
  async run(positionals, values, io) {
    const usage = (message: string) => {
      io.err(`verdict-elements render: ${printable(message)}`);
      return EXIT_USAGE;
    };
    if (positionals.length !== 1) return usage(`takes one FILE (got ${positionals.length})`);
    const element = values.element;
    if (typeof element !== 'string' || !ELEMENTS.includes(element)) {
      return usage(`--element must be one of ${ELEMENTS.join(', ')}`);
    }
    const level = values['heading-level'];
    if (level !== undefined && !/^[1-6]$/.test(String(level))) return usage('--heading-level must be a whole number from 1 to 6');
    const file = positionals[0]!;
    const shown = file === '' ? '""' : file;
    const read = readDocument(file);
    if (!read.ok) {
      for (const problem of read.problems) io.err(printable(`${shown}: ${problem}`));
      return EXIT_INVALID;
    }
    const { renderElement } = (await import(SSR_MODULE)) as Ssr;
    const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    try {
      const html = await renderElement(read.value, {
        element: element as Parameters<Ssr['renderElement']>[1]['element'],
        tool: str('tool'),
        tools: str('tools'),
        theme: str('theme') as 'light' | 'dark' | 'auto' | undefined,
        locale: str('locale'),
        headingLevel: level === undefined ? undefined : Number(level),
        structuredData: values['json-ld'] === true,
        styles: str('styles') as 'inline' | 'link' | undefined,
        stylesHref: str('styles-href'),
        baseUrl: str('base-url'),
      });
      io.out(html);
      return EXIT_OK;
    } catch (cause) {
      if (cause instanceof RangeError) return usage(cause.message);
      if (cause instanceof VerdictError || (cause as { name?: string })?.name === 'VerdictError') {
        const error = cause as VerdictError;
        const problems = error.kind === 'schema' ? error.issues.map((i) => `${i.path}: ${i.message}`) : [error.message];
        for (const problem of problems) io.err(printable(`${shown}: ${problem}`));
        return EXIT_INVALID;
      }
      throw cause;
    }
  },
};
