'use client';
// The define entry in a client component (it registers nothing during server rendering).
import 'verdict-elements/define';

/** `src` is an attribute, so it is in the server's HTML and survives hydration (facebook/react#35446). */
export function Verdict({ src, tool, compare = false }) {
  return compare ? <tool-compare src={src}></tool-compare> : <tool-card src={src} tool={tool}></tool-card>;
}
