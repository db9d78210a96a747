// The playground's editor: CodeMirror 6 with Elixir highlighting and indentation (elixir_mode.ts),
// history, bracket matching, Tab to indent and Ctrl/Cmd+Enter to run. Bundled on its own
// (dist/web/editor.js) and loaded after the page's first program started, so it never delays the
// first output; until then the page's textarea is the editor, and the view takes over its text.
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection, highlightSpecialChars } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle, indentOnInput, bracketMatching, indentUnit } from "@codemirror/language";
import { elixir } from "./elixir_mode.ts";

export interface CodeEditor {
  /** the source in the editor */
  value: string;
  focus(): void;
}

/** a CodeMirror view in place of `textarea` (hidden, kept in the DOM), starting with its text */
export function mountEditor(textarea: HTMLTextAreaElement, run: () => void): CodeEditor {
  const view = new EditorView({
    parent: textarea.parentElement!,
    state: EditorState.create({
      doc: textarea.value,
      // where the user was in the textarea (typing while CodeMirror loaded): the view goes on there
      selection: textarea.selectionDirection === "backward" ? { anchor: textarea.selectionEnd, head: textarea.selectionStart } : { anchor: textarea.selectionStart, head: textarea.selectionEnd },
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        StreamLanguage.define(elixir),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        indentUnit.of("  "),
        keymap.of([{ key: "Mod-Enter", run: () => (run(), true) }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ "aria-label": "Elixir source", spellcheck: "false", autocapitalize: "off" }),
      ],
    }),
  });
  textarea.parentElement!.insertBefore(view.dom, textarea);
  const hadFocus = document.activeElement === textarea;
  textarea.hidden = true;
  if (hadFocus) view.focus();
  return {
    get value() {
      return view.state.doc.toString();
    },
    set value(text: string) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus: () => view.focus(),
  };
}
