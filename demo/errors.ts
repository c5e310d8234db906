// The errors page's event log: one line per `verdict-error` event, in the order they arrive.
// Loaded before main.ts, so that errors raised while the elements first render are caught too.
// Everything is written with textContent: messages are data, never markup.
import type { VerdictErrorDetail } from '../src/index.js';

const list = document.querySelector<HTMLOListElement>('#event-log-list');
const counter = document.querySelector<HTMLElement>('#event-log-count');
const started = performance.now();
let total = 0;

/** `<tool-card src="…" tool="…">`: which element fired, in the words an author wrote it. */
function describe(element: Element): string {
  const attributes = ['src', 'tool']
    .filter((name) => element.hasAttribute(name))
    .map((name) => ` ${name}="${element.getAttribute(name)}"`)
    .join('');
  const inline = element.querySelector(':scope > script[type="application/json"]') ? ' (inline JSON)' : '';
  return `<${element.localName}${attributes}>${inline}`;
}

function text<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = content;
  return node;
}

function log(event: Event): void {
  if (!list || !(event.target instanceof Element)) return;
  const detail = (event as CustomEvent<VerdictErrorDetail>).detail;
  const kind = detail.kind === 'http' && detail.status ? `http ${detail.status}` : detail.kind;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const item = document.createElement('li');
  item.append(text('span', 'log-kind', kind));

  item.append(text('span', 'log-message', detail.message));

  const source = text('span', 'log-source', '');
  source.append(text('span', 'log-time', `+${seconds} s`));
  const section = event.target.closest('section[id]');
  if (section) {
    const link = text('a', '', describe(event.target));
    link.href = `#${section.id}`;
    source.append(link);
  } else {
    source.append(describe(event.target));
  }
  item.append(source);

  list.querySelector('.event-log-empty')?.remove();
  list.append(item);
  total += 1;
  if (counter) counter.textContent = `${total} event${total === 1 ? '' : 's'}`;
}

document.addEventListener('verdict-error', log);
