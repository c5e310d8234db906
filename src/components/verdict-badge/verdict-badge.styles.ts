import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
    min-width: 15rem;
    min-height: 3.5rem;
    padding-block: 0.5rem;
    padding-inline: 0.5rem 1rem;
    border: 1px solid var(--_border);
    /* A pill unless the page sets --verdict-radius. */
    border-radius: var(--verdict-radius, 999px);
    background: var(--_surface);
    box-shadow: var(--_shadow);
    color: var(--_text);
    text-decoration: none;
  }
  a.badge:hover {
    border-color: var(--_accent);
  }
  a.badge:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: var(--verdict-radius, 999px);
  }
  .score {
    display: grid;
    place-items: center;
    min-width: 2.75rem;
    height: 2.75rem;
    padding-inline: 0.25rem;
    flex: none;
    border-radius: var(--verdict-radius, 999px);
    background: var(--_ship-bg);
    color: var(--_ship);
    font-size: 0.8125rem;
    font-weight: 650;
    letter-spacing: -0.02em;
    font-variant-numeric: tabular-nums;
  }
  .score.low {
    background: var(--_skip-bg);
    color: var(--_skip);
  }
  .score.none {
    background: var(--_surface-2);
    color: var(--_muted);
  }
  .lines {
    display: grid;
    line-height: 1.3;
  }
  .badge-tool {
    font-weight: 650;
    font-size: 1rem;
  }
  .badge-meta {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .badge.skeleton .bone {
    width: 9rem;
    height: 1rem;
  }
  .badge.skeleton .bone.score-bone {
    width: 2.75rem;
    height: 2.75rem;
    border-radius: 50%;
  }
  .error {
    max-width: 24rem;
  }
`;
