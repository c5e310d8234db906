/**
 * The document editor: CodeMirror 6 with JSON highlighting, bracket matching, folding, search,
 * and completion and hover from the project's JSON Schema (codemirror-json-schema). The problems
 * come from the library's validator (analyse.ts), not from the schema: the editor only shows them.
 */
import { basicSetup } from 'codemirror';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { EditorSelection, EditorState } from '@codemirror/state';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { classHighlighter } from '@lezer/highlight';
import { jsonCompletion, jsonSchemaHover, stateExtensions } from 'codemirror-json-schema';
import schema from '../../schema/comparison.schema.json';
import type { Problem } from './analyse.js';

export interface Editor {
  readonly view: EditorView;
  text(): string;
  /** Replaces the whole text (one undoable change). */
  setText(text: string): void;
  /** Puts the cursor at an offset, scrolls it into view and focuses the editor. */
  moveTo(from: number, to?: number): void;
  showProblems(problems: Problem[]): void;
}

// Colours come from workbench.css (light and dark); the layout from here.
const layout = EditorView.theme({
  '&': { height: '100%' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.55' },
});

export function createEditor(parent: HTMLElement, initial: string, onChange: (text: string) => void): Editor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: initial,
      extensions: [
        basicSetup,
        json(),
        syntaxHighlighting(classHighlighter),
        jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
        hoverTooltip(jsonSchemaHover()),
        stateExtensions(schema as Parameters<typeof stateExtensions>[0]),
        lintGutter(),
        layout,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-label': 'Comparison document, JSON',
          // Already focusable (contenteditable); said explicitly so that checkers see the
          // scrolling editor has focusable content.
          tabindex: '0',
          'aria-describedby': 'problem-summary',
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    moveTo(from, to = from) {
      const length = view.state.doc.length;
      const clamp = (n: number) => Math.max(0, Math.min(length, n));
      view.dispatch({ selection: EditorSelection.range(clamp(from), clamp(to)), scrollIntoView: true });
      view.focus();
    },
    showProblems(problems) {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        from: Math.min(p.from, length),
        to: Math.min(Math.max(p.to, p.from), length),
        severity: p.severity,
        message: `${p.path}: ${p.message}`,
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
  };
}
