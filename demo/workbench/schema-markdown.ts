/**
 * Stands in for codemirror-json-schema's `utils/markdown` module (scripts/vite-workbench.mjs
 * redirects it here). The original highlights code with Shiki (some 1 MB of grammars, themes and
 * a WebAssembly engine) to show the schema's descriptions; those are plain sentences with a few
 * `code` spans. Everything is escaped first, so nothing in the text can become markup.
 */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function renderMarkdown(markdown: string, inline = true): string {
  const html = escape(String(markdown ?? '')).replace(/`([^`\n]+)`/g, '<code>$1</code>');
  return inline ? html : `<p>${html}</p>`;
}
