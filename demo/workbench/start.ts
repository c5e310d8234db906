/**
 * Start points: a fresh comparison with N tools and M reviewers, valid from the first keystroke
 * (every reviewer has reviewed every tool), with text that says what to write where.
 */
export const MAX_TOOLS = 12;
export const MAX_REVIEWERS = 20;

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, Number.isFinite(n) ? Math.trunc(n) : min));

export function newComparison(toolCount: number, reviewerCount: number, today = new Date()): string {
  const tools = Array.from({ length: clamp(toolCount, 1, MAX_TOOLS) }, (_, i) => ({
    id: `tool-${i + 1}`,
    name: `Tool ${i + 1}`,
    vendor: 'Vendor name',
    category: 'Category',
    tagline: 'One line on what it does',
    url: 'https://example.com/',
    pricing: { entry: 'freemium' },
  }));
  const reviewers = Array.from({ length: clamp(reviewerCount, 0, MAX_REVIEWERS) }, (_, i) => ({
    id: `reviewer-${i + 1}`,
    name: `Reviewer ${i + 1}`,
    lens: 'What this reviewer looks at',
  }));
  const reviews = tools.flatMap((tool) =>
    reviewers.map((reviewer) => ({
      tool: tool.id,
      reviewer: reviewer.id,
      verdict: 'ship',
      headline: 'A short headline',
      quote: `Why ${reviewer.name} would ship or skip ${tool.name}.`,
    })),
  );
  const document = {
    version: 1,
    id: 'my-comparison',
    title: tools.map((tool) => tool.name).join(' vs '),
    question: 'Which one should you ship with?',
    published: today.toISOString().slice(0, 10),
    tools,
    reviewers,
    reviews,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
