// REPL sessions each on a node of its own (as a new iex), for the tests of h/1, t/1 and b/1: a
// fixture module file is copied to a temporary directory that the sessions' input reaches through
// an environment variable (c(Path.join(System.get_env(VAR), "file.ex")) in the recorded input).
import { beforeAll, afterAll } from "vitest";
import { PassThrough } from "node:stream";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Node } from "../../vm/node.ts";
import { nodeHost, ROOT } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { startRepl } from "../../cli/repl/session.ts";

export const FIX = path.join(ROOT, "test", "cli", "repl_fixtures");

export function freshReplSessions(fixtureFile: string, envVar: string) {
  const state = { dir: "" };
  const nodes: [Node, Promise<number>][] = [];
  beforeAll(() => {
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), `repl-${path.basename(fixtureFile, ".ex")}-`));
    fs.copyFileSync(path.join(FIX, fixtureFile), path.join(state.dir, fixtureFile));
    process.env[envVar] = state.dir;
  });
  afterAll(async () => {
    for (const [node, loop] of nodes) {
      node.halt(0);
      await loop;
    }
    fs.rmSync(state.dir, { recursive: true, force: true });
  });

  function newNode(): Node {
    const node = new Node(nodeHost());
    loadLibraryCached(node);
    nodes.push([node, node.runLoop()]);
    return node;
  }

  /** feed `text` to a session (on a fresh node unless given one); everything it printed */
  async function session(text: string, colors = false, node = newNode()): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = "";
    output.on("data", (d) => (out += d));
    const done = startRepl({ node, input, output, terminal: false, colors, historyFile: "", onExit: () => {} });
    input.end(text);
    await done;
    return out;
  }

  return { state, newNode, session };
}
