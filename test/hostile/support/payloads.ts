// The XSS corpus: known payloads (markup, event handlers, script URLs in every disguise, template
// tricks, bidi). Each calls window[CANARY] if it ever runs. Used by xss.test.ts (the elements) and
// test/ssr/ (static HTML).
export const CANARY = '__xssCanary';

const HUGE_UNIT = `<img src=x onerror=${CANARY}()>`;
export const HUGE = HUGE_UNIT.repeat(Math.ceil(100_000 / HUGE_UNIT.length)).slice(0, 100_000);

/** Known XSS payloads: markup, event handlers, script URLs in every disguise, template tricks, bidi. */
export const PAYLOADS: string[] = [
  `<script>${CANARY}('script')</script>`,
  `<script src="data:text/javascript,${CANARY}('src')"></script>`,
  `<img src=x onerror=${CANARY}('img')>`,
  `<img src="x" onerror="${CANARY}('img2')">`,
  `<svg onload=${CANARY}('svg')>`,
  `<svg><script>${CANARY}('svg-script')</script></svg>`,
  `<iframe src="javascript:${CANARY}('iframe')"></iframe>`,
  `<iframe srcdoc="<script>parent.${CANARY}('srcdoc')</script>"></iframe>`,
  `<object data="javascript:${CANARY}('object')"></object>`,
  `<a href="javascript:${CANARY}('a')">click</a>`,
  `"><img src=x onerror=${CANARY}('breakout')>`,
  `' onmouseover='${CANARY}("attr")' x='`,
  `" autofocus onfocus="${CANARY}('focus')`,
  `javascript:${CANARY}('js')`,
  `JaVaScRiPt:${CANARY}('mixed')`,
  ` javascript:${CANARY}('space')`,
  `java\tscript:${CANARY}('tab')`,
  `java\nscript:${CANARY}('newline')`,
  `&#106;avascript:${CANARY}('entity')`,
  `&#x6A;&#x61;&#x76;&#x61;script&#58;${CANARY}('hex-entity')`,
  `javascript&colon;${CANARY}('named-entity')`,
  `data:text/html,<script>${CANARY}('data')</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5fX3hzc0NhbmFyeSgpPC9zY3JpcHQ+`,
  `vbscript:msgbox(1)`,
  `</style><script>${CANARY}('style')</script>`,
  `</textarea></title></noscript><script>${CANARY}('rawtext')</script>`,
  '${' + CANARY + "('template')}",
  '`+' + CANARY + "('backtick')+`",
  '{{constructor.constructor("' + CANARY + "('angular')\")()}}",
  `<!--?lit$123456$--><b>lit marker</b><?lit$1$>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${CANARY}('mxss')>`,
  `<template><script>${CANARY}('template-el')</script></template>`,
  `\u202Egnp.exe\u202C <b>bidi</b> \u2066x\u2069 \u200B\u200D\uFEFF`,
  `&lt;script&gt;${CANARY}('escaped')&lt;/script&gt;`,
  HUGE,
];
