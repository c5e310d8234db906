import { css, unsafeCSS } from 'lit';

/*
 * Design tokens. Every element reads `--verdict-*` custom properties first, so a host page restyles
 * all widgets at once, and falls back to these per-theme values.
 */
const light = unsafeCSS(`
  --_page: var(--verdict-page, #f6f7f9);
  --_surface: var(--verdict-surface, #ffffff);
  --_surface-2: var(--verdict-surface-2, #f5f6f8);
  --_text: var(--verdict-text, #16181d);
  --_muted: var(--verdict-muted, #596071);
  --_border: var(--verdict-border, #dfe3e8);
  --_accent: var(--verdict-accent, #4338ca);
  --_ship: var(--verdict-ship, #146c35);
  --_ship-bg: var(--verdict-ship-bg, #e3f5e9);
  --_skip: var(--verdict-skip, #b1261b);
  --_skip-bg: var(--verdict-skip-bg, #fdeceb);
  --_skeleton: var(--verdict-skeleton, #e9ecf0);
  --_shadow: var(--verdict-shadow, 0 1px 2px rgb(16 24 40 / 0.06), 0 1px 3px rgb(16 24 40 / 0.08));
`);

const dark = unsafeCSS(`
  --_page: var(--verdict-page, #0f1115);
  --_surface: var(--verdict-surface, #17191e);
  --_surface-2: var(--verdict-surface-2, #20242b);
  --_text: var(--verdict-text, #eceef2);
  --_muted: var(--verdict-muted, #a3aab8);
  --_border: var(--verdict-border, #343a46);
  --_accent: var(--verdict-accent, #a5b4fc);
  --_ship: var(--verdict-ship, #6ee79a);
  --_ship-bg: var(--verdict-ship-bg, #153323);
  --_skip: var(--verdict-skip, #ff9b93);
  --_skip-bg: var(--verdict-skip-bg, #3b1d1c);
  --_skeleton: var(--verdict-skeleton, #2a2f38);
  --_shadow: var(--verdict-shadow, none);
  color-scheme: dark;
`);

/*
 * theme="auto", once the script knows the page's scheme (components/base/theme-watch.ts adopts one
 * of these). More specific than the prefers-color-scheme rule below, which stands in until then.
 */
const AUTO = ':host(:not([theme=light]):not([theme=dark]))';
// Concatenated, not a template literal: the build's CSS minifier reads every `unsafeCSS(`…`)`
// template as CSS, and a selector made only of an expression is not one it can parse.
export const autoLight = unsafeCSS(AUTO + '{' + light + 'color-scheme:light}');
export const autoDark = unsafeCSS(AUTO + '{' + dark + '}');

/**
 * What every element shares: tokens, a reset against inherited host-page text styles,
 * states (skeleton, error, empty), chips and figures. One CSSStyleSheet, adopted by every shadow root.
 */
export const baseStyles = css`
  :host {
    ${light}
    --_radius: var(--verdict-radius, 12px);
    --_space: var(--verdict-space, 1rem);
    --_font: var(--verdict-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    display: block;
    box-sizing: border-box;
    /* Inherited text styles of the host page must not leak into the widget. */
    font: normal 400 1rem/1.5 var(--_font);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    line-break: auto;
    tab-size: 8;
    font-feature-settings: normal;
    font-variation-settings: normal;
    cursor: auto;
    color: var(--_text);
  }
  /* No color-scheme on :host for auto: the page's own is inherited (and read by theme-watch.ts). */
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherit: a page rule "* { box-sizing: content-box }" beats :host and would flow in. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  p,
  h1,
  h2,
  h3,
  h4,
  blockquote,
  dl,
  dd,
  ul {
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .surface {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Verdict chips: the verdict is told by word and icon, colour only reinforces it. */
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding-block: 0.125em;
    padding-inline: 0.45em 0.6em;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 650;
    line-height: 1.5;
    white-space: nowrap;
  }
  .chip svg {
    width: 0.95em;
    height: 0.95em;
    flex: none;
  }
  .chip.ship {
    color: var(--_ship);
    background: var(--_ship-bg);
  }
  .chip.skip {
    color: var(--_skip);
    background: var(--_skip-bg);
  }
  .chip.none {
    color: var(--_muted);
    background: transparent;
    border: 1px dashed var(--_border);
  }

  /* Loading skeleton: blocks that hold the size of what is coming. */
  .bone {
    display: block;
    border-radius: 6px;
    background: var(--_skeleton);
    animation: verdict-pulse 1.4s ease-in-out infinite;
  }
  @keyframes verdict-pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }

  /* errors="reader": one sentence and Retry, the author's message under "Details". */
  .reader {
    grid-template-columns: 1fr auto;
    align-items: center;
  }
  .reader .error-title {
    color: var(--_text);
  }
  .reader .error-title svg {
    color: var(--_skip);
  }
  .reader details {
    grid-column: 1 / -1;
    display: grid;
    gap: 0.375rem;
  }
  .reader .error-message {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  /* An error that replaces a painted placeholder keeps its space until out of view: no layout shift. */
  .hold {
    display: grid;
  }
  .hold > * {
    grid-area: 1 / 1;
  }
  .hold > .error {
    align-self: start;
  }
  .held {
    visibility: hidden;
  }

  /* The error box: what went wrong, in the author's terms, and a way to retry. */
  .error {
    display: grid;
    gap: 0.375rem;
    padding: var(--_space);
    border: 1px solid var(--_skip);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 1rem;
  }
  .error-title {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 650;
    color: var(--_skip);
  }
  .error-title svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .error-message {
    overflow-wrap: anywhere;
  }
  .error ul {
    padding-inline-start: 1.25rem;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }
  .error summary {
    cursor: pointer;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .retry {
    justify-self: start;
    min-height: 2rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface-2);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 650;
    cursor: pointer;
  }
  /* Windows High Contrast and other forced palettes: keep shapes visible without our colours. */
  @media (forced-colors: active) {
    .chip,
    .surface,
    .bone {
      border: 1px solid CanvasText;
    }
    .bar {
      forced-color-adjust: auto;
    }
  }
  @media print {
    .surface {
      box-shadow: none;
      break-inside: avoid;
    }
    .retry {
      display: none;
    }
  }
  .empty {
    padding: var(--_space);
    background: var(--_surface);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 1rem;
  }
`;
