// The shell of `bin/APP remote`, run inside the node on the streams of one socket session.
// A small iex-like loop (prompts, continuation lines, bindings kept between lines, results
// printed with inspect, errors printed without ending the shell); the full REPL engine
// (cli/repl/) replaces it once it is available.
import * as readline from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Node } from "../../vm/node.ts";
import type { Process } from "../../vm/process.ts";
import { Tuple, Atom, Term, listToArray } from "../../vm/terms.ts";
import { inspect } from "../../vm/inspect.ts";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { compileScript } from "../../compiler/compile.ts";
import { hostFor, termText } from "../project/node_util.ts";

export interface ShellOptions {
  node: Node;
  input: Readable;
  output: Writable;
  terminal: boolean;
  columns?: number;
  /** shown in the prompt: iex(PROMPT)1> */
  prompt: string;
  onExit: () => void;
}

export function remoteShell(o: ShellOptions): void {
  const { node, output } = o;
  const write = (_fd: 1 | 2, text: string) => output.write(text);
  let ev: Process = node.newEvaluator(write);
  let names: string[] = [];
  let values: Term[] = [];
  let counter = 1;
  let buffer = "";
  let busy = false;
  const rl = readline.createInterface({ input: o.input, output: o.output, terminal: o.terminal, historySize: 200 });
  const setPrompt = () => rl.setPrompt(buffer ? `...(${o.prompt})${counter}> ` : `iex(${o.prompt})${counter}> `);
  output.write(`Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)\n`);
  setPrompt();
  rl.prompt();
  let closed = false;
  const queue: string[] = [];
  const finish = () => {
    if (closed) return;
    closed = true;
    if (ev.status !== "exited") node.interrupt(ev);
    o.onExit();
  };
  rl.on("SIGINT", () => {
    if (busy) {
      node.interrupt(ev);
      return;
    }
    output.write("\n");
    rl.close();
  });
  rl.on("close", () => {
    if (!busy && queue.length === 0) finish();
    else closeAfter = true;
  });
  let closeAfter = false;
  const pump = async () => {
    if (busy) return;
    while (queue.length > 0) {
      const line = queue.shift()!;
      busy = true;
      await evalLine(line);
      busy = false;
      setPrompt();
      if (!closed) rl.prompt();
    }
    if (closeAfter) finish();
  };
  rl.on("line", (line) => {
    queue.push(line);
    void pump();
  });

  async function evalLine(line: string): Promise<void> {
    buffer = buffer ? buffer + "\n" + line : line;
    if (buffer.trim() === "") {
      buffer = "";
      return;
    }
    const src = buffer;
    let compiled;
    try {
      compiled = compileScript(parse(src, "iex"), "iex", hostFor(node), names, { returnBindings: true, moduleName: node.nextEvalModule() });
    } catch (e) {
      if (e instanceof CompileError) {
        if (e.kind === "TokenMissingError" || /missing terminator|unexpected end of/.test(e.description)) return; // more input
        buffer = "";
        output.write(e.header().replace(/ iex:/, " iex:") + "\n");
        return;
      }
      buffer = "";
      output.write(`** (beamlet) ${(e as Error).message}\n`);
      return;
    }
    buffer = "";
    const r = (await node.evalCompiled(ev, compiled, values)) as Tuple;
    counter++;
    if ((r.items[0] as Atom).name === "ok") {
      const [value, bindings] = (r.items[1] as Tuple).items;
      const pairs = (listToArray(bindings) ?? []) as Tuple[];
      names = pairs.map((p) => (p.items[0] as Atom).name);
      values = pairs.map((p) => p.items[1]);
      output.write(inspect(value, { pretty: true, width: o.columns ?? 80 } as any) + "\n");
    } else {
      const fmt = r.items[3];
      output.write(fmt instanceof Atom ? `** (EXIT) ${inspect(r.items[2])}\n` : termText(fmt));
      if (ev.status === "exited") ev = node.newEvaluator(write);
    }
  }
}
