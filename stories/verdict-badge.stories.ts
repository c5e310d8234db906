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

const render = (args: Args) => html`<verdict-badge
  src=${ifDefined(args.src)}
  tool=${ifDefined(args.tool)}
  theme=${ifDefined(args.theme)}
  loading=${ifDefined(args.loading)}
  locale=${ifDefined(args.locale)}
  timeout=${ifDefined(args.timeout)}
  .data=${args.data}
  .strings=${args.strings}
  @verdict-load=${args.onVerdictLoad}
  @verdict-error=${args.onVerdictError}
></verdict-badge>`;

const meta = {
  title: 'Elements/verdict-badge',
  component: 'verdict-badge',
  render,
  args: { src: FIXTURES.roundup, tool: 'lantern-search' },
  argTypes: documentedOnly('verdict-badge'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Roundup: Story = {
  name: 'Loaded: three-tools-mixed.json (lantern-search, a link)',
};

export const ClaudeVsCodestral: Story = {
  name: 'Loaded: claude-files-api-vs-codestral-2.json (codestral-2, no url)',
  args: { src: FIXTURES.claudeVsCodestral, tool: 'codestral-2' },
};

export const EveryTool: Story = {
  name: 'Loaded: a badge per tool of three-tools-mixed.json',
  render: (args) => html`<div class="story-row">
    ${roundup.tools.map(
      (tool) => html`<verdict-badge src=${ifDefined(args.src)} tool=${tool.id} theme=${ifDefined(args.theme)}></verdict-badge>`,
    )}
  </div>`,
};

export const FromDataProperty: Story = {
  name: 'Loaded: data property (three-tools-mixed.json)',
  args: { src: undefined, data: roundup, tool: 'harbor-ci' },
};

export const Loading: Story = {
  name: 'Loading',
  args: { src: neverAnswers('verdict-badge-loading'), timeout: STAY_LOADING_MS },
};

export const ErrorHttp404: Story = { name: 'Error: http 404', args: ERRORS.http404 };
export const ErrorParse: Story = { name: 'Error: parse (broken.json)', args: ERRORS.parse };
export const ErrorSchema: Story = { name: 'Error: schema (invalid-schema.json)', args: ERRORS.schema };
export const ErrorSchemaVersion2: Story = { name: 'Error: schema (version-2.json)', args: ERRORS.schemaVersion2 };
export const ErrorNotFound: Story = { name: 'Error: not-found (tool="codestral-3")', args: { tool: 'codestral-3' } };
export const ErrorNetwork: Story = { name: 'Error: network', args: ERRORS.network };
export const ErrorTimeout: Story = { name: 'Error: timeout (1.5 s)', args: ERRORS.timeout('verdict-badge-timeout') };
export const ErrorTooLarge: Story = { name: 'Error: too-large (3 MiB)', args: ERRORS.tooLarge };

export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  decorators: [onDarkPage],
  globals: darkGlobals,
};

export const Narrow: Story = {
  name: 'Narrow (360 px)',
  decorators: [inNarrowColumn],
};

export const Lazy: Story = {
  name: 'Lazy (below the fold)',
  args: { src: lazyFixture(FIXTURES.roundup), loading: 'lazy' },
  decorators: [belowTheFold],
  parameters: lazyParameters,
};
