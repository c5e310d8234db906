import { css } from 'lit';

export const compareStyles = css`
  /* The compare paints its own backdrop: in dark mode on a light-only page, its heading must not sit
     on the host's white. --verdict-page: transparent blends it into a page that matches. */
  .compare {
    min-height: var(--verdict-compare-height);
    display: grid;
    /* Reserved height left over stays at the bottom: stretched rows would move as the content fills in. */
    align-content: start;
    gap: calc(var(--_space) * 1.25);
    padding: calc(var(--_space) * 1.25);
    border-radius: calc(var(--_radius) + 4px);
    background: var(--_page);
  }
  @container compare (max-width: 30rem) {
    .compare {
      padding: calc(var(--_space) * 0.75);
    }
  }
  .compare-head {
    display: grid;
    gap: 0.375rem;
  }
  .title {
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: -0.015em;
    overflow-wrap: anywhere;
  }
  .question {
    font-size: 1.125rem;
    color: var(--_muted);
  }
  .summary {
    font-size: 1rem;
  }
  .meta {
    font-size: 0.8125rem;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17rem), 1fr));
    gap: var(--_space);
  }
  .community {
    padding: calc(var(--_space) * 1.25);
  }
  .community-title {
    margin-block-end: 0.5rem;
    font-size: 1.125rem;
    font-weight: 650;
  }
  /* One grid for all rows (subgrid), so that every bar starts and ends at the same place. */
  .community ul {
    display: grid;
    grid-template-columns: minmax(6rem, max-content) minmax(4rem, 1fr) max-content;
    gap: 0.5rem 0.75rem;
    padding: 0;
    list-style: none;
  }
  .community li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    font-size: 1rem;
  }
  .community .c-name {
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  .community .c-value {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .community .bar {
    width: 100%;
  }
  .community .bar-empty {
    height: 0.375rem;
    border-radius: 999px;
    background: var(--_surface-2);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  @container compare (max-width: 30rem) {
    .community ul {
      grid-template-columns: 1fr auto;
    }
    .community .bar,
    .community .bar-empty {
      grid-column: 1 / -1;
      grid-row: 2;
    }
    .title {
      font-size: 1.5rem;
    }
  }
  :host {
    container: compare / inline-size;
  }
  .source {
    font-size: 1rem;
    font-weight: 650;
  }
  .compare .bone.head-bone {
    width: 60%;
    height: 2.125rem;
  }
  .compare.skeleton {
    height: var(--verdict-compare-height);
    overflow: hidden;
  }
  .community .bone.community-bone {
    width: 10rem;
    height: 1.5rem;
    margin-block-end: 0.5rem;
  }
  .community .bone.community-row-bone {
    height: 1.5rem;
    margin-block-start: 0.5rem;
  }
  .compare .bone.question-bone {
    width: 40%;
    height: 1.625rem;
  }
`;
