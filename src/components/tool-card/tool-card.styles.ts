import { css } from 'lit';

/** The card's look; `<tool-compare>` adopts it too, for the cards it renders. */
export const cardStyles = css`
  .card {
    /*
     * An author who knows the card's height reserves it, loading or loaded: no layout shift.
     * Otherwise the placeholder is as tall as a typical card (a tagline, four lines of description)
     * and a loaded card is never shorter than it, so loading only ever grows a card, and only when
     * its text is longer than that.
     */
    min-height: var(--verdict-card-height, 21.75rem);
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    height: 100%;
    padding: calc(var(--_space) * 1.25);
  }
  .card-head {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .logo {
    width: 2.5rem;
    height: 2.5rem;
    flex: none;
    border-radius: 8px;
    object-fit: contain;
    background: var(--_surface-2);
  }
  .category {
    color: var(--_accent);
    font-size: 0.8125rem;
    font-weight: 650;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .name {
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.25;
    letter-spacing: -0.01em;
    overflow-wrap: anywhere;
  }
  .name a {
    color: inherit;
    text-decoration: none;
  }
  .name a:hover {
    text-decoration: underline;
  }
  .vendor {
    font-size: 0.8125rem;
  }
  .tagline {
    font-size: 1rem;
    font-weight: 400;
    line-height: 1.45;
  }
  /* Three figures, each a big value over a small caption; subgrid keeps the rows aligned. */
  .figures {
    display: grid;
    /* The price is a word or two ("From $20/month"), so its column gets a little more room. */
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.3fr);
    grid-template-rows: repeat(4, auto);
    column-gap: 0.75rem;
    padding-block: 0.75rem;
    border-block: 1px solid var(--_border);
  }
  .figure {
    display: grid;
    grid-row: span 4;
    grid-template-rows: subgrid;
    /* A definite column, so long words wrap inside the figure instead of widening it. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
    min-width: 0;
  }
  .figure .value {
    order: 1;
    align-self: end;
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .figure .value.word {
    font-size: 1rem;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: break-word;
  }
  .figure dt {
    order: 2;
    margin-block-start: 0.125rem;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 650;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .figure .sub {
    order: 3;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .figure .bar-cell {
    order: 4;
    align-self: end;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.375rem;
    margin-block-start: 0.375rem;
  }
  .bar::-webkit-meter-bar {
    height: 0.375rem;
    border: 0;
    border-radius: 999px;
    background: var(--_surface-2);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .bar::-webkit-meter-optimum-value,
  .bar::-webkit-meter-suboptimum-value,
  .bar::-webkit-meter-even-less-good-value {
    border-radius: 999px;
    background: var(--_ship);
  }
  .bar::-moz-meter-bar {
    border-radius: 999px;
    background: var(--_ship);
  }
  .disagreement {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.5rem 0.75rem;
    border-radius: 8px;
    background: var(--_surface-2);
    font-size: 0.8125rem;
  }
  .disagreement svg {
    width: 1rem;
    height: 1rem;
    flex: none;
    margin-block-start: 0.125rem;
    color: var(--_accent);
  }
  .pricing-detail,
  .description {
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  .pricing-detail {
    font-size: 0.8125rem;
  }
  @container (max-width: 22rem) {
    .figures {
      column-gap: 0.5rem;
    }
    .figure .value {
      font-size: 1.125rem;
      font-weight: 650;
    }
    .figure .value.word {
      font-size: 1rem;
    }
  }
  /* Too narrow for three: the two shares side by side, the price on its own row. */
  @container (max-width: 18.5rem) {
    .figures {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .figure.entry {
      grid-column: 1 / -1;
      grid-row: auto;
      grid-template-rows: none;
      margin-block-start: 0.625rem;
    }
  }
  @container (max-width: 12rem) {
    .figures {
      grid-template-columns: 1fr;
      grid-template-rows: none;
    }
    .figure {
      grid-row: auto;
      grid-template-rows: none;
      margin-block-end: 0.625rem;
    }
  }
  /* Skeleton sizes follow the real card's line heights, so the page does not jump. */
  /* The placeholder is exactly the reserved (or typical) height, not a pixel more. */
  .card.skeleton {
    height: var(--verdict-card-height, 21.75rem);
    overflow: hidden;
  }
  .card .bone.category-bone {
    width: 30%;
    height: 1.125rem;
  }
  .card .bone.name-bone {
    width: 65%;
    height: 1.75rem;
  }
  .card .bone.line {
    height: 1.25rem;
  }
  .card .bone.short {
    width: 55%;
  }
  .card .bone.figure-bone {
    height: 5.25rem;
  }
`;
