import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Args, Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import roundup from '../demo/fixtures/three-tools-mixed.json';
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

const render = (args: Args) => html`<tool-compare
  src=${ifDefined(args.src)}
  tools=${ifDefined(args.tools)}
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
></tool-compare>`;

const meta = {
  title: 'Elements/tool-compare',
  component: 'tool-compare',
  render,
  args: { src: FIXTURES.claudeVsCodestral },
  argTypes: {
    ...documentedOnly('tool-compare'),
    tools: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    headingLevel: { control: false },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const ClaudeVsCodestral: Story = {
  name: 'Loaded: claude-files-api-vs-codestral-2.json',
};

export const Roundup: Story = {
  name: 'Loaded: three-tools-mixed.json',
  args: { src: FIXTURES.roundup },
};

export const FromDataProperty: Story = {
  name: 'Loaded: data property (three-tools-mixed.json)',
  args: { src: undefined, data: roundup },
};

export const ToolsSubset: Story = {
  name: 'Tools subset and order (tools="harbor-ci,lantern-search")',
  args: { src: FIXTURES.roundup, tools: 'harbor-ci,lantern-search' },
};

export const Composed: Story = {
  name: 'Composed: own cards and panel inside',
  args: { src: FIXTURES.roundup },
  render: (args) => html`<tool-compare src=${ifDefined(args.src)} theme=${ifDefined(args.theme)}>
    <tool-card tool="lantern-search"></tool-card>
    <tool-card tool="quill-docs"></tool-card>
    <verdict-panel tool="quill-docs"></verdict-panel>
  </tool-compare>`,
};

export const Loading: Story = {
  name: 'Loading',
  args: { src: neverAnswers('tool-compare-loading'), timeout: STAY_LOADING_MS },
};

export const ErrorHttp404: Story = { name: 'Error: http 404', args: ERRORS.http404 };
export const ErrorParse: Story = { name: 'Error: parse (broken.json)', args: ERRORS.parse };
export const ErrorSchema: Story = { name: 'Error: schema (invalid-schema.json)', args: ERRORS.schema };
export const ErrorSchemaVersion2: Story = { name: 'Error: schema (version-2.json)', args: ERRORS.schemaVersion2 };
export const ErrorNotFound: Story = {
  name: 'Error: not-found (tools="claude-files-api,codestral-3")',
  args: { tools: 'claude-files-api,codestral-3' },
};
export const ErrorNetwork: Story = { name: 'Error: network', args: ERRORS.network };
export const ErrorTimeout: Story = { name: 'Error: timeout (1.5 s)', args: ERRORS.timeout('tool-compare-timeout') };
export const ErrorTooLarge: Story = { name: 'Error: too-large (3 MiB)', args: ERRORS.tooLarge };

export const Dark: Story = {
  name: 'Dark theme',
  args: { src: FIXTURES.roundup, theme: 'dark' },
  decorators: [onDarkPage],
  globals: darkGlobals,
};

export const Narrow: Story = {
  name: 'Narrow (360 px)',
  args: { src: FIXTURES.roundup },
  decorators: [inNarrowColumn],
};

export const Lazy: Story = {
  name: 'Lazy (below the fold)',
  args: { src: lazyFixture(FIXTURES.claudeVsCodestral), loading: 'lazy' },
  decorators: [belowTheFold],
  parameters: lazyParameters,
};
