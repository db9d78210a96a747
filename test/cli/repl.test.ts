// The REPL: driven through its streams (PassThrough) against outputs recorded from real iex
// (test/cli/repl_fixtures/record.sh pipes NAME.in into iex 1.14 and keeps NAME.out), and through
// a real terminal (tmux running `node cli/bin.js`) for history, Tab, arrows and Ctrl-C.
import { privateTmux, hasTmux } from "../tmux_server.ts";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { PassThrough } from "node:stream";
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Node } from "../../vm/node.ts";
import { nodeHost, ROOT } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { startRepl, evalString, newEvalState } from "../../cli/repl/session.ts";
import { candidates, expand, formatEntries } from "../../cli/repl/complete.ts";

const FIX = path.join(ROOT, "test", "cli", "repl_fixtures");
let node: Node;
let loop: Promise<number>;

beforeAll(() => {
  node = new Node(nodeHost());
  loadLibraryCached(node);
  loop = node.runLoop();
});
afterAll(async () => {
  node.halt(0);
  await loop;
});

/** one session on piped streams: feed `text`, collect everything it prints until it ends */
async function session(text: string, extra: { historyFile?: string; colors?: boolean } = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = "";
  output.on("data", (d) => (out += d));
  let exited = false;
  const done = startRepl({ node, input, output, terminal: false, colors: extra.colors, historyFile: extra.historyFile ?? "", onExit: () => (exited = true) });
  input.end(text);
  await done;
  expect(exited).toBe(true);
  return out;
}

/** one session on a node of its own, numbering pids as iex (the numbers count from its start):
 *  feed the fixture NAME.in, collect everything it prints until it ends */
async function freshSession(name: string): Promise<string> {
  const fresh = new Node(nodeHost());
  loadLibraryCached(fresh);
  const freshLoop = fresh.runLoop();
  const input = new PassThrough();
  const output = new PassThrough();
  let out = "";
  output.on("data", (d) => (out += d));
  const done = startRepl({ node: fresh, input, output, terminal: false, historyFile: "", pidsAsIex: true });
  input.end(fs.readFileSync(path.join(FIX, `${name}.in`), "utf8"));
  await done;
  fresh.halt(0);
  await freshLoop;
  return out;
}

describe("REPL on streams (outputs recorded from real iex)", () => {
  it("evaluates a prompt of several expressions one by one as iex does (erl_eval's frames over Enum.reduce's), and blames clauses as iex", async () => {
    const input = fs.readFileSync(path.join(FIX, "blocks.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "blocks.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("a trace of the REPL's evaluator ends with iex's evaluator's frames (elixir.eval_forms/3, IEx.Evaluator), which iex prunes from an error at the prompt", async () => {
    const input = fs.readFileSync(path.join(FIX, "evaluator_frames.in"), "utf8");
    expect(await session(input)).toBe(fs.readFileSync(path.join(FIX, "evaluator_frames.out"), "utf8"));
  });

  it("ref/1,4 and port/1,2 build references and ports as iex's helpers, and fail as theirs", async () => {
    const input = fs.readFileSync(path.join(FIX, "ref_port.in"), "utf8");
    expect(await session(input)).toBe(fs.readFileSync(path.join(FIX, "ref_port.out"), "utf8"));
  });

  it("prints results, errors, multi-line input and keeps variables exactly as iex does", async () => {
    const input = fs.readFileSync(path.join(FIX, "basic.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "basic.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  /** record_warnings.sh: iex's standard output and standard error for NAME.in, kept apart */
  async function expectOutAndWarnings(name: string): Promise<void> {
    const input = new PassThrough();
    const output = new PassThrough();
    const warnings = new PassThrough();
    let out = "", err = "";
    output.on("data", (d) => (out += d));
    warnings.on("data", (d) => (err += d));
    const done = startRepl({ node, input, output, warnings, terminal: false, historyFile: "", onExit: () => {} });
    input.end(fs.readFileSync(path.join(FIX, `${name}.in`), "utf8"));
    await done;
    expect(out).toBe(fs.readFileSync(path.join(FIX, `${name}.out`), "utf8"));
    expect(err).toBe(fs.readFileSync(path.join(FIX, `${name}.err`), "utf8"));
  }

  it("prints the compiler's warnings for what is typed at the prompt as iex does, on its own stream", async () => {
    await expectOutAndWarnings("warnings");
  });

  it("keeps the prompt's aliases, imports and requires for the next lines and the modules defined there", async () => {
    await expectOutAndWarnings("env");
  });

  it("import_if_available/1,2 and use_if_available/1,2: the directive for a module that loads (an import kept for the next lines), else nil", async () => {
    const input = fs.readFileSync(path.join(FIX, "if_available.in"), "utf8");
    expect(await session(input)).toBe(fs.readFileSync(path.join(FIX, "if_available.out"), "utf8"));
  });

  it("IO.gets and IO.read in an expression read the session's next lines, as iex does", async () => {
    const input = fs.readFileSync(path.join(FIX, "gets.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "gets.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("evaluates as iex: defmodule's value is its body's, funs are erl_eval's, errors are blamed", async () => {
    const input = fs.readFileSync(path.join(FIX, "evaluated.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "evaluated.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("Map.fetch!/2 and Map.has_key?/2 at the prompt fail in :maps.get/:maps.is_key, as erl_eval calls them (compiled code has OTP's :erlang.map_get)", async () => {
    const input = fs.readFileSync(path.join(FIX, "map_inlines.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "map_inlines.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("a helper of arity 0 typed bare (v, i, flush, clear) is its call, silently, unless a variable has its name, as in iex", async () => {
    const input = fs.readFileSync(path.join(FIX, "bare_helpers.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "bare_helpers.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("a clause's head binds a helper's name for its body (fn i -> i * i end, case ... do v -> v end), as in iex", async () => {
    const input = fs.readFileSync(path.join(FIX, "clause_variables.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "clause_variables.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("the helpers written out as IEx.Helpers.v(1), IEx.Helpers.flush() ... do what the bare ones do (v/1 reads the shell's history)", async () => {
    const input = fs.readFileSync(path.join(FIX, "qualified.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "qualified.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("i/0 and i/1 print what iex's IEx.Info says of each kind of term, and the protocols implemented for it (the library's and IEx.Info, not one defined at the prompt)", async () => {
    const input = fs.readFileSync(path.join(FIX, "info.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "info.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("exports/0,1: a module's macros, then its functions, as iex lists them (the library's helpers not among them, Elixir's own __build__/3 is)", async () => {
    const input = fs.readFileSync(path.join(FIX, "exports.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "exports.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("v/1 reads iex's history: the last 20 results, a number out of them (or no number) out of bounds, and a float blamed in IEx.History.get_nth/2 with iex's queue", async () => {
    const input = fs.readFileSync(path.join(FIX, "history.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "history.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("runtime_info/0,1 prints iex's topics and layout (the figures are the node's own: masked as record_runtime_info.sh masks iex's), and fails as iex for an unknown topic", async () => {
    const input = fs.readFileSync(path.join(FIX, "runtime_info.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "runtime_info.out"), "utf8");
    const figures = /^(Total|Atoms|Binaries|Code|ETS|Processes|Uptime|Run queue|Ports|Schedulers|Schedulers online):.*$/gm;
    const masked = (await session(input)).replace(figures, (line) => line.replace(/[0-9]+/g, "N").replace(/N (B|KB|MB|GB)$/, "N U"));
    expect(masked).toBe(expected);
  });

  it("pid/1 and pid/3 build any pid, alive or not, from a string or integers known only at run time", async () => {
    const input = fs.readFileSync(path.join(FIX, "pid.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "pid.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("the helpers fail as iex's: frames in lib/iex/helpers.ex at iex's lines, their clauses attempted (ls, cd, c, r, l, pid, v out of bounds in IEx.History.nth/2)", async () => {
    const input = fs.readFileSync(path.join(FIX, "helper_errors.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "helper_errors.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("a fresh shell numbers pids as a fresh iex: its evaluator 0.106, a number per prompt shown, 5 per module defined (3 nested)", async () => {
    // (a node of its own: the numbers count from its start)
    expect(await freshSession("pid_numbers")).toBe(fs.readFileSync(path.join(FIX, "pid_numbers.out"), "utf8"));
  });

  it("a linked process that dies takes the shell down as in iex: no value, the reason as Exception.format_exit/1 gives it, a new shell from iex(1)> (record_linked_exits.sh)", async () => {
    // (a node of its own, numbering pids as iex: the shells' pids are in the messages)
    expect(await freshSession("linked_exits")).toBe(fs.readFileSync(path.join(FIX, "linked_exits.out"), "utf8"));
  });

  it("a line ending with an opening \"\"\" (or ''', ~S\"\"\") starts a heredoc that the next lines continue", async () => {
    const input = fs.readFileSync(path.join(FIX, "heredoc.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "heredoc.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("a line starting with |> pipes the previous result; #iex:break drops an unfinished expression", async () => {
    const input = fs.readFileSync(path.join(FIX, "pipe_break.in"), "utf8");
    const expected = fs.readFileSync(path.join(FIX, "pipe_break.out"), "utf8");
    expect(await session(input)).toBe(expected);
  });

  it("colours results (inspect's syntax colours) and errors as iex does on a terminal", async () => {
    // colors.out: what iex wrote to its terminal for colors.in after the first prompt (record_colors.sh)
    const input = fs.readFileSync(path.join(FIX, "colors.in"), "utf8");
    const out = await session(input, { colors: true });
    expect(out.slice(out.indexOf("iex(1)> ") + "iex(1)> ".length)).toBe(fs.readFileSync(path.join(FIX, "colors.out"), "utf8"));
    // without colours (not a terminal, or NO_COLOR): no escapes at all
    expect(await session(input)).not.toContain("\x1b[");
  });

  it("h/1 of a library function: the signature from its source, one entry for a definition with defaults", async () => {
    const out = await session("h Enum.at\nh Enum.reduce\n");
    // the header lines iex 1.14 prints for these (printf 'h Enum.at' | iex)
    expect(out).toContain("iex(1)> \n                   def at(enumerable, index, default \\\\ nil)\n\n");
    expect(out.match(/def at\(/g)?.length).toBe(1);
    expect(out).toContain("\n                          def reduce(enumerable, fun)\n");
    expect(out).toContain("\n                        def reduce(enumerable, acc, fun)\n");
  });

  it("keeps separate bindings per session on one node, and the node survives errors", async () => {
    const [a, b] = await Promise.all([session("x = 1\nx\n"), session("x = 2\nraise \"boom\"\nx\n")]);
    expect(a).toContain("iex(2)> 1\n");
    expect(b).toContain("** (RuntimeError) boom\n\niex(2)> 2\n");
  });

  it("helpers: v/1, h/1 with @doc, exports/1, pid/1", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "repl-"));
    const file = path.join(dir, "m.ex");
    fs.copyFileSync(path.join(FIX, "m.ex"), file);
    const out = await session(`c(${JSON.stringify(file)}, ${JSON.stringify(dir)})\nh Greeter\nh Greeter.hello\nh Greeter.nope\nexports Greeter\n1 + 1\nv(-1) * 10\npid("0.123.0")\n`);
    // the text of h/exports as iex 1.14 printed it for this module (c("m.ex", ".") then h ...)
    expect(out).toContain("iex(2)> \n                                    Greeter\n\nGreets people.\n\n");
    expect(out).toContain("\n                                def hello(name)\n\nSays hello to `name`.\n\n## Examples\n\n    iex> Greeter.hello(\"bob\")\n    \"hello bob\"\n\n");
    expect(out).toContain("No documentation for Greeter.nope was found\n");
    expect(out).toContain("bye/0       hello/1     \n");
    expect(out).toContain("iex(6)> 2\niex(7)> 20\niex(8)> #PID<0.123.0>\n");
  });

  it("an evaluator killed from inside starts a new shell as iex does", async () => {
    const out = await session("x = 1\nProcess.exit(self(), :kill)\n:ok\n");
    expect(out).toMatch(/iex\(2\)> \*\* \(EXIT from #PID<0\.\d+\.0>\) shell process exited with reason: killed\n\nInteractive Elixir \(1\.14\.0\) - press Ctrl\+C to exit \(type h\(\) ENTER for help\)\niex\(1\)> :ok\niex\(2\)> $/);
  });

  it("evalString: one expression with bindings (for rpc)", async () => {
    const ev = node.newEvaluator(() => {});
    const st = newEvalState();
    expect(await evalString(node, ev, "a = 20 + 1", st)).toMatchObject({ kind: "ok", text: "21\n" });
    expect(await evalString(node, ev, "a * 2", st)).toMatchObject({ kind: "ok", text: "42\n" });
    expect(await evalString(node, ev, "Enum.map([1,", st)).toEqual({ kind: "incomplete" });
    expect(st.counter).toBe(3);
    node.interrupt(ev);
  });

  it("Tab: inserts a unique completion or common prefix, else lists functions with arities in iex's columns", () => {
    const st = newEvalState();
    st.bindings.set("hello", 1);
    expect(expand(node, st, "x = Enum.redu")).toEqual({ insert: "ce", entries: [] });
    expect(expand(node, st, "Keywor")).toEqual({ insert: "d.", entries: [] });
    expect(expand(node, st, "Enum.reduce").entries).toEqual(["reduce/2", "reduce/3", "reduce_while/3"]);
    // a name with ! before the same name without (printf 'Map.pop\t' in iex's terminal)
    expect(expand(node, st, "Map.pop").entries).toEqual(["pop!/2", "pop/2", "pop/3", "pop_lazy/3"]);
    expect(expand(node, st, "Map.fetch").entries).toEqual(["fetch!/2", "fetch/2"]);
    expect(expand(node, st, "hel").insert).toBe("lo");
    expect(expand(node, st, "Enum.zzz")).toEqual({ insert: "", entries: [] });
    // columns: the longest entry + 4, at most 79 characters a line
    expect(formatEntries(["split/1", "split/2", "split/3", "split_at/2", "splitter/2", "splitter/3"])).toBe(
      "split/1       split/2       split/3       split_at/2    splitter/2    \nsplitter/3    \n",
    );
  });

  it("completes modules, functions and variables", () => {
    const st = newEvalState();
    st.bindings.set("abc", 1);
    expect(candidates(node, st, "Enum.ma")).toEqual(expect.arrayContaining(["Enum.map", "Enum.max", "Enum.map_join"]));
    expect(candidates(node, st, "Enu")).toContain("Enum");
    expect(candidates(node, st, "ab")).toEqual(["abc", "abs"]);
    expect(candidates(node, st, ":lis")).toContain(":lists");
  });
});

// ---- the beamlet command, as a user starts it ---------------------------------------------------

/** `beamlet repl` run in the fixture folder NAME with NAME.in on its stdin (stderr dropped, no colours);
 * its stdout and the recorded NAME.out with <FIXTURES> standing for that folder's real path. */
function replInFolder(name: string): { out: string; expected: string } {
  const dir = path.join(FIX, name);
  const out = execFileSync(process.execPath, [path.join(ROOT, "cli", "bin.js"), "repl"], {
    cwd: dir,
    input: fs.readFileSync(path.join(FIX, `${name}.in`)),
    env: { ...process.env, NO_COLOR: "1" },
    encoding: "utf8",
    stdio: ["pipe", "pipe", "ignore"],
  });
  const expected = fs.readFileSync(path.join(FIX, `${name}.out`), "utf8").replaceAll("<FIXTURES>", fs.realpathSync(dir));
  return { out, expected };
}

describe("beamlet repl in a directory (outputs recorded from real iex)", () => {
  it("loads the directory's .iex.exs first; pwd, cd, ls, clear, import_file and import_file_if_available as iex", () => {
    // record_helpers.sh: iex run in helpers/ with helpers.in on its stdin, that folder's path masked
    const { out, expected } = replInFolder("helpers");
    expect(out).toBe(expected);
  });
});

describe("beamlet repl: a line of several expressions (outputs recorded from real iex)", () => {
  it("evaluates them one by one: what the first ones print comes before a later one's error, whose failure drops the line's bindings and aliases (.iex.exs too)", () => {
    // record_expressions.sh: iex run in expressions/ with expressions.in on its stdin, that folder's path masked
    const { out, expected } = replInFolder("expressions");
    expect(out).toBe(expected);
  });
});

describe("beamlet repl's two streams (outputs recorded from real iex)", () => {
  it("writes the compiler's warnings (the prompt's, c/1's redefinition) and IO.puts(:stderr, ...) on standard error, the rest on standard output", () => {
    // record_stderr_split.sh: iex run in a new directory holding open.ex, its two streams kept apart
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-streams-"));
    try {
      fs.copyFileSync(path.join(FIX, "open.ex"), path.join(dir, "open.ex"));
      const r = spawnSync(process.execPath, [path.join(ROOT, "cli", "bin.js"), "repl"], {
        cwd: dir,
        input: fs.readFileSync(path.join(FIX, "stderr_split.in")),
        env: { ...process.env, NO_COLOR: "1" },
        encoding: "utf8",
      });
      expect(r.stdout).toBe(fs.readFileSync(path.join(FIX, "stderr_split.out"), "utf8"));
      expect(r.stderr).toBe(fs.readFileSync(path.join(FIX, "stderr_split.err"), "utf8"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("nl/1,2 of the standard library (outputs recorded from real iex)", () => {
  it("an Elixir module's code counts as loaded on this node, as iex loads it again from its object file", async () => {
    // record_nl_library.sh: iex with nl_library.in on its stdin
    const input = fs.readFileSync(path.join(FIX, "nl_library.in"), "utf8");
    expect(await session(input)).toBe(fs.readFileSync(path.join(FIX, "nl_library.out"), "utf8"));
  });
});

describe("r/1 of the standard library (outputs recorded from real iex)", () => {
  it("refuses to recompile it, even where a file of its source's name stands (a beamlet checkout's lib/enum.ex)", () => {
    // record_r_library.sh: iex run in a new directory with lib/enum.ex, lib/lists.ex and
    // lib/string.ex; the source path each names (its build's, beamlet's own) masked as <SOURCE>
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-r-"));
    try {
      fs.mkdirSync(path.join(dir, "lib"));
      for (const f of ["enum", "lists", "string"]) fs.writeFileSync(path.join(dir, "lib", f + ".ex"), 'raise "not to be compiled"\n');
      const out = execFileSync(process.execPath, [path.join(ROOT, "cli", "bin.js"), "repl"], {
        cwd: dir,
        input: fs.readFileSync(path.join(FIX, "r_library.in")),
        env: { ...process.env, NO_COLOR: "1" },
        encoding: "utf8",
        stdio: ["pipe", "pipe", "ignore"],
      });
      expect(out.replace(/could not find source \([^)]*\)/g, "could not find source (<SOURCE>)")).toBe(fs.readFileSync(path.join(FIX, "r_library.out"), "utf8"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("nl/1,2 (outputs recorded from real iex)", () => {
  it("loads a module's object file on this node, other nodes are down, a module compiled in memory has none", () => {
    // record_nl.sh: iex run in a new directory holding nl.ex, with nl.in on its stdin
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-nl-"));
    try {
      fs.copyFileSync(path.join(FIX, "nl.ex"), path.join(dir, "nl.ex"));
      const out = execFileSync(process.execPath, [path.join(ROOT, "cli", "bin.js"), "repl"], {
        cwd: dir,
        input: fs.readFileSync(path.join(FIX, "nl.in")),
        env: { ...process.env, NO_COLOR: "1" },
        encoding: "utf8",
        stdio: ["pipe", "pipe", "ignore"],
      });
      expect(out).toBe(fs.readFileSync(path.join(FIX, "nl.out"), "utf8"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---- a real terminal ------------------------------------------------------------------------------


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!hasTmux)("REPL in a terminal (tmux)", () => {
  const name = `beamlet-repl-${process.pid}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "repl-tty-"));
  const hist = path.join(dir, "history");
  const { tmux, killServer } = privateTmux("repl");
  const screen = () => tmux("capture-pane", "-p", "-t", name);
  const start = (columns = 100) => tmux("new-session", "-d", "-s", name, "-x", String(columns), "-y", "40", `BEAMLET_HISTORY=${hist} node ${path.join(ROOT, "cli", "bin.js")}; sleep 30`);
  // waits for what the screen shows, not for time: long enough for a busy 2-core machine
  const waitFor = async (re: RegExp, ms = 180000) => {
    const t0 = Date.now();
    while (Date.now() - t0 < ms) {
      const s = screen();
      if (re.test(s)) return s;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${re}; screen:\n${screen()}`);
  };
  const type = (text: string) => tmux("send-keys", "-t", name, "-l", text);
  const key = (...k: string[]) => tmux("send-keys", "-t", name, ...k);
  afterAll(() => {
    try {
      tmux("kill-session", "-t", name);
    } catch {}
    killServer();
  });

  it("Ctrl-C interrupts a busy loop, history persists and arrow-up recalls it, Tab completes", async () => {
    start();
    await waitFor(/iex\(1\)>$/m);
    type("x = 40 + 2");
    key("Enter");
    await waitFor(/^42$/m);
    // Ctrl-C once the loop runs (it says so), not after a guessed delay: on a busy machine the
    // line may still be compiling 500 ms later, and Ctrl-C at that point is not an interrupt
    type("defmodule L do def l, do: l() end; IO.puts(:looping); L.l()");
    key("Enter");
    await waitFor(/^looping$/m);
    key("C-c");
    // iex prints this when its evaluator is interrupted (job control i / c)
    await waitFor(/\*\* \(EXIT\) interrupted\niex\(2\)>$/m);
    type("x + 1");
    key("Enter");
    await waitFor(/^43\niex\(3\)>$/m);
    // multi-line input gets the continuation prompt
    type("Enum.map([100, 200], fn y ->");
    key("Enter");
    await waitFor(/^\.\.\.\(3\)>$/m);
    type("y * x end)");
    key("Enter");
    await waitFor(/^\[4200, 8400\]\niex\(4\)>$/m);
    // Tab: a unique completion is inserted
    type("Enum.redu");
    key("Tab");
    await waitFor(/iex\(4\)> Enum\.reduce/);
    key("C-u");
    // Ctrl-C twice at an empty prompt: the BREAK menu, then quit
    key("C-c");
    await waitFor(/BREAK: \(a\)bort/);
    key("C-c");
    // the history file is written as the shell quits
    for (let t0 = Date.now(); Date.now() - t0 < 180000; await sleep(100)) {
      if (fs.existsSync(hist) && fs.readFileSync(hist, "utf8").includes("y * x end)")) break;
    }
    expect(fs.readFileSync(hist, "utf8")).toContain("x = 40 + 2\n");
    tmux("kill-session", "-t", name);
    // a new session recalls the previous one's lines with the up arrow
    start();
    await waitFor(/iex\(1\)>$/m);
    key("Up");
    await waitFor(/iex\(1\)> y \* x end\)/);
    key("Up");
    await waitFor(/iex\(1\)> Enum\.map\(\[100, 200\], fn y ->/);
    key("C-u");
    type("x = 5");
    key("Enter");
    await waitFor(/^5\niex\(2\)>$/m);
  });
  /** play NAME_keys.txt into beamlet in a terminal of `columns` and compare with NAME.screen */
  async function playKeys(keys: string, screenFile: string, columns = 100): Promise<void> {
    fs.writeFileSync(hist, "");
    try {
      tmux("kill-session", "-t", name);
    } catch {}
    start(columns);
    await waitFor(/iex\(1\)>$/m);
    let n = 1;
    const prompts = () => screen().split("\n").filter((l) => /^iex\(\d+\)>/.test(l));
    let seen = 1;
    for (const line of fs.readFileSync(path.join(FIX, keys), "utf8").split("\n")) {
      if (line === "" || line.startsWith("#")) continue;
      if (line.startsWith("type ")) type(line.slice(5));
      else if (line.startsWith("key ")) key(...line.slice(4).split(" "));
      else if (line === "prompt") await waitFor(new RegExp(`^iex\\(${++n}\\)> ?$`, "m"));
      else if (line.startsWith("prompt ")) {
        // `prompt N`: a new prompt numbered N (after an error the number stays)
        n = Number(line.slice(7));
        const bare = new RegExp(`^iex\\(${n}\\)> ?$`);
        for (let t0 = Date.now(); ; await sleep(100)) {
          const p = prompts();
          if (p.length > seen && bare.test(p[p.length - 1].trimEnd())) {
            seen = p.length;
            break;
          }
          if (Date.now() - t0 > 480_000) throw new Error(`timed out waiting for prompt ${n}; screen:\n${screen()}`);
        }
      }
    }
    const expected = fs.readFileSync(path.join(FIX, screenFile), "utf8");
    const shown = () => screen().split("\n").map((l) => l.trimEnd()).filter((l) => l !== "").join("\n") + "\n";
    for (let t0 = Date.now(); Date.now() - t0 < 480_000 && shown() !== expected; ) await sleep(100);
    expect(shown()).toBe(expected);
  }
  it("Tab lists arities and Ctrl-R searches the history as in iex (the screen real iex showed for the same keys)", async () => {
    // tty_keys.txt played into iex 1.14 by record_tty.sh gave tty.screen
    await playKeys("tty_keys.txt", "tty.screen");
  });
  it("results are inspected to the terminal's width (a 60-column terminal) as iex does", async () => {
    // tty_narrow_keys.txt played into iex 1.14 by `record_tty.sh narrow 60 40` gave tty_narrow.screen
    await playKeys("tty_narrow_keys.txt", "tty_narrow.screen", 60);
  });
  it("a line of several expressions runs them one by one: what one prints comes before a later one's warning and error (the screen of iex)", async () => {
    // tty_expressions_keys.txt played into iex 1.14 by `record_tty.sh expressions 100 50` gave tty_expressions.screen
    await playKeys("tty_expressions_keys.txt", "tty_expressions.screen");
  });
});
