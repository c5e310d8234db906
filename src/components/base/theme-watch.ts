import { autoDark, autoLight } from '../../styles/tokens.js';

type Scheme = 'dark' | 'light';

/** "dark" or "light" when `value` names one of them alone ("light dark" lets the OS choose). */
function only(value: string | null | undefined): Scheme | undefined {
  const dark = /\bdark\b/.test(value ?? '');
  return dark === /\blight\b/.test(value ?? '') ? undefined : dark ? 'dark' : 'light';
}

const elements = new Set<Element>();
const pending = new Set<Element>();
const shown = new WeakMap<Element, Scheme>();
let media: MediaQueryList | undefined;

/** The nearest ancestor whose scheme is the page's (not one of ours, being updated in the same pass). */
function outside(el: Element): Element {
  let up = el.parentElement;
  while (up && elements.has(up)) up = up.parentElement;
  return up ?? document.documentElement;
}

/**
 * The page's own scheme around `el`: a `dark`/`light` class or `data-theme` on the root (a site's
 * toggle), else the inherited `color-scheme` (`light-dark()` sites), else the operating system's.
 */
export function pageScheme(el: Element): Scheme {
  const root = document.documentElement;
  return (
    (root.classList.contains('dark') ? 'dark' : root.classList.contains('light') ? 'light' : undefined) ??
    only(root.getAttribute('data-theme')) ??
    only(getComputedStyle(outside(el)).colorScheme) ??
    (media!.matches ? 'dark' : 'light')
  );
}

/** Reads every pending element's scheme first, then adopts the sheets (one style recalculation). */
function flush(): void {
  const list = [...pending].filter((el) => el.isConnected);
  pending.clear();
  const schemes = list.map(pageScheme);
  list.forEach((el, i) => {
    const root = el.shadowRoot;
    if (shown.get(el) === schemes[i] || !root?.adoptedStyleSheets) return;
    shown.set(el, schemes[i]!);
    const sheet = (schemes[i] === 'dark' ? autoDark : autoLight).styleSheet!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== autoDark.styleSheet && s !== autoLight.styleSheet), sheet];
  });
}

function check(list: Iterable<Element>): void {
  if (!pending.size) queueMicrotask(flush);
  for (const el of list) pending.add(el);
}

/**
 * `theme="auto"`: keeps `el` in the page's scheme, now and whenever the site's toggle flips.
 * One MutationObserver (the root's attributes) and one media query
 * listener serve every element. The sheets only match while `theme` is neither light nor dark.
 */
export function watchTheme(el: Element): () => void {
  if (!media) {
    media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', () => check(elements));
    // Any attribute of the root: a toggle may write class, data-theme, style, data-mode...
    // Reading `style` keeps WebKit's lazily written style attribute current: otherwise, once set
    // through `root.style`, its removal queues no record and the elements stay in the old scheme.
    new MutationObserver(() => {
      document.documentElement.getAttribute('style');
      check(elements);
    }).observe(document.documentElement, { attributes: true });
  }
  elements.add(el);
  check([el]);
  return () => elements.delete(el);
}
