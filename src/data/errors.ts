/**
 * The kinds of failure a content author can meet, as listed in the spec. `source`: a source that
 * cannot work (`data` set as an attribute, inline JSON that arrived HTML-escaped).
 */
export type ErrorKind = 'network' | 'http' | 'timeout' | 'too-large' | 'parse' | 'schema' | 'not-found' | 'source';

/** One broken rule of a document: where (`reviews[3].tool`) and what. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/**
 * Every failure the library reports is one of these: thrown by the loader and the validator,
 * rendered by the elements and sent as the `verdict-error` event's detail.
 */
export class VerdictError extends Error {
  override name = 'VerdictError';
  readonly kind: ErrorKind;
  readonly issues: SchemaIssue[];
  readonly status: number | undefined;
  readonly url: string | undefined;

  constructor(
    kind: ErrorKind,
    message: string,
    extra: { issues?: SchemaIssue[]; status?: number; url?: string } = {},
  ) {
    super(message);
    this.kind = kind;
    this.issues = extra.issues ?? [];
    this.status = extra.status;
    this.url = extra.url;
  }
}

/** Whether trying the same source again can help (the document itself is not at fault). */
export const isRetryable = (error: VerdictError): boolean =>
  error.kind === 'network' || error.kind === 'timeout' || error.kind === 'http';
