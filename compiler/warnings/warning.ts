// A compiler warning, printed on stderr as Elixir 1.14 prints it:
//   warning: MESSAGE
//     FILE:LINE: Mod.fun/arity      (the function part only where Elixir gives one; no line
//                                    where Elixir has none, as for a literal)
//   <blank line>
export interface Warning {
  message: string;
  file: string;
  line: number | undefined;
  /** the tokenizer's warnings give one */
  column?: number;
  /** "Mod.fun/arity" of the enclosing function, when Elixir names it */
  where?: string;
  /** printed as its message line alone (what Elixir writes with io:format, as for `\x{H*}`) */
  bare?: boolean;
  /** a call the module makes in several places: "Invalid call found at N locations:" and each */
  locations?: { line: number; where: string }[];
}

export function formatWarning(w: Warning): string {
  if (w.bare) return `warning: ${w.message}\n`;
  if (w.locations) return `warning: ${w.message}\nInvalid call found at ${w.locations.length} locations:\n${w.locations.map((l) => `  ${w.file}:${l.line}: ${l.where}\n`).join("")}\n`;
  return `warning: ${w.message}\n  ${w.file}${w.line === undefined ? "" : `:${w.line}`}${w.column === undefined ? "" : `:${w.column}`}${w.where ? `: ${w.where}` : ""}\n\n`;
}
