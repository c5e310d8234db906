import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import roundup from '../demo/fixtures/three-tools-mixed.json';
import { FIXTURES, documentedOnly, renderElement, stateStories } from './support.js';

const meta = {
  title: 'Elements/verdict-badge',
  component: 'verdict-badge',
  render: renderElement('verdict-badge'),
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

const states = stateStories('verdict-badge', {
  notFound: { tool: 'codestral-3' },
  notFoundLabel: 'tool="codestral-3"',
  themed: {},
  lazySrc: FIXTURES.roundup,
});
export const Loading: Story = states.Loading;
export const ErrorHttp404: Story = states.ErrorHttp404;
export const ErrorParse: Story = states.ErrorParse;
export const ErrorSchema: Story = states.ErrorSchema;
export const ErrorSchemaVersion2: Story = states.ErrorSchemaVersion2;
export const ErrorNotFound: Story = states.ErrorNotFound;
export const ErrorNetwork: Story = states.ErrorNetwork;
export const ErrorTimeout: Story = states.ErrorTimeout;
export const ErrorTooLarge: Story = states.ErrorTooLarge;
export const Dark: Story = states.Dark;
export const Narrow: Story = states.Narrow;
export const Lazy: Story = states.Lazy;
