import { css } from 'lit';

/** The scorecard's look; `<tool-compare>` adopts it too. */
export const panelStyles = css`
  .panel {
    min-height: var(--verdict-panel-height);
    container-type: inline-size;
    padding: calc(var(--_space) * 1.25);
  }
  .panel-title {
    margin-block-end: 0.75rem;
    font-size: 1.125rem;
    font-weight: 650;
  }
  /* relative: the visually hidden captions (absolute) stay in the scroll region, not in the host page. */
  .scroll {
    position: relative;
    overflow-x: auto;
  }
  /* Equal tool columns; below the minimum width the table scrolls sideways in .scroll. */
  table {
    width: 100%;
    min-width: calc(11rem + var(--_cols, 1) * 13rem);
    table-layout: fixed;
    border-collapse: collapse;
    text-align: start;
  }
  .cols-2 { --_cols: 2; }
  .cols-3 { --_cols: 3; }
  .cols-4 { --_cols: 4; }
  .cols-5 { --_cols: 5; }
  .cols-6 { --_cols: 6; }
  .cols-7 { --_cols: 7; }
  .cols-8 { --_cols: 8; }
  .cols-9 { --_cols: 9; }
  .cols-10 { --_cols: 10; }
  .cols-11 { --_cols: 11; }
  .cols-12 { --_cols: 12; }
  th,
  td {
    padding-block: 0.75rem;
    padding-inline: 0 0.75rem;
    vertical-align: top;
    text-align: start;
    border-block-start: 1px solid var(--_border);
  }
  thead th {
    border-block-start: 0;
    padding-block-start: 0;
    font-size: 0.8125rem;
    font-weight: 650;
  }
  thead th .muted {
    display: block;
    font-weight: 400;
  }
  .reviewer-col {
    width: 11rem;
  }
  .reviewer-name {
    display: block;
    font-weight: 650;
  }
  .lens {
    display: block;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 400;
  }
  .single .cell-tool {
    display: none !important;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-block-end: 0.75rem;
  }
  .filter {
    min-height: 1.75rem;
    padding: 0.125rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_muted);
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 650;
    cursor: pointer;
  }
  .filter[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_surface-2);
    color: var(--_text);
  }
  .filter[aria-pressed='true']::before {
    content: '✓ ' / '';
    color: var(--_accent);
  }
  .quote {
    margin: 0;
  }
  .quote blockquote.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 5;
    overflow: hidden;
  }
  .more {
    min-height: 1.5rem;
    margin-block-start: 0.25rem;
    margin-inline-start: 0.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 650;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  @media print {
    .quote blockquote.clamped {
      display: block;
      overflow: visible;
    }
    .more,
    .filters {
      display: none;
    }
  }
  .headline {
    margin-block: 0.5rem 0.25rem;
    font-weight: 650;
    font-size: 1rem;
  }
  blockquote {
    margin-block: 0.375rem 0;
    margin-inline: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    color: var(--_text);
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .cell-tool {
    display: none;
  }
  .no-reviews {
    color: var(--_muted);
  }
  /* Narrow: one block per reviewer, each verdict labelled with its tool. */
  @container (max-width: 40rem) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
      width: auto;
      min-width: 0;
    }
    .reviewer-col {
      width: auto;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      padding-block: 0.75rem;
      border-block-start: 1px solid var(--_border);
    }
    th,
    td {
      border: 0;
      padding: 0.375rem 0;
    }
    .cell-tool {
      display: block;
      color: var(--_muted);
      font-size: 0.8125rem;
      font-weight: 650;
      letter-spacing: 0.04em;
      text-transform: uppercase;
    }
  }
  .panel .bone.title-bone {
    width: 12rem;
    height: 1.5rem;
    margin-block-end: 0.75rem;
  }
  .panel.skeleton {
    height: var(--verdict-panel-height);
    overflow: hidden;
  }
  .panel .bone.filters-bone {
    width: 22rem;
    max-width: 100%;
    height: 1.75rem;
    margin-block-end: 0.75rem;
  }
  .panel .bone.header-bone {
    height: 2.5rem;
  }
  .panel .bone.row-bone {
    height: 9rem;
    margin-block-start: 0.75rem;
  }
`;
