// Colours as Elixir 1.14 uses them: iex's results in yellow with inspect's syntax colours inside,
// errors in red; "warning: " in yellow. Only on a terminal, and never when NO_COLOR is set.
import * as tty from "node:tty";
import { spawnSync } from "node:child_process";
import type { Term } from "../vm/terms.ts";
import { inspect } from "../vm/inspect.ts";

const YELLOW = "\x1b[33m", RED = "\x1b[31m", RESET = "\x1b[0m";

/** IEx's :syntax_colors; after each coloured piece, the reset goes back to the result's yellow */
const SYNTAX = {
  atom: "\x1b[36m",
  string: "\x1b[32m",
  charlist: "\x1b[33m",
  number: "\x1b[33m",
  nil: "\x1b[35m",
  boolean: "\x1b[35m",
  list: "\x1b[39m",
  tuple: "\x1b[39m",
  map: "\x1b[39m",
  binary: "\x1b[39m",
  reset: RESET + YELLOW,
};

/** as elixir (IO.ANSI.enabled?, warnings): colours when standard output is a terminal and NO_COLOR is unset */
export function ansiEnabled(): boolean {
  return !!process.stdout.isTTY && !process.env.NO_COLOR;
}

/**
 * The size of the terminal a standard device is on (:io.columns/0,1, :io.rows/0,1), else null. As
 * the BEAM's console: standard_io's is the terminal of standard output or, when that is not one,
 * of standard input (`elixir x.exs | less`, `mix test | tee log` in a terminal: ExUnit's diffs and
 * inspect still take its width); standard_error's is standard error's terminal.
 */
export function terminalGeometry(which: "columns" | "rows", device: "standard_io" | "standard_error" = "standard_io"): number | null {
  const out = device === "standard_io" ? process.stdout : process.stderr;
  if (out.isTTY) return (which === "columns" ? out.columns : out.rows) || null;
  if (device !== "standard_io" || !tty.isatty(0)) return null;
  // (Node.js gives the size of a terminal it writes to only: stty asks standard input's)
  const r = spawnSync("stty", ["size"], { stdio: [0, "pipe", "ignore"], encoding: "utf8" });
  const m = /^(\d+) (\d+)/.exec(r.stdout ?? "");
  return m ? Number(which === "columns" ? m[2] : m[1]) || null : null;
}

/** an expression's result as iex prints it (with the newline) */
export function resultText(value: Term, colors: boolean, width = 80): string {
  if (!colors) return inspect(value, { pretty: true, width }) + "\n";
  return YELLOW + inspect(value, { pretty: true, width, syntaxColors: SYNTAX }) + RESET + "\n";
}

/** an error as iex prints it: the message, then the stacktrace (or an empty line), each in red */
export function errorText(message: string, stack: string, colors: boolean): string {
  if (!colors) return message + "\n" + stack;
  return RED + message + RESET + "\n" + stackText(stack, true);
}

/** an error's stacktrace (or its empty line) as iex prints it, in red */
export function stackText(stack: string, colors: boolean): string {
  return colors ? RED + stack + RESET : stack;
}

/** a compiler warning's first word in yellow, as Elixir prints it on a terminal */
export function warningText(text: string, colors: boolean): string {
  return colors ? text.replace(/^warning: /gm, YELLOW + "warning: " + RESET) : text;
}
