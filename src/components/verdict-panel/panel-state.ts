import type { ReactiveControllerHost } from 'lit';

/**
 * What a reader changed in a scorecard: reviewers filtered out, long quotes opened.
 * Kept by the element that renders the panel (`<verdict-panel>` or `<tool-compare>`).
 */
export class PanelState {
  readonly hidden = new Set<string>();
  readonly expanded = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  toggleReviewer(id: string): void {
    if (!this.hidden.delete(id)) this.hidden.add(id);
    this.host.requestUpdate();
  }

  toggleQuote(key: string): void {
    if (!this.expanded.delete(key)) this.expanded.add(key);
    this.host.requestUpdate();
  }

  /** A new document: filters and open quotes of the old one no longer apply. */
  reset(): void {
    this.hidden.clear();
    this.expanded.clear();
  }
}
