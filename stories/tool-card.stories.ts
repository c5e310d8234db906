import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import claudeVsCodestral from '../demo/fixtures/claude-files-api-vs-codestral-2.json';
import {
  ERRORS,
  FIXTURES,
  STAY_LOADING_MS,
  belowTheFold,
  documentedOnly,
  darkGlobals,
  inNarrowColumn,
  lazyFixture,
  lazyParameters,
  neverAnswers,
  onDarkPage,
} from './support.js';

const render = (args: Args) => html`<tool-card
  src=${ifDefined(args.src)}
  tool=${ifDefined(args.tool)}
  theme=${ifDefined(args.theme)}
  loading=${ifDefined(args.loading)}
  locale=${ifDefined(args.locale)}
  timeout=${ifDefined(args.timeout)}
  heading-level=${ifDefined(args['heading-level'])}
  .data=${args.data}
  .strings=${args.strings}
  @verdict-load=${args.onVerdictLoad}
  @verdict-error=${args.onVerdictError}
></tool-card>`;

const meta = {
  title: 'Elements/tool-card',
  component: 'tool-card',
  render,
  args: { src: FIXTURES.claudeVsCodestral, tool: 'codestral-2' },
  argTypes: {
    ...documentedOnly('tool-card'),
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    headingLevel: { control: false },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const ClaudeVsCodestral: Story = {
  name: 'Loaded: claude-files-api-vs-codestral-2.json (codestral-2)',
};

export const Roundup: Story = {
  name: 'Loaded: three-tools-mixed.json (lantern-search)',
  args: { src: FIXTURES.roundup, tool: 'lantern-search' },
};

export const FromDataProperty: Story = {
  name: 'Loaded: data property (claude-files-api-vs-codestral-2.json)',
  args: { src: undefined, data: claudeVsCodestral, tool: 'claude-files-api' },
};

export const Loading: Story = {
  name: 'Loading',
  args: { src: neverAnswers('tool-card-loading'), timeout: STAY_LOADING_MS },
};

export const ErrorHttp404: Story = { name: 'Error: http 404', args: ERRORS.http404 };
export const ErrorParse: Story = { name: 'Error: parse (broken.json)', args: ERRORS.parse };
export const ErrorSchema: Story = { name: 'Error: schema (invalid-schema.json)', args: ERRORS.schema };
export const ErrorSchemaVersion2: Story = { name: 'Error: schema (version-2.json)', args: ERRORS.schemaVersion2 };
export const ErrorNotFound: Story = { name: 'Error: not-found (tool="codestral-3")', args: { tool: 'codestral-3' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: ERRORS.network };
export const ErrorTimeout: Story = { name: 'Error: timeout (1.5 s)', args: ERRORS.timeout('tool-card-timeout') };
export const ErrorTooLarge: Story = { name: 'Error: too-large (3 MiB)', args: ERRORS.tooLarge };

export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  decorators: [onDarkPage],
  globals: darkGlobals,
};

export const Narrow: Story = {
  name: 'Narrow (360 px)',
  args: { src: FIXTURES.roundup, tool: 'quill-docs' },
  decorators: [inNarrowColumn],
};

export const Lazy: Story = {
  name: 'Lazy (below the fold)',
  args: { src: lazyFixture(FIXTURES.claudeVsCodestral), loading: 'lazy' },
  decorators: [belowTheFold],
  parameters: lazyParameters,
};
