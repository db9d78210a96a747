// `beamlet` (no command) and `beamlet repl`: an iex-like shell on this terminal, on a fresh node.
import { Node } from "../../vm/node.ts";
import { nodeHost } from "../host.ts";
import { loadLibraryCached } from "../lib_cache.ts";
import { nodeOptionsFromEnv } from "../run_script.ts";
import { startRepl } from "./session.ts";

export async function runRepl(opts: { historyFile?: string } = {}): Promise<number> {
  const node = new Node(nodeHost(), nodeOptionsFromEnv());
  loadLibraryCached(node);
  const loop = node.runLoop();
  const terminal = !!process.stdin.isTTY && !!process.stdout.isTTY;
  await startRepl({
    node,
    input: process.stdin,
    output: process.stdout,
    terminal,
    historyFile: opts.historyFile ?? process.env.BEAMLET_HISTORY,
  });
  node.halt(0);
  return loop;
}
