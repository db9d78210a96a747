// `beamlet` (no command) and `beamlet repl`: an iex-like shell on this terminal, on a fresh node.
import { Node } from "../../vm/node.ts";
import { nodeHost } from "../host.ts";
import { ansiEnabled } from "../colors.ts";
import { SYSTEM_VERSION } from "../../vm/bifs/system_info.ts";
import { loadLibraryCached } from "../lib_cache.ts";
import { nodeOptionsFromEnv } from "../run_script.ts";
import { startRepl, type ReplOptions } from "./session.ts";
import { stopOnSigterm } from "../sigterm.ts";
import { holdTypedAhead } from "./typed_ahead.ts";

export async function runRepl(opts: { historyFile?: string } = {}): Promise<number> {
  holdTypedAhead();
  const node = new Node(nodeHost(), nodeOptionsFromEnv());
  loadLibraryCached(node);
  stopOnSigterm(node);
  const loop = node.runLoop();
  const terminal = !!process.stdin.isTTY && !!process.stdout.isTTY;
  // (on a terminal, the emulator's banner and a blank line stand atop the shell, as erl prints them)
  if (terminal) process.stdout.write(SYSTEM_VERSION + "\n");
  return replUntilHalt(node, loop, {
    node,
    input: process.stdin,
    output: process.stdout,
    // (the compiler's warnings on standard error, as iex writes them)
    warnings: process.stderr,
    terminal,
    // (iex colours whenever standard output is a terminal, its input piped or not)
    colors: ansiEnabled(),
    historyFile: opts.historyFile ?? process.env.BEAMLET_HISTORY,
    dotIex: true,
    pidsAsIex: true,
  });
}

/** the shell on a running node until it is left (the node then halts with 0) or the node halts
 *  under it (System.halt/1, System.stop/1, SIGTERM): the node's exit status either way */
export async function replUntilHalt(node: Node, loop: Promise<number>, opts: ReplOptions): Promise<number> {
  const halted = await Promise.race([startRepl(opts).then(() => false), loop.then(() => true)]);
  if (!halted) node.halt(0);
  return loop;
}
