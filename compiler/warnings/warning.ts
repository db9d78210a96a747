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
  locations?: { line: number; where: string; file?: string }[];
  /** the Erlang compiler's (Elixir passes them on once it has compiled the module): they come in
   *  line order with those the compiler finds (a module's held OTP warnings) */
  erlang?: boolean;
  /** Elixir's own, printed after the Erlang compiler's (an attribute set but never read) */
  afterErlang?: boolean;
  /** found as the typespecs are translated (a private type never used) */
  afterTypespecs?: boolean;
  /** where an Erlang compiler warning sorts among those of its line: OTP sorts them by the pass
   *  that found them, then by its description (`{failed, ...}` before `{ignored, ...}`) */
  order?: string;
  /** v3_core's "pattern cannot possibly match": first of the Erlang compiler's, in its order */
  nomatch?: boolean;
  /** v3_core's others (a binary construction that will fail), held as the code compiled: with
   *  the nomatch ones, in the order held (not interleaved with them by walk order: not modelled) */
  v3core?: boolean;
  /** the compiler's own (held as it expanded the code, placed by the walk): met before any error */
  expanded?: boolean;
  /** Elixir's checker's (Module.ParallelChecker: calls of undefined or deprecated functions, the
   *  type checker's), once the module is compiled: a file's last, several files' after them all */
  checker?: boolean;
}

/** the order key of a warning the Erlang checks (compiler/warnings/erlang_checks.ts) make */
export function erlangCheckOrder(message: string): string {
  // {nomatch, guard} (an atom) before {nomatch, {shadow, ...}}, both after {ignored, ...}
  if (message === "this check/guard will always yield the same result") return "sys_core_fold\0nomatch\0guard";
  // {nomatch, clause_type} (an atom) before {nomatch, guard}
  if (message === "this clause cannot match because of different types/sizes") return "sys_core_fold\0nomatch\0clause_type";
  if (message.includes("cannot match because")) return "sys_core_fold\0nomatch\0shadow";
  // {ignored, {no_effect, ...}} and {ignored, {result, ...}}
  return message.endsWith("has no effect") ? "sys_core_fold\0ignored\0no_effect" : "sys_core_fold\0ignored\0result";
}

/** a module's warnings with the OTP compiler warnings its compilation held (`otp`) in their place:
 *  the Erlang compiler's are one list in line order (those it finds while compiling first on a line,
 *  as its own sorting puts `{failed, ...}` first) between Elixir's before and after them */
export function withOtpWarnings(ws: Warning[], otp: Warning[]): Warning[] {
  if (otp.length === 0) return ws;
  const key = (w: Warning) => w.order ?? "";
  const erlang = [...otp.filter((w) => !w.v3core), ...ws.filter((w) => w.erlang && !w.nomatch)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return [...ws.filter((w) => !w.erlang && !w.afterErlang), ...ws.filter((w) => w.nomatch), ...otp.filter((w) => w.v3core), ...erlang, ...ws.filter((w) => w.afterErlang)];
}

export function formatWarning(w: Warning): string {
  if (w.bare) return `warning: ${w.message}\n`;
  if (w.locations) return `warning: ${w.message}\nInvalid call found at ${w.locations.length} locations:\n${w.locations.map((l) => `  ${l.file ?? w.file}:${l.line}: ${l.where}\n`).join("")}\n`;
  return `warning: ${w.message}\n  ${w.file}${w.line === undefined ? "" : `:${w.line}`}${w.column === undefined ? "" : `:${w.column}`}${w.where ? `: ${w.where}` : ""}\n\n`;
}
