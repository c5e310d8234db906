/** How close to the viewport a `loading="lazy"` element must come before it fetches. */
export const LAZY_MARGIN = '256px';

type Callback = () => void;
const callbacks = new WeakMap<Element, Callback>();
let observer: IntersectionObserver | undefined;

/**
 * One IntersectionObserver for every lazy element on the page.
 * Calls `callback` once, when `element` comes within LAZY_MARGIN of the viewport. Returns a stop function.
 */
export function whenNearViewport(element: Element, callback: Callback): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const cb = callbacks.get(entry.target);
        stop(entry.target);
        cb?.();
      }
    },
    { rootMargin: LAZY_MARGIN },
  );
  callbacks.set(element, callback);
  observer.observe(element);
  return () => stop(element);
}

function stop(element: Element): void {
  callbacks.delete(element);
  observer?.unobserve(element);
}
