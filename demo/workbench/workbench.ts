/**
 * The workbench page: editor -> analysis (the library's validator and warnings) -> problems,
 * preview and embed code. Every string from the document reaches the page as text
 * (textContent, attributes, the elements' own rendering); nothing from it is evaluated.
 */
import '../../src/define.js';
import cdn from 'virtual:verdict-cdn';
import { analyse, type Analysis, type Problem } from './analyse.js';
import { createEditor } from './editor.js';
import { needsTool, snippets, takesTool, type CdnInfo, type ElementName, type Locale, type PreviewOptions, type Theme } from './embed.js';
import { createPreview } from './preview.js';
import { newComparison } from './start.js';
import { loadDraft, loadOptions, saveDraft, saveOptions } from './storage.js';
import { MAX_DOCUMENT_BYTES } from '../../src/data/loader.js';

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

const ELEMENTS: ElementName[] = ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'];
const THEMES: Theme[] = ['auto', 'light', 'dark'];
const LOCALES: Locale[] = ['en', 'fr'];
const WIDTHS = [360, 768, 1280] as const;
const FIXTURES: Record<string, string> = {
  'claude-files-api-vs-codestral-2': 'fixtures/claude-files-api-vs-codestral-2.json',
  'three-tools-mixed': 'fixtures/three-tools-mixed.json',
};
const MAX_LISTED = 200;

const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

// ---- State ------------------------------------------------------------------------------------

const saved = loadOptions();
const options: PreviewOptions = {
  element: pick(saved.element, ELEMENTS, 'tool-compare'),
  tool: typeof saved.tool === 'string' ? saved.tool : '',
  theme: pick(saved.theme, THEMES, 'auto'),
  locale: pick(saved.locale, LOCALES, 'en'),
  width: pick(Number(saved.width), WIDTHS, 768),
};
let documentUrl = typeof saved.documentUrl === 'string' ? saved.documentUrl : '';
let analysis: Analysis = { ok: false, problems: [] };
let lastValid: Extract<Analysis, { ok: true }> | undefined;

// ---- Status line ------------------------------------------------------------------------------

const status = $('#file-status');
function say(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.classList.toggle('is-error', kind === 'error');
}

// ---- Problems ---------------------------------------------------------------------------------

const list = $('#problems');
const summary = $('#problem-summary');

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function renderProblems(problems: Problem[]): void {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  summary.textContent = problems.length === 0 ? 'none: the document is valid' : [errors && count(errors, 'error'), warnings && count(warnings, 'warning')].filter(Boolean).join(', ');
  summary.dataset.state = errors ? 'error' : warnings ? 'warning' : 'ok';
  const items = problems.slice(0, MAX_LISTED).map((problem) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `wb-problem is-${problem.severity}`;
    button.dataset.from = String(problem.from);
    button.dataset.to = String(problem.to);
    const where = document.createElement('span');
    where.className = 'wb-problem-where';
    where.textContent = `${problem.severity === 'error' ? 'Error' : 'Warning'} · line ${problem.line}, column ${problem.column}`;
    const path = document.createElement('code');
    path.textContent = problem.path;
    const message = document.createElement('span');
    message.className = 'wb-problem-message';
    message.textContent = problem.message;
    button.append(where, ' ', path, ' ', message);
    item.append(button);
    return item;
  });
  if (problems.length > MAX_LISTED) {
    const more = document.createElement('li');
    more.className = 'wb-problem-more';
    more.textContent = `and ${problems.length - MAX_LISTED} more`;
    items.push(more);
  }
  list.replaceChildren(...items);
}

list.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.wb-problem');
  if (button) editor.moveTo(Number(button.dataset.from), Number(button.dataset.to));
});

// ---- Options ----------------------------------------------------------------------------------

const form = $<HTMLFormElement>('#options');
const toolSelect = $<HTMLSelectElement>('#opt-tool');

function syncToolChoices(): void {
  const tools = lastValid?.document.tools ?? [];
  const choices: [string, string][] = tools.map((tool) => [tool.id, `${tool.name} (${tool.id})`]);
  if (options.element === 'verdict-panel') choices.unshift(['', 'All tools']);
  if (!choices.some(([id]) => id === options.tool)) options.tool = needsTool(options.element) ? (tools[0]?.id ?? '') : '';
  const same = toolSelect.options.length === choices.length && choices.every(([id, label], i) => toolSelect.options[i]!.value === id && toolSelect.options[i]!.text === label);
  if (!same) {
    toolSelect.replaceChildren(
      ...choices.map(([id, label]) => {
        const option = document.createElement('option');
        option.value = id;
        option.textContent = label;
        return option;
      }),
    );
  }
  toolSelect.value = options.tool;
  toolSelect.disabled = !takesTool(options.element);
  toolSelect.closest('label')!.classList.toggle('is-disabled', toolSelect.disabled);
}

function syncForm(): void {
  $<HTMLSelectElement>('#opt-element').value = options.element;
  $<HTMLSelectElement>('#opt-theme').value = options.theme;
  $<HTMLSelectElement>('#opt-locale').value = options.locale;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="width"]')) radio.checked = Number(radio.value) === options.width;
}

form.addEventListener('change', (event) => {
  const target = event.target as HTMLInputElement | HTMLSelectElement;
  if (target.name === 'element') options.element = pick(target.value, ELEMENTS, options.element);
  else if (target.name === 'tool') options.tool = target.value;
  else if (target.name === 'theme') options.theme = pick(target.value, THEMES, options.theme);
  else if (target.name === 'locale') options.locale = pick(target.value, LOCALES, options.locale);
  else if (target.name === 'width') options.width = pick(Number(target.value), WIDTHS, options.width);
  saveOptions({ ...options, documentUrl });
  refreshOutput();
});
form.addEventListener('submit', (event) => event.preventDefault());

const urlInput = $<HTMLInputElement>('#doc-url');
urlInput.value = documentUrl;
urlInput.addEventListener('input', () => {
  documentUrl = urlInput.value.trim();
  saveOptions({ ...options, documentUrl });
  renderSnippets();
});

// ---- Preview and embed code ---------------------------------------------------------------------

const preview = createPreview($('#stage'), $('#stale-note'), () => renderSnippets());
const snippetBox = $('#snippets');

function defaultDocumentUrl(): string {
  return `/comparisons/${lastValid?.document.id ?? 'comparison'}.json`;
}

function renderSnippets(): void {
  urlInput.placeholder = defaultDocumentUrl();
  if (!lastValid) {
    const empty = document.createElement('p');
    empty.className = 'wb-hint';
    empty.textContent = 'The embed code appears when the document is valid.';
    snippetBox.replaceChildren(empty);
    return;
  }
  const items = snippets({
    options,
    documentUrl: documentUrl || defaultDocumentUrl(),
    document: lastValid.document,
    cdn: cdn as CdnInfo,
    heightRem: preview.heightRem(),
  });
  snippetBox.replaceChildren(
    ...items.map((snippet) => {
      const section = document.createElement('section');
      section.className = 'wb-snippet';
      section.dataset.snippet = snippet.id;
      const head = document.createElement('div');
      head.className = 'wb-snippet-head';
      const title = document.createElement('h3');
      title.id = `snippet-${snippet.id}`;
      title.textContent = snippet.title;
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.className = 'wb-button wb-copy';
      copy.textContent = 'Copy';
      copy.setAttribute('aria-describedby', title.id);
      head.append(title, copy);
      const note = document.createElement('p');
      note.className = 'wb-snippet-note';
      note.textContent = snippet.note;
      const pre = document.createElement('pre');
      pre.tabIndex = 0;
      pre.setAttribute('aria-labelledby', title.id);
      const code = document.createElement('code');
      code.className = `language-${snippet.language}`;
      code.textContent = snippet.code;
      pre.append(code);
      section.append(head, note, pre);
      return section;
    }),
  );
}

snippetBox.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.wb-copy');
  const code = button?.closest('.wb-snippet')?.querySelector('code')?.textContent;
  if (!button || code == null) return;
  const copied = await copyText(code);
  button.textContent = copied ? 'Copied' : 'Copy failed';
  const title = button.previousElementSibling?.textContent ?? 'the code';
  say(copied ? `Copied “${title}”.` : 'Could not copy: select the code and copy it by hand.', copied ? 'info' : 'error');
  setTimeout(() => (button.textContent = 'Copy'), 2000);
});

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an insecure origin, an old browser): the selection route.
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Preview, tool choices and embed code from the current analysis and options. */
function refreshOutput(): void {
  syncToolChoices();
  if (analysis.ok) preview.show(analysis.document, options);
  else preview.stale(analysis.problems.length);
  renderSnippets();
}

// ---- Analysis ---------------------------------------------------------------------------------

let timer: ReturnType<typeof setTimeout> | undefined;
let draftWarned = false;

function check(text: string): void {
  analysis = analyse(text);
  if (analysis.ok) lastValid = analysis;
  editor.showProblems(analysis.problems);
  renderProblems(analysis.problems);
  refreshOutput();
  document.body.dataset.state = analysis.ok ? 'valid' : 'invalid';
  delete document.body.dataset.pending;
}

function onEdit(text: string): void {
  clearTimeout(timer);
  document.body.dataset.pending = '';
  // Bigger documents take longer to check: wait for a longer pause in the typing.
  timer = setTimeout(() => check(text), text.length > 200_000 ? 700 : 250);
  if (!saveDraft(text)) {
    if (!draftWarned) say('This browser does not keep the draft (no storage, or the document is too large for it): download it to keep it.', 'error');
    draftWarned = true;
  } else draftWarned = false;
}

const editor = createEditor($('#editor'), '', onEdit);

/** Replaces the document (an undoable change) and checks it at once. */
function load(text: string, message: string): void {
  clearTimeout(timer);
  editor.setText(text);
  clearTimeout(timer);
  check(text);
  say(message);
}

// ---- Start points, files and URLs ---------------------------------------------------------------

const startSelect = $<HTMLSelectElement>('#start-point');
const counts = $('#new-counts');
const syncCounts = () => (counts.hidden = startSelect.value !== 'new');
startSelect.addEventListener('change', syncCounts);
syncCounts();

async function fixtureText(name: string): Promise<string> {
  const response = await fetch(new URL(FIXTURES[name]!, document.baseURI));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

$<HTMLFormElement>('#start-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = startSelect.value;
  if (value === 'new') {
    const tools = Number($<HTMLInputElement>('#new-tools').value);
    const reviewers = Number($<HTMLInputElement>('#new-reviewers').value);
    load(newComparison(tools, reviewers), 'Started a new comparison. Undo (Ctrl+Z) in the editor brings the previous text back.');
    return;
  }
  const name = value.replace(/^fixture:/, '');
  try {
    load(await fixtureText(name), `Opened the example ${name}.json. Undo (Ctrl+Z) in the editor brings the previous text back.`);
  } catch (cause) {
    say(`Could not open the example: ${(cause as Error).message}.`, 'error');
  }
});

$<HTMLFormElement>('#url-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $<HTMLInputElement>('#open-url');
  let url: URL;
  try {
    url = new URL(input.value.trim(), document.baseURI);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
  } catch {
    say('Enter an http: or https: address.', 'error');
    return;
  }
  say(`Opening ${url.href}…`);
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000), credentials: 'omit' });
    if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_DOCUMENT_BYTES * 4) throw new Error(`it is ${(length / 1048576).toFixed(1)} MiB, far over the 2 MiB limit`);
    load(await response.text(), `Opened ${url.href}.`);
  } catch (cause) {
    const error = cause as Error;
    const reason = error.name === 'TimeoutError' ? 'no answer in 10 seconds' : error.name === 'TypeError' ? 'the request failed (offline, or the server does not allow other sites to read it: CORS)' : error.message;
    say(`Could not open ${url.href}: ${reason}.`, 'error');
  }
});

$<HTMLInputElement>('#open-file').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  if (file.size > MAX_DOCUMENT_BYTES * 4) {
    say(`${file.name} is ${(file.size / 1048576).toFixed(1)} MiB, far over the 2 MiB limit: not opened.`, 'error');
    return;
  }
  try {
    load(await file.text(), `Opened ${file.name}.`);
  } catch {
    say(`Could not read ${file.name}.`, 'error');
  }
});

$('#download').addEventListener('click', () => {
  const text = editor.text();
  const id = lastValid?.document.id ?? 'comparison';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = `${id}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  say(`Downloaded ${id}.json.`);
});

$('#format').addEventListener('click', () => {
  try {
    const formatted = `${JSON.stringify(JSON.parse(editor.text()), null, 2)}\n`;
    load(formatted, 'Formatted. Undo (Ctrl+Z) in the editor brings the previous layout back.');
  } catch {
    say('Cannot format: the text is not valid JSON yet (see Problems).', 'error');
  }
});

// ---- First run ----------------------------------------------------------------------------------

syncForm();
const draft = loadDraft();
if (draft !== undefined) {
  editor.setText(draft);
  clearTimeout(timer);
  check(draft);
} else {
  fixtureText('three-tools-mixed')
    .then((text) => load(text, 'Opened an example: edit it, or start from another one above.'))
    .catch(() => load(newComparison(2, 2), 'Started a new comparison.'));
}
