export declare const CANARY: string;
export declare const HUGE_UNIT: string;
export declare const HUGE: string;
/** Known XSS payloads: markup, event handlers, script URLs in every disguise, template tricks, bidi. */
export declare const PAYLOADS: string[];
