/**
 * The live preview: one element of the library on a stage of the chosen width. It renders only
 * valid documents; while the text is invalid the last valid rendering stays, greyed and inert,
 * with a note. Previews never vote and never reach a vote server: `votes="off"`, and the
 * document's `votes` endpoint is left out of what they are given.
 */
import type { ComparisonDocument } from '../../src/data/schema.js';
import type { VerdictElement } from '../../src/components/base/verdict-element.js';
import { FRENCH } from '../../src/locales/fr.js';
import { takesTool, type PreviewOptions } from './embed.js';

export interface Preview {
  /** Shows a valid document with these options. */
  show(document: ComparisonDocument, options: PreviewOptions): void;
  /** The text is invalid now: keep the last rendering, greyed, and say why. */
  stale(problemCount: number): void;
  /** The element on the stage, if any. */
  element(): VerdictElement | undefined;
  /** Its height in rem (rounded up to a quarter), once it has rendered. */
  heightRem(): number | undefined;
}

const WIDTHS = ['wb-w-360', 'wb-w-768', 'wb-w-1280'];

export function createPreview(stage: HTMLElement, note: HTMLElement, onResize: () => void): Preview {
  let current: VerdictElement | undefined;
  let height: number | undefined;
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      const measured = current && !current.hasAttribute('aria-busy') ? current.getBoundingClientRect().height : 0;
      const rem = measured > 0 ? Math.ceil((measured / 16) * 4) / 4 : undefined;
      if (rem !== height) {
        height = rem;
        onResize();
      }
    }, 120);
  });

  const empty = stage.ownerDocument.createElement('p');
  empty.className = 'wb-stage-empty';
  empty.textContent = 'The preview appears as soon as the document is valid.';
  stage.replaceChildren(empty);

  return {
    show(document, options) {
      if (current?.localName !== options.element) {
        if (current) observer.unobserve(current);
        current = stage.ownerDocument.createElement(options.element) as VerdictElement;
        current.setAttribute('votes', 'off');
        current.setAttribute('errors', 'verbose');
        height = undefined;
        observer.observe(current);
        stage.replaceChildren(current);
      }
      const el = current;
      if (takesTool(options.element) && options.tool) el.setAttribute('tool', options.tool);
      else el.removeAttribute('tool');
      el.setAttribute('theme', options.theme);
      el.setAttribute('locale', options.locale);
      el.strings = options.locale === 'fr' ? FRENCH : undefined;
      // A copy without the vote endpoint: no tally request, no vote controls, whatever the element does.
      const { votes: _votes, ...quiet } = document as ComparisonDocument & { votes?: unknown };
      el.data = quiet;

      for (const name of WIDTHS) stage.classList.toggle(name, name === `wb-w-${options.width}`);
      stage.dataset.theme = options.theme;
      stage.classList.remove('is-stale');
      stage.inert = false;
      note.textContent = '';
    },
    stale(problemCount) {
      const plural = problemCount === 1 ? 'problem' : 'problems';
      if (!current) {
        note.textContent = `No preview yet: fix the ${problemCount} ${plural} in the document.`;
        return;
      }
      stage.classList.add('is-stale');
      stage.inert = true;
      note.textContent = `Showing the last valid version. Fix the ${problemCount} ${plural} in the document to update it.`;
    },
    element: () => current,
    heightRem: () => height,
  };
}
