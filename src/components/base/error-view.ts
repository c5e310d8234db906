import { html, nothing, type TemplateResult } from 'lit';
import type { VerdictError } from '../../data/errors.js';
import type { VerdictStrings } from '../../strings.js';
import { alertIcon } from './icons.js';

/** The `errors` attribute: who the error box speaks to. */
export type ErrorsMode = 'reader' | 'verbose' | 'hidden';

/**
 * The error box. `reader` (the default): one sentence for a reader of the page, Retry where it can
 * help, the author's message under "Details"; `verbose`: the author's message; `hidden`: nothing.
 * `held` is the placeholder that was on screen: kept, invisible, under the box so that the page
 * does not move when the error replaces it.
 */
export function renderErrorView(
  error: VerdictError,
  t: VerdictStrings,
  mode: string | undefined,
  retry: (() => void) | undefined,
  held: TemplateResult | undefined,
): TemplateResult | typeof nothing {
  const message = t.errorMessage?.(error) ?? error.message;
  const many = error.issues.length > 1;
  const problems = many ? html`<ul>${error.issues.map((issue) => html`<li>${issue.path}: ${issue.message}</li>`)}</ul>` : nothing;
  const button = retry ? html`<button class="retry" part="retry" type="button" @click=${retry}>${t.retry}</button>` : nothing;
  const box =
    mode === 'hidden'
      ? nothing
      : mode === 'verbose'
        ? html`<div class="error" part="error" role="alert">
            <p class="error-title">${alertIcon}<span>${t.errorTitle}</span></p>
            <p class="error-message">${message}</p>
            ${many ? html`<details><summary>${t.allProblems(error.issues.length)}</summary>${problems}</details>` : nothing}
            ${button}
          </div>`
        : html`<div class="error reader" part="error" role="alert">
            <p class="error-title">${alertIcon}<span>${error.kind === 'timeout' ? t.errorSlow : error.kind === 'network' || error.kind === 'http' ? t.errorUnavailable : t.errorBroken}</span></p>
            ${button}
            <details part="error-details"><summary>${t.details}</summary><p class="error-message">${message}</p>${problems}</details>
          </div>`;
  return held ? html`<div class="hold">${box}<div class="held" aria-hidden="true" inert>${held}</div></div>` : box;
}
