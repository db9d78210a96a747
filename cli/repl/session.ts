// One interactive shell session, iex-style, on any pair of streams: the terminal of `beamlet`, or
// a socket of a running node (`bin/APP remote`). Each session has its own evaluator process and
// bindings; several sessions can share a node. Nothing here touches process.stdin/stdout/exit.
//
// Keys: Enter evaluates once the expression is complete (else the `...(n)>` prompt asks for more);
// arrows browse the history (kept in historyFile) and Ctrl-R searches it; Tab completes modules,
// functions (listing their arities) and variables, as iex does (keys.ts).
// Ctrl-C while an expression runs kills the evaluator (`** (EXIT) interrupted`), starts a new one
// and keeps the bindings; Ctrl-C with text on the line clears it; Ctrl-C at an empty prompt opens
// iex's BREAK menu, where `a` (or a second Ctrl-C) quits and anything else continues. Ctrl-D quits.
import { takeEarlySigints } from "../early_sigint.ts";
import * as readline from "node:readline";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Node } from "../../vm/node.ts";
import type { Process, ProcessOutput } from "../../vm/process.ts";
import { replEvaluators } from "../../vm/stacktrace.ts";
import { EvalState, evalString, newEvalState, ensureHelpers, exitText, type Recompiler } from "./eval.ts";
import { expand } from "./complete.ts";
import { installKeys } from "./keys.ts";
import { lineGate } from "./line_gate.ts";
import { BREAK_MENU } from "../break_menu.ts";
import { stdoutBacklog } from "../output_faults.ts";
import { atom, type Term } from "../../vm/terms.ts";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";

export { evalString, newEvalState, ensureHelpers } from "./eval.ts";
export type { EvalState, EvalOutcome, EvalOptions, Recompiler } from "./eval.ts";

export const DEFAULT_BANNER = "Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)";
const HISTORY_LINES = 1000;

export interface ReplOptions {
  node: Node;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** true: line editing, arrows, Tab, Ctrl-C as keys (a TTY, or a raw-mode remote client) */
  terminal: boolean;
  /** default ~/.beamlet_history; "" for none */
  historyFile?: string;
  /** printed first; default DEFAULT_BANNER; "" for none */
  banner?: string;
  /** the node's name in the prompt, as iex shows it on a named node: iex(NAME)1> */
  nodeName?: string;
  /** iex's colours; default: a terminal session with NO_COLOR unset */
  colors?: boolean;
  /** in a project (`beamlet repl` next to mix.exs): what recompile/0 does */
  recompile?: Recompiler;
  /** where the compiler's warnings go (iex writes them to standard error); default the output */
  warnings?: NodeJS.WritableStream;
  /** the promise of room while `output`'s reader leaves too much unread (a remote shell's peer),
   *  else null: the evaluator's writers wait for it (vm/process.ts ProcessOutput). Default: the
   *  host's stdout backlog when `output` is process.stdout */
  outputBacklog?: () => Promise<void> | null;
  /** called once when the session ends (Ctrl-D, BREAK menu, end of input) */
  onExit?: () => void;
  /** ends the session at once, killing a running expression: a remote shell whose peer left
   *  (end of input instead lets the running expression finish, as with piped input) */
  abort?: AbortSignal;
  /** number pids as iex does (vm/node.ts numberPidsAsShell): the plain shell on a node of its own,
   *  and the project's shell (its node numbered as iex -S mix, numberPidsAsProjectShell) */
  pidsAsIex?: boolean;
  /** evaluate .iex.exs (of the current directory, else of the home directory) before the first
   *  prompt, as iex does: its variables, aliases and imports are the session's */
  dotIex?: boolean;
}

/** the .iex.exs iex loads: the current directory's, else the home directory's, else none */
function dotIexPath(): string | null {
  for (const dir of [process.cwd(), os.homedir()]) {
    const file = path.join(dir, ".iex.exs");
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {}
  }
  return null;
}

function loadHistory(file: string): string[] {
  if (!file) return [];
  try {
    const lines = fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "");
    return lines.slice(-HISTORY_LINES).reverse();
  } catch {
    return [];
  }
}

function appendHistory(file: string, line: string): void {
  if (!file || line.trim() === "") return;
  try {
    fs.appendFileSync(file, line.replace(/\n/g, " ") + "\n", { mode: 0o600 });
  } catch {
    // an unwritable history file must not break the shell
  }
}

/** Run one session until it ends; resolves then (after onExit). */
export function startRepl(opts: ReplOptions): Promise<void> {
  const { node, input, output, terminal } = opts;
  const historyFile = opts.historyFile ?? path.join(os.homedir(), ".beamlet_history");
  const banner = opts.banner ?? DEFAULT_BANNER;
  const colors = opts.colors ?? (terminal && !process.env.NO_COLOR);
  let state: EvalState = newEvalState();
  let buffer: string[] = [];
  let busy = false;
  let interrupted = false;
  let breakMenu = false;
  let closed = false;
  let done = false;
  const queue: string[] = [];

  const write = (text: string) => {
    if (!done) output.write(text);
  };
  // the compiler's warnings, each expression's as it is compiled (iex writes them to standard error)
  const warn = (text: string) => {
    if (!done) (opts.warnings ?? output).write(text);
  };
  // what the evaluator (and what it spawns) prints, its standard error where the compiler's
  // warnings go (iex's standard_error is the OS's); between expressions, redraw the prompt after it
  const evalOutput: ProcessOutput = (fd: 1 | 2, text: string) => {
    if (done) return;
    const stream = fd === 2 && opts.warnings ? opts.warnings : output;
    if (!busy && terminal && queue.length === 0) {
      output.write("\r\x1b[K");
      stream.write(text);
      if (text.endsWith("\n")) rl.prompt(true);
    } else stream.write(text);
  };
  // (the shell on this terminal or pipe: a slow reader of standard output, as a script's writers)
  const backlog = opts.outputBacklog ?? (output === process.stdout ? () => stdoutBacklog() : undefined);
  if (backlog) evalOutput.backlog = backlog;
  // IO.gets and friends in the evaluator (and what it spawns) read the session's next line: one
  // already typed ahead or piped in, else the next one entered
  let pendingInput: ((chunk: Uint8Array | null) => void) | null = null;
  const sessionInput = (deliver: (chunk: Uint8Array | null) => void) => {
    if (queue.length > 0) deliver(new TextEncoder().encode(queue.shift()! + "\n"));
    else if (closed) deliver(null);
    else {
      pendingInput = deliver;
      gate?.open();
    }
  };
  if (opts.pidsAsIex) node.numberPidsAsShell(terminal);
  const spawnEvaluator = (): Process => {
    const p = node.newEvaluator(evalOutput);
    replEvaluators.add(p);
    p.input = sessionInput;
    return p;
  };
  const answerInput = (chunk: Uint8Array | null) => {
    const deliver = pendingInput!;
    pendingInput = null;
    deliver(chunk);
  };
  let evaluator: Process = spawnEvaluator();
  // an evaluator that dies between expressions (a linked process exited...): iex prints why and
  // starts over with a new shell process, fresh bindings and counter
  let deathReason: Term = atom("killed");
  const watch = () => {
    const ev = evaluator;
    // evalCompiled installs its own onExit for each expression; wrap whatever is installed so
    // the session always learns the reason (a linked exit can land before an await resumes)
    let inner: ((reason: Term) => void) | null = null;
    const onDeath = (reason: Term) => {
      inner?.(reason);
      deathReason = reason;
      if (done || ev !== evaluator || busy) return;
      const text = exitText(node, ev, reason);
      evaluator = spawnEvaluator();
      watch();
      state = newEvalState();
      buffer = [];
      write((terminal ? "\r\x1b[K" : "") + text + "\n" + (banner ? banner + "\n" : ""));
      showPrompt();
    };
    Object.defineProperty(ev, "onExit", { configurable: true, get: () => onDeath, set: (f) => (inner = f) });
  };
  watch();
  try {
    ensureHelpers(node);
  } catch (e) {
    write(`beamlet: could not load IEx.Helpers: ${e instanceof Error ? e.message : e}\n`);
  }

  const prompt = () => {
    const n = opts.nodeName ? `${opts.nodeName})${state.counter}` : `${state.counter})`;
    return buffer.length ? `...(${n}> ` : `iex(${n}> `;
  };
  // on a terminal, keys typed ahead wait until the shell asks for its next line (line_gate.ts)
  const gate = terminal ? lineGate(input) : null;
  const rl = readline.createInterface({
    input: gate ? gate.stream : input,
    output,
    terminal,
    prompt: prompt(),
    history: terminal ? loadHistory(historyFile) : [],
    historySize: HISTORY_LINES,
    removeHistoryDuplicates: false,
    tabSize: 2,
  } as readline.ReadLineOptions);

  if (terminal) installKeys(rl, { expand: (before) => expand(node, state, before), prompt, write });

  let resolveDone!: () => void;
  const finished = new Promise<void>((r) => (resolveDone = r));

  const finish = () => {
    if (done) return;
    done = true;
    node.interrupt(evaluator);
    rl.close();
    if (gate) input.pause();
    opts.onExit?.();
    resolveDone();
  };

  const showPrompt = () => {
    if (done) return;
    node.shellPromptShown();
    if (closed) return write(prompt());
    rl.setPrompt(prompt());
    rl.prompt();
    gate?.open();
  };

  const newEvaluator = () => {
    node.interrupt(evaluator);
    evaluator = spawnEvaluator();
  };

  async function handle(line: string): Promise<void> {
    if (breakMenu) {
      breakMenu = false;
      if (/^\s*[aAq]\s*$/.test(line)) return finish();
      return;
    }
    if (terminal) appendHistory(historyFile, line);
    if (evaluator.status === "exited") {
      // died while lines were queued: say so, and go on in a new shell process
      write(exitText(node, evaluator, deathReason) + "\n" + (banner ? banner + "\n" : ""));
      evaluator = spawnEvaluator();
      watch();
      state = newEvalState();
      buffer = [];
    }
    // #iex:break abandons an unfinished expression, as iex does
    if (line.trim() === "#iex:break" && buffer.length > 0) {
      buffer = [];
      write(`** (TokenMissingError) iex:${state.counter}: incomplete expression\n\n`);
      return;
    }
    // a line starting with |> pipes the previous result into it (iex 1.14)
    if (buffer.length === 0 && /^\s*\|>/.test(line)) line = `v(-1) ${line.trimStart()}`;
    buffer.push(line);
    // each line as iex reads it, with its newline (an opening """ ends its line: a heredoc starts)
    const source = buffer.join("\n") + "\n";
    if (source.trim() === "") {
      buffer = [];
      return;
    }
    interrupted = false;
    // iex wraps docs to the terminal's width, at most 80 columns
    const columns = (output as { columns?: number }).columns;
    const width = terminal && columns ? Math.min(80, columns) : 80;
    const out = await evalString(node, evaluator, source, state, { recompile: opts.recompile, colors, width, onWarnings: warn });
    if (done) return;
    switch (out.kind) {
      case "incomplete":
        return;
      case "ok":
      case "error":
        buffer = [];
        write(out.text);
        return;
      case "respawn":
        buffer = [];
        newEvaluator();
        watch();
        state = newEvalState();
        if (banner) write(`\n${banner}\n`);
        return;
      case "exited":
        buffer = [];
        if (interrupted) {
          // Ctrl-C: like iex's job control `i`/`c`: the expression is dropped, the session goes on
          write("** (EXIT) interrupted\n");
          evaluator = spawnEvaluator();
        } else {
          write(out.text + "\n" + (banner ? banner + "\n" : ""));
          evaluator = spawnEvaluator();
          state = newEvalState();
        }
        watch();
        return;
    }
  }

  async function pump(): Promise<void> {
    if (busy) return;
    busy = true;
    while (queue.length > 0 && !done) {
      const line = queue.shift()!;
      try {
        await handle(line);
      } catch (e) {
        buffer = [];
        write(`** (beamlet internal error) ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      }
      // typed-ahead lines were echoed by the terminal; piped ones get their prompt as iex does
      if (!terminal || queue.length === 0) showPrompt();
    }
    busy = false;
    if (closed) finish();
  }

  rl.on("line", (line: string) => {
    if (done) return;
    if (pendingInput) return answerInput(new TextEncoder().encode(line + "\n"));
    queue.push(line);
    void pump();
  });
  rl.on("SIGINT", () => {
    if (busy) {
      interrupted = true;
      queue.length = 0;
      // a read in progress ends (its reader is gone), so the next one reads the next line
      if (pendingInput) answerInput(null);
      node.interrupt(evaluator);
      return;
    }
    if (breakMenu) return finish();
    if (buffer.length > 0 || rl.line.length > 0) {
      buffer = [];
      (rl as any).line = "";
      (rl as any).cursor = 0;
      write("\n");
      showPrompt();
      return;
    }
    breakMenu = true;
    write(BREAK_MENU);
    gate?.open();
  });
  // (Ctrl-Cs while beamlet started: as if typed now)
  for (let n = takeEarlySigints(); n > 0; n--) rl.emit("SIGINT");
  opts.abort?.addEventListener("abort", finish, { once: true });
  rl.on("close", () => {
    closed = true;
    if (pendingInput) answerInput(null);
    if (!busy) finish();
  });

  /** evaluates .iex.exs: nothing of it is printed but its own output, and it takes no number
   *  (iex(1)> follows it); an error is printed under "Error while evaluating: FILE" */
  async function loadDotIex(file: string): Promise<void> {
    let source: string;
    try {
      source = fs.readFileSync(file, "utf8");
    } catch {
      return;
    }
    const shown = path.relative(process.cwd(), file).startsWith("..") ? file : path.relative(process.cwd(), file);
    const { counter, results } = state;
    const out = await evalString(node, evaluator, source, state, { colors, width: 80, file: shown, onWarnings: warn });
    state.counter = counter;
    state.results = results;
    if (out.kind === "ok") return;
    if (out.kind === "respawn") return;
    let text = out.kind === "incomplete" ? incompleteText(source, shown) : out.text;
    write(`Error while evaluating: ${file}\n${text}`);
    if (out.kind === "exited") {
      evaluator = spawnEvaluator();
      watch();
    }
  }

  if (banner) write(banner + "\n");
  const dotIex = opts.dotIex ? dotIexPath() : null;
  if (dotIex) {
    busy = true;
    void loadDotIex(dotIex)
      .catch((e) => write(`** (beamlet internal error) ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`))
      .finally(() => {
        busy = false;
        showPrompt();
        void pump();
      });
  } else showPrompt();
  return finished;
}

/** the error of a file that ends inside an expression, as iex prints it (no snippet, an empty trace) */
function incompleteText(source: string, file: string): string {
  try {
    parse(source, file);
  } catch (e) {
    if (e instanceof CompileError) return e.header() + "\n\n";
  }
  return `** (TokenMissingError) ${file}: incomplete expression\n\n`;
}
