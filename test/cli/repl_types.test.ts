// t/1 and b/1: the types and callbacks of modules compiled to object files, printed as iex 1.14
// prints them (each as Code.Typespec reads it back, laid out by Elixir's formatter), and iex's
// messages for a module without object code, a missing one, a private type, a hidden callback.
// test/cli/repl_fixtures/record_types.sh played types.in and types_colors.in into real iex
// (modules of types.ex compiled with c/2) and kept types.out / types_colors.out; record_lib_types.sh
// kept lib_types.out, the standard library's (cli/repl/library_typespecs.json, from real Elixir).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { PassThrough } from "node:stream";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Node } from "../../vm/node.ts";
import { nodeHost, ROOT } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { startRepl } from "../../cli/repl/session.ts";

const FIX = path.join(ROOT, "test", "cli", "repl_fixtures");
let dir: string;
const nodes: [Node, Promise<number>][] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "repl-types-"));
  fs.copyFileSync(path.join(FIX, "types.ex"), path.join(dir, "types.ex"));
  process.env.TYPES_DIR = dir;
});
afterAll(async () => {
  for (const [node, loop] of nodes) {
    node.halt(0);
    await loop;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** one session on a node of its own (each compiles types.ex afresh, as a new iex would) */
async function session(text: string, colors = false): Promise<string> {
  const node = new Node(nodeHost());
  loadLibraryCached(node);
  nodes.push([node, node.runLoop()]);
  const input = new PassThrough();
  const output = new PassThrough();
  let out = "";
  output.on("data", (d) => (out += d));
  const done = startRepl({ node, input, output, terminal: false, colors, historyFile: "", onExit: () => {} });
  input.end(text);
  await done;
  return out;
}

describe("t/1 and b/1 as iex prints them", () => {
  it("types (all, by name, by arity, private, opaque, hidden typedoc), callbacks (specs of one arity together, optional ones, hidden ones left out) and iex's messages", async () => {
    const expected = fs.readFileSync(path.join(FIX, "types.out"), "utf8");
    expect(await session(fs.readFileSync(path.join(FIX, "types.in"), "utf8"))).toBe(expected);
  }, 120000);

  it("the standard library's types and callbacks (Elixir and Erlang modules, a protocol's), and a module without", async () => {
    const expected = fs.readFileSync(path.join(FIX, "lib_types.out"), "utf8");
    expect(await session(fs.readFileSync(path.join(FIX, "lib_types.in"), "utf8"))).toBe(expected);
  }, 120000);

  it("with iex's colours on a terminal", async () => {
    const expected = fs.readFileSync(path.join(FIX, "types_colors.out"), "utf8");
    expect(await session(fs.readFileSync(path.join(FIX, "types_colors.in"), "utf8"), true)).toBe(expected);
  }, 120000);
});
