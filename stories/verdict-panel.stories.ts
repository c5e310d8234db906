import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define.js';
import roundup from '../demo/fixtures/three-tools-mixed.json';
import { FIXTURES, documentedOnly, renderElement, stateStories } from './support.js';

const meta = {
  title: 'Elements/verdict-panel',
  component: 'verdict-panel',
  render: renderElement('verdict-panel'),
  args: { src: FIXTURES.claudeVsCodestral },
  argTypes: {
    ...documentedOnly('verdict-panel'),
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

export const OneTool: Story = {
  name: 'Loaded: one tool (tool="quill-docs")',
  args: { src: FIXTURES.roundup, tool: 'quill-docs' },
};

export const FromDataProperty: Story = {
  name: 'Loaded: data property (three-tools-mixed.json)',
  args: { src: undefined, data: roundup },
};

const states = stateStories('verdict-panel', {
  notFound: { tool: 'codestral-3' },
  notFoundLabel: 'tool="codestral-3"',
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
