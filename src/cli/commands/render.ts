/// <reference types="node" />
/**
 * `verdict-elements render FILE --element NAME [...]`: the element as static HTML on stdout
 * (Declarative Shadow DOM, the document inline, optional JSON-LD), through `renderElement` of
 * `verdict-elements/ssr`: the Vite-built module, whose templates are the CDN bundle's.
 */
import { VerdictError } from '../../data/errors.js';
import { EXIT_INVALID, EXIT_OK, UsageError, report, type Command, type OptionValues } from '../command.js';
import { readDocument } from '../read-document.js';

type Ssr = typeof import('../../ssr/index.js');
type Options = Parameters<Ssr['renderElement']>[1];

// The built module by the package's own name (not the tsc copy next to this file): the same
// templates as the CDN bundle, so that the bundle can adopt the HTML.
const SSR_MODULE = 'verdict-elements/ssr';

const ELEMENTS = ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'];
const text = (value: OptionValues[string]): string | undefined => (typeof value === 'string' ? value : undefined);

export const command: Command = {
  name: 'render',
  usage: 'render FILE --element NAME',
  summary:
    'print an element as static HTML: its shadow root as Declarative\nShadow DOM, the document inline (no request), the same text in\nlight DOM for crawlers; dist/verdict-elements.hydrate.js adopts it',
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
  optionHelp: {
    element: 'NAME: tool-compare, tool-card, verdict-panel or verdict-badge',
    tool: 'ID: the tool (card, badge; narrows a panel)',
    tools: 'A,B: tool-compare: which tools, in which order',
    theme: 'light, dark or auto',
    locale: 'TAG: numbers, dates and words (fr: French; default en)',
    'heading-level': 'N: level of the element\u2019s heading, 1 to 6',
    'json-ld': 'add schema.org structured data (never on a badge)',
    styles: 'link: a <link> to dist/css/NAME.css in each shadow root instead of <style> (strict CSP)',
    'styles-href': 'URL: with --styles link, the folder of those CSS files',
    'base-url': 'URL: resolve the document\u2019s relative links against it',
  },
  async run(files, values, io) {
    if (files.length !== 1) throw new UsageError(`render takes one FILE (got ${files.length})`);
    const element = text(values.element);
    if (!element || !ELEMENTS.includes(element)) throw new UsageError(`render needs --element, one of ${ELEMENTS.join(', ')}`);
    const level = text(values['heading-level']);
    if (level !== undefined && !/^[1-6]$/.test(level)) throw new UsageError('--heading-level must be a whole number from 1 to 6');
    const file = files[0]!;
    const loaded = readDocument(file);
    if (!loaded.ok) {
      report(io, file, loaded.problems);
      return EXIT_INVALID;
    }
    const { renderElement } = (await import(SSR_MODULE)) as Ssr;
    try {
      io.out(
        await renderElement(loaded.value, {
          element: element as Options['element'],
          tool: text(values.tool),
          tools: text(values.tools),
          theme: text(values.theme) as Options['theme'],
          locale: text(values.locale),
          headingLevel: level === undefined ? undefined : Number(level),
          structuredData: values['json-ld'] === true,
          styles: text(values.styles) as Options['styles'],
          stylesHref: text(values['styles-href']),
          baseUrl: text(values['base-url']),
        }),
      );
      return EXIT_OK;
    } catch (cause) {
      if (cause instanceof RangeError) throw new UsageError(cause.message);
      // The built module has its own copy of the class: recognise it by name.
      if (cause instanceof VerdictError || (cause as Error)?.name === 'VerdictError') {
        const error = cause as VerdictError;
        report(io, file, error.kind === 'schema' ? error.issues.map((i) => `${i.path}: ${i.message}`) : [error.message]);
        return EXIT_INVALID;
      }
      throw cause;
    }
  },
};
