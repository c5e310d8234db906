/**
 * Static HTML read with scripting off (a reader who turned JavaScript off, a reader view, a crawler
 * that renders without scripts): the controls that need the script would be dead there, and a
 * "Read more" that cannot open would hide the rest of a quote. This rule, added to each element's
 * static styles (the inline `<style>` and dist/css/<element>.css, never the CDN bundle), shows
 * every quote whole and hides the reviewer filters, "Read more" and the vote buttons, as the
 * elements' print styles do. `scripting: none` never matches where scripts run, so a hydrating
 * page lays out exactly as before (no shift).
 */
export const NO_SCRIPT_CSS =
  '@media (scripting:none){.quote blockquote.clamped{display:block;overflow:visible}.more,.filters,.vote,.vote-status{display:none}}';
