// One error type for every compile-time failure (lexer, parser, compiler), rendered in one place
// the way Elixir 1.14 prints it on stderr:
//   ** (SyntaxError) bad.exs:3:5: syntax error before: ')'
//       |
//     3 | foo(1, ))
//       |     ^
// A CompileError (semantic, from the compiler) has no column in Elixir's text: `f.exs:3: ...`.

export type CompileErrorKind = "SyntaxError" | "TokenMissingError" | "CompileError";

/** `{prefix, suffix}` around the token, as Elixir's tokenizer splits some messages (no suffix: the message, then the token) */
export interface QuotedErrorParts { prefix: string; suffix?: string; token: string }

/** a frame of Elixir's own compiler under an error: [erlang module, function, arity, file, line,
 *  its application when not elixir's] */
export type ElixirFrame = [string, string, number, string, number, string?];

/** Elixir's compiler modules Kernel.CLI leaves out of a trace it prints (its prune_stacktrace/1, as
 *  lib/boot/boot.ex; the exception keeps their frames) */
const PRUNED_WHEN_PRINTED = new Set([
  "elixir", "elixir_aliases", "elixir_expand", "elixir_compiler", "elixir_module", "elixir_clauses", "elixir_lexical", "elixir_def",
  "elixir_map", "elixir_locals", "elixir_erl", "elixir_erl_clauses", "elixir_erl_compiler", "elixir_erl_pass",
  "Elixir.Kernel.ErrorHandler", "Elixir.Module.ParallelChecker",
]);

/** below an error of the Erlang compiler (OTP refusing the module Elixir made): Elixir's frames
 *  that load the module's forms, in the process that compiles it */
export const MODULE_LOAD_FRAMES: ElixirFrame[] = [
  ["lists", "foreach_1", 2, "lists.erl", 1442, "stdlib 4.2"],
  ["elixir_erl", "load_form", 5, "src/elixir_erl.erl", 439],
  ["elixir_module", "-compile/5-fun-1-", 8, "src/elixir_module.erl", 154],
  ["elixir_erl_compiler", "-spawn/1-fun-0-", 2, "src/elixir_erl_compiler.erl", 12],
];

/** the frames as Elixir prints them under the error */
export function formatElixirFrames(frames: ElixirFrame[]): string {
  return frames.filter((f) => !PRUNED_WHEN_PRINTED.has(f[0])).map(([m, f, a, file, line, app]) => {
    const mod = m.startsWith("Elixir.") ? m.slice(7) : ":" + m;
    // (app "": the program's own macro, named without an application)
    if (file === "expanding macro") return `    ${app === "" ? "" : `(${app ?? "elixir 1.14.0"}) `}expanding macro: ${mod}.${f}/${a}\n`;
    // (the program's own def a macro expands in, its line if known: `file:line: Mod.f/a`)
    if (app === "") return `    ${file}${line ? ":" + line : ""}: ${mod}.${f}/${a}\n`;
    // (a module's body being expanded is {Mod, :__MODULE__, 0}: "Mod (module)")
    if (f === "__MODULE__" && a === 0) return `    ${file}:${line}: ${mod} (module)\n`;
    if (f === "__FILE__" || f === "__MODULE__") return `    ${file}:${line}: (${f === "__FILE__" ? "file" : "module"})\n`;
    // a fun: `-name/arity-fun-N-`, as Exception.format_mfa/3 names it
    const fun = /^-(.+)-fun-\d+-$/.exec(f);
    return `    (${app ?? "elixir 1.14.0"}) ${file}:${line}: ${fun ? `anonymous fn/${a} in ${mod}.${fun[1]}` : `${mod}.${f}/${a}`}\n`;
  }).join("");
}

export class CompileError extends Error {
  constructor(
    public kind: CompileErrorKind,
    public file: string,
    public line: number,
    public column: number | null,
    public description: string,
    /** extra text printed after the snippet (e.g. Elixir's HINT lines) */
    public hint?: string,
  ) {
    super(`${file}:${line}${column != null && kind !== "CompileError" ? ":" + column : ""}: ${description}`);
    this.name = kind;
  }

  /** a macro raised: Elixir prints the exception (banner) and where it was expanding */
  banner?: string;
  /** ...and Code.compile_string re-raises the exception itself: [kind, reason, stacktrace] */
  raised?: unknown[];
  /** ...by the expander itself (a function it called failed): the exception takes the trace a
   *  CompileError raised there would have */
  expanderRaised?: boolean;
  /** ...with the stack trace Elixir gives it when a defmodule's expansion raised: the raising
   *  code's frames, `expanding macro: M.f/n`, then the caller's frame */
  expansionStack?: unknown;
  /** at a script's top level, under an error in a call a pipe made: the pipes' expansion frames
   *  (shown when the pipe is one of the file's own expressions, not inside another macro) */
  pipeFrames?: string;
  /** raised while a macro's result is expanded (a directive's check): Elixir shows each macro
   *  expansion it is in under its own frames */
  duringExpansion?: boolean;
  /** Elixir prints some errors without a line (`file: description`) */
  noLine?: boolean;
  /** ...and the exception of the Erlang compiler's has line 0 (others have none, nil) */
  zeroLine?: boolean;
  /** the message and token as Code.string_to_quoted/1 returns them, when not `description, ""` */
  quoted?: QuotedErrorParts;
  /** the stack trace Elixir's exception carries when a defmodule fails to compile: cut by the
   * BEAM's 8-frame limit inside the expander ("none"), or the module body's frame at the error's
   * line ("module", a def's head or super); unset: the script's frames */
  trace?: "none" | "module" | ElixirFrame[];
  /** with "module": the line of that frame when it is not the error's, the clause's def line (a
   *  def's body is expanded as the module body stores the clause, from the def's line) */
  moduleFrameLine?: number;
  /** with frames as the trace: a script's top level shows its file's frame below them too */
  traceReachesFile?: boolean;
  /** an exception the parser raises (not an error it returns): its module and message */
  parserRaised?: { exception: string; message: string };
  /** raised once the module's code is compiled: every warning of the module is printed before */
  afterModule?: boolean;
  /** ...while Elixir checks the module's typespecs ("typespecs": before its unused private types
   *  are reported; "specs": after) and so before the Erlang compiler and what follows it warn;
   *  "options": its @compile options, checked before the typespecs; "transforms": its parse
   *  transforms, loaded by the Erlang compiler once the typespecs are translated) */
  typespecStage?: "options" | "typespecs" | "specs" | "transforms";
  /** the expander's frames above the expansion of `at` (compiler/expander_frames.ts): set, a
   * script's trace is modelled from the path to `at` where that path is modelled */
  siteFrames?: (ElixirFrame | { pruned: ElixirFrame } | null)[];
  /** the expression that failed to expand, at a script's top level: its depth decides whether the
   * BEAM's 8-frame trace still reaches the file's compilation (cli/run_script.ts) */
  at?: object;
  /** warnings Elixir prints right before this error, after the module's others (the undefined
   *  local functions but the first, which is this error) */
  warningsBefore?: string[];
  /** Elixir 1.14 draws no code snippet under some syntax errors (reserved words) */
  noSnippet?: boolean;
  /** an error at a token's place the parser names without a column unless its tokens carry one
   *  (Code.string_to_quoted's columns: true): that column */
  columnWhenCounted?: number;

  /** is the offending line drawn under the message? Not for a message the tokenizer splits around its
   * token ({prefix, suffix}: mixed scripts, a mismatched terminator), nor for a reserved word */
  get drawsSnippet(): boolean {
    return this.kind !== "CompileError" && this.column != null && !this.noSnippet && this.quoted?.suffix === undefined;
  }

  /** The first line as Elixir prints it: `** (Kind) file:line:col: description`. */
  header(): string {
    if (this.banner) return this.banner.split("\n")[0];
    if (this.noLine) return `** (${this.kind}) ${this.file}: ${this.description.split("\n")[0]}`;
    const pos = this.kind === "CompileError" || this.column == null ? `${this.line}` : `${this.line}:${this.column}`;
    return `** (${this.kind}) ${this.file}:${pos}: ${this.description}`;
  }

  /** Elixir's full rendering; with the source text it adds the code snippet and caret. */
  format(sourceText?: string): string {
    if (this.banner) return this.banner;
    if (this.noLine) return `** (${this.kind}) ${this.file}: ${this.description}`;
    const out = [this.header()];
    if (this.hint) {
      out.push("", this.hint, "");
      return out.join("\n");
    }
    if (sourceText !== undefined && this.drawsSnippet) {
      const text = sourceText.split("\n")[this.line - 1];
      if (text !== undefined && text.trim() !== "") {
        const num = String(this.line);
        const width = Math.max(num.length + 1, 3);
        const gutter = " ".repeat(width + 1) + "|";
        out.push(gutter, `${num.padStart(width)} | ${text}`, `${gutter} ${" ".repeat(Math.max(0, (this.column ?? 1) - 1))}^`);
      }
    }
    return out.join("\n");
  }
}

