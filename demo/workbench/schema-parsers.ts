/**
 * Stands in for codemirror-json-schema's JSON5 and YAML parsers (scripts/vite-workbench.mjs
 * redirects them here): the workbench edits JSON only, and those two would bring the `yaml` and
 * `json5` libraries into the page for nothing.
 */
const unused = (): never => {
  throw new Error('the workbench edits JSON only');
};
export const parseYAMLDocumentState = unused;
export const parseJSON5DocumentState = unused;
export const parseJSON5Document = unused;
