/**
 * The draft and the preview options, kept in localStorage so that a reload loses nothing.
 * Storage can be missing, blocked or full: every call is guarded, and a failure only means the
 * draft is not kept (the caller says so).
 */
const DRAFT = 'verdict-workbench:draft';
const OPTIONS = 'verdict-workbench:options';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // A sandboxed frame or blocked cookies throw on access.
  }
}

export function loadDraft(): string | undefined {
  try {
    return storage()?.getItem(DRAFT) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the draft could not be kept (no storage, or over its quota). */
export function saveDraft(text: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(DRAFT, text);
    return true;
  } catch {
    return false;
  }
}

export function loadOptions(): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(OPTIONS) ?? '{}');
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function saveOptions(options: object): void {
  try {
    storage()?.setItem(OPTIONS, JSON.stringify(options));
  } catch {
    /* not kept: nothing else to do */
  }
}
