// Elixir for CodeMirror 6 as a stream parser: highlighting (keywords, atoms, strings with their
// heredocs and sigils, comments, numbers, module names, @attributes, definitions) and indentation
// by do/fn ... end and brackets. A line tokenizer, not Elixir's parser: good enough to colour and
// indent a playground's programs, and small (CodeMirror has no Elixir mode of its own).
import type { StreamParser, StringStream } from "@codemirror/language";

const KEYWORDS = new Set([
  "def", "defp", "defmodule", "defmacro", "defmacrop", "defstruct", "defprotocol", "defimpl", "defguard", "defguardp",
  "defexception", "defdelegate", "defoverridable", "do", "end", "fn", "case", "cond", "with", "when", "if", "unless",
  "else", "try", "rescue", "catch", "after", "receive", "for", "import", "alias", "require", "use", "raise", "reraise",
  "throw", "quote", "unquote", "unquote_splicing", "and", "or", "not", "in",
]);
const CONSTANTS = new Set(["true", "false", "nil"]);
const DEFINERS = new Set(["def", "defp", "defmacro", "defmacrop", "defguard", "defguardp", "defdelegate"]);
/** words that close a block, or a clause of one: their line goes one level left */
const DEDENT = /^\s*(end\b|else\b|rescue\b|catch\b|after\b|[)\]}])/;
const SIGIL_PAIRS: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">", "/": "/", "|": "|", '"': '"', "'": "'" };

export interface ElixirState {
  /** inside a string that goes on past the line: the text that ends it ('"', '"""', ")" of ~w(...)) */
  closer: string | null;
  /** the string's token style */
  style: string;
  /** open do/fn blocks and brackets at the end of the line */
  depth: number;
  /** the previous token was a definer (def, defp, ...): the next name is a definition */
  defining: boolean;
}

/** reads the rest of a string up to `closer` (a backslash escapes); true when it ended */
function readString(stream: StringStream, closer: string): boolean {
  while (!stream.eol()) {
    if (stream.match(closer)) return true;
    if (stream.next() === "\\") stream.next();
  }
  return false;
}

function string(stream: StringStream, state: ElixirState, closer: string, style: string): string {
  if (!readString(stream, closer)) {
    state.closer = closer;
    state.style = style;
  } else if (style === "string-2") {
    stream.match(/^[a-zA-Z]*/); // a sigil's modifiers: ~r/x/iu
  }
  return style;
}

export const elixir: StreamParser<ElixirState> = {
  name: "elixir",
  startState: () => ({ closer: null, style: "string", depth: 0, defining: false }),
  copyState: (s) => ({ ...s }),
  token(stream, state) {
    if (state.closer !== null) {
      const closer = state.closer;
      if (readString(stream, closer)) state.closer = null;
      return state.style;
    }
    if (stream.eatSpace()) return null;
    if (stream.match("#")) {
      stream.skipToEnd();
      return "comment";
    }
    // heredocs, strings and charlists
    if (stream.match('"""') || stream.match("'''")) return string(stream, state, stream.current(), "string");
    if (stream.match('"')) return string(stream, state, '"', "string");
    if (stream.match("'")) return string(stream, state, "'", "string");
    // sigils: ~r/.../, ~w(...), ~S"""..."""
    const sigil = stream.match(/^~[a-zA-Z]+("""|'''|[(\[{<\/|"'])/) as RegExpMatchArray | null;
    if (sigil) return string(stream, state, sigil[1].length === 3 ? sigil[1] : SIGIL_PAIRS[sigil[1]], "string-2");
    // atoms (:ok, :"a b", :+) and keyword keys (key: value)
    if (stream.match(/^:"/)) return string(stream, state, '"', "atom");
    if (stream.match(/^:[a-zA-Z_][\w@]*[?!]?/) || stream.match(/^:(<<>>|\.\.\.|<>|\+\+|--|===?|!==?|<=|>=|&&|\|\||[-+*\/<>!])/)) return "atom";
    if (stream.match(/^[a-zA-Z_][\w@]*[?!]?:(?=\s|$)/)) return "atom";
    if (stream.match(/^\?(\\.|.)/)) return "number"; // ?a, a character's code
    if (stream.match(/^0x[\da-fA-F_]+|^0b[01_]+|^0o[0-7_]+|^\d[\d_]*(\.\d[\d_]*([eE][-+]?\d+)?)?/)) return "number";
    if (stream.match(/^@[a-z_]\w*/)) return "meta";
    if (stream.match(/^[A-Z]\w*/)) return "typeName";
    const word = stream.match(/^[a-z_][\w]*[?!]?/) as RegExpMatchArray | null;
    if (word) {
      const w = word[0];
      if (state.defining) {
        state.defining = false;
        return "def";
      }
      if (KEYWORDS.has(w)) {
        // do ... end and fn ... end nest; `do:` (the keyword form) was read as a key above
        if (w === "do" || w === "fn") state.depth++;
        else if (w === "end") state.depth = Math.max(0, state.depth - 1);
        state.defining = DEFINERS.has(w);
        return "keyword";
      }
      if (CONSTANTS.has(w)) return "atom";
      return "variableName";
    }
    const ch = stream.next()!;
    if ("([{".includes(ch)) state.depth++;
    else if (")]}".includes(ch)) state.depth = Math.max(0, state.depth - 1);
    else if (/[-+*\/=<>!&|^~\\.%]/.test(ch)) {
      stream.match(/^[-+*\/=<>!&|^~\\.]*/);
      return "operator";
    }
    return null;
  },
  indent(state, textAfter, cx) {
    if (state.closer !== null) return null; // inside a heredoc: keep the line as it is
    return Math.max(0, state.depth - (DEDENT.test(textAfter) ? 1 : 0)) * cx.unit;
  },
  languageData: { commentTokens: { line: "#" }, indentOnInput: /^\s*(end|else|rescue|catch|after|[)\]}])$/ },
};
