// Warnings Elixir's tokenizer prints before anything else in a file: quotes around an atom or a
// keyword that would read the same without them (`:"foo"`, `"bar": 1`). They carry a column.
import { tokenize, LineTable } from "../../lang/lexer.ts";
import type { Warning } from "./warning.ts";

const PLAIN = /^[a-z_][a-zA-Z0-9_]*[!?]?$/;

export function tokenWarnings(source: string, file: string): Warning[] {
  let toks;
  try {
    toks = tokenize(new LineTable(source), file);
  } catch {
    return []; // the parser reports it
  }
  const out: Warning[] = [];
  for (const t of toks) {
    if (t.k !== "qatom" && !(t.k === "kw" && Array.isArray(t.v))) continue;
    const parts = t.v as unknown[];
    if (parts.length !== 1 || typeof parts[0] !== "string" || !PLAIN.test(parts[0])) continue;
    const name = parts[0];
    if (t.k === "qatom") {
      out.push({ message: `found quoted atom "${name}" but the quotes are not required. Atoms made exclusively of ASCII letters, numbers, underscores, beginning with a letter or underscore, and optionally ending with ! or ? do not require quotes`, file, line: t.line, column: t.col });
    } else {
      // Elixir points just inside the opening quote
      out.push({ message: `found quoted keyword "${name}" but the quotes are not required. Note that keywords are always atoms, even when quoted. Similar to atoms, keywords made exclusively of ASCII letters, numbers, and underscores and not beginning with a number do not require quotes`, file, line: t.line, column: t.col + 1 });
    }
  }
  return out;
}
