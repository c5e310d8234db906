import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import claudeVsCodestral from '../demo/fixtures/claude-files-api-vs-codestral-2.json';
import { FIXTURES, documentedOnly, renderElement, stateStories } from './support.js';

const meta = {
  title: 'Elements/tool-card',
  component: 'tool-card',
  render: renderElement('tool-card'),
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

const states = stateStories('tool-card', {
  notFound: { tool: 'codestral-3' },
  notFoundLabel: 'tool="codestral-3"',
  themed: { src: FIXTURES.roundup, tool: 'quill-docs' },
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
