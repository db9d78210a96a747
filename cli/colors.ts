// Colours as Elixir 1.14 uses them: iex's results in yellow with inspect's syntax colours inside,
// errors in red; "warning: " in yellow. Only on a terminal, and never when NO_COLOR is set.
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
