/** The name payloads call if they ever run (a function on `window` in the browser tests). */
export declare const CANARY: '__xssCanary';
/** Known XSS payloads: markup, event handlers, script URLs in every disguise, template tricks, bidi. */
export declare const PAYLOADS: string[];
