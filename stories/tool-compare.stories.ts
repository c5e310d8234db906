import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import roundup from '../demo/fixtures/three-tools-mixed.json';
import { FIXTURES, documentedOnly, renderElement, stateStories } from './support.js';

const meta = {
  title: 'Elements/tool-compare',
  component: 'tool-compare',
  render: renderElement('tool-compare'),
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

const states = stateStories('tool-compare', {
  notFound: { tools: 'claude-files-api,codestral-3' },
  notFoundLabel: 'tools="claude-files-api,codestral-3"',
  themed: { src: FIXTURES.roundup },
  lazySrc: FIXTURES.claudeVsCodestral,
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
