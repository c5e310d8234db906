/** How close to the viewport a `loading="lazy"` element must come before it fetches. */
export const LAZY_MARGIN = '256px';

type Callback = () => void;

/**
 * One IntersectionObserver for every element waiting on the same thing: calls each element's
 * callback once, when it comes into view (`entering`) or goes out of it. Returns the wait's
 * function, which returns a stop function.
 */
function viewportWait(entering: boolean, rootMargin?: string): (element: Element, callback: Callback) => Callback {
  const callbacks = new WeakMap<Element, Callback>();
  let observer: IntersectionObserver | undefined;
  const stop = (element: Element) => {
    callbacks.delete(element);
    observer?.unobserve(element);
  };
  return (element, callback) => {
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          if (isIntersecting !== entering) continue;
          const cb = callbacks.get(target);
          stop(target);
          cb?.();
        }
      },
      { rootMargin },
    );
    callbacks.set(element, callback);
    observer.observe(element);
    return () => stop(element);
  };
}

/** `loading="lazy"`: once the element is within LAZY_MARGIN of the viewport, it fetches. */
export const whenNearViewport = viewportWait(true, LAZY_MARGIN);

/** A held error (see error-view.ts) gives its placeholder's space back once out of view. */
export const whenOffscreen = viewportWait(false);
