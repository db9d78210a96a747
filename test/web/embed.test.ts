// The embedding API (package.json "exports": ".") as a page or bundler gets it: the built
// dist/web/beamlet.js, loaded here in Node (it needs nothing of Node's).
import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as crypto from "node:crypto";
import * as path from "node:path";
import type * as Api from "../../web/beamlet.d.ts";
import { ROOT as root, loadWebBuild } from "./web_build.ts";
import { funUniqOf } from "../../vm/module.ts";
import { libraryFunUniq } from "../../compiler/library_funs.ts";
import { Node } from "../../vm/node.ts";
import { nodeHost } from "../../cli/host.ts";
import { libraryModulesCached } from "../../cli/lib_cache.ts";

let beamlet: typeof Api;

beforeAll(async () => {
  beamlet = await loadWebBuild();
});

/** a node whose output is collected per stream */
async function nodeWithOutput(opts: Api.CreateNodeOptions = {}) {
  const out = { stdout: "", stderr: "" };
  const node = await beamlet.createNode({ ...opts, output: (text, stream) => (out[stream] += text) });
  return { node, out };
}

/** resolves once `cond` holds (checked every few milliseconds; the test's timeout bounds it) */
async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 5));
}

describe("the embedding API", () => {
  it("is what package.json exports, with its types", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.exports["."]).toEqual({ types: "./web/beamlet.d.ts", default: "./dist/web/beamlet.js" });
    expect(pkg.files).toContain("dist/web/");
    expect(beamlet.version).toBe(pkg.version);
  });

  it("runs a script, captures stdout and stderr, and keeps its processes running", async () => {
    const { node, out } = await nodeWithOutput();
    const r = await node.run(`IO.puts("hi")\nIO.puts(:stderr, "to stderr")\nAgent.start_link(fn -> 41 end, name: :box)\n:done`);
    expect(r).toEqual({ status: "ok", value: ":done" });
    expect(out).toEqual({ stdout: "hi\n", stderr: "to stderr\n" });
    // like `iex FILE.exs`: the Agent the script started is still there
    expect(await node.run("Agent.get(:box, & &1) + 1")).toEqual({ status: "ok", value: "42" });
    expect(node.processes().some((p) => p.name === ":box")).toBe(true);
    node.stop();
  });

  it("keeps two nodes on one page apart: each inspects its own struct modules, whichever was made last", async () => {
    const a = await nodeWithOutput();
    expect(await a.node.run(`defmodule S do\n  defstruct [:a]\nend\n:ok`)).toEqual({ status: "ok", value: ":ok" });
    // (a node made later took inspect's struct hooks over for every node before the fix)
    const b = await nodeWithOutput();
    expect(await b.node.run(`defmodule S do\n  defstruct [:b, :c]\nend\n:ok`)).toEqual({ status: "ok", value: ":ok" });
    expect(await a.node.run(`IO.inspect(%S{})\n:ok`)).toEqual({ status: "ok", value: ":ok" });
    expect(await b.node.run(`IO.inspect(%S{})\n:ok`)).toEqual({ status: "ok", value: ":ok" });
    const c = await nodeWithOutput();
    expect(await a.node.run(`IO.inspect(%S{})\n:ok`)).toEqual({ status: "ok", value: ":ok" });
    expect(await c.node.run(`IO.inspect(%{__struct__: S, a: 1})\n:ok`)).toEqual({ status: "ok", value: ":ok" });
    expect(a.out.stdout).toBe("%S{a: nil}\n%S{a: nil}\n");
    expect(b.out.stdout).toBe("%S{b: nil, c: nil}\n");
    expect(c.out.stdout).toBe("%{__struct__: S, a: 1}\n");
  });

  it("starts without decoding the library: a module's bytecode is decoded on its first use", async () => {
    const { node, out } = await nodeWithOutput();
    // internal: the node behind the API, to count the library modules not decoded yet
    const slots = () => [...(node as unknown as { node: { code: { modules: Map<unknown, { isLazy: boolean }> } } }).node.code.modules.values()];
    const total = slots().length;
    expect(total).toBeGreaterThan(150);
    expect(slots().filter((s) => s.isLazy)).toHaveLength(total);
    await node.run(`IO.puts("hi")`);
    expect(slots().filter((s) => s.isLazy).length).toBeGreaterThan(total - 10);
    // loaded all the same, as on a node that loaded the library at boot
    expect(await node.run(`{:code.is_loaded(GenServer), Code.ensure_loaded(Stream), Enum.sum([1, 2])}`)).toEqual({ status: "ok", value: "{{:file, '/beamlet/lib/elixir/ebin/Elixir.GenServer.beam'}, {:module, Stream}, 3}" });
    expect(out.stderr).toBe("");
    node.stop();
  });

  it("decodes a library module with the uniq of its funs given at build time: its first fun hashes no code", async () => {
    const { node, out } = await nodeWithOutput();
    // internal: the node behind the API, its library modules' slots
    type Version = { module: { name: string }; code: Int32Array; compiled: { funUniq?: number }; funUniq: number };
    const slots = () => [...(node as unknown as { node: { code: { modules: Map<unknown, { isLazy: boolean; current?: Version }> } } }).node.code.modules.values()];
    // (Enum.map over a range makes one of Enum's own funs)
    expect(await node.run(`Enum.map(1..3, fn x -> x * x end)`)).toEqual({ status: "ok", value: "[1, 4, 9]" });
    // the library modules decoded for it (all but the script's own)
    const decoded = slots().filter((s) => !s.isLazy && s.current !== undefined && !s.current.module.name.startsWith("elixir_compiler_")).map((s) => s.current!);
    expect(decoded.map((v) => v.module.name)).toContain("Elixir.Enum");
    const library = new Map(libraryModulesCached(new Node(nodeHost())).map((m) => [m.name, m]));
    for (const v of decoded) {
      // (Elixir's own uniq where its module has funs: compiler/library_funs.ts; the hash reads the
      // literals as the CLI's library has them: the page's are terms of its own bundle's classes)
      const compiled = library.get(v.module.name)!;
      expect([v.module.name, v.compiled.funUniq]).toEqual([v.module.name, libraryFunUniq(v.module.name) ?? funUniqOf(v.module.name, compiled.code, compiled.literals)]);
      expect(v.funUniq).toBe(v.compiled.funUniq);
    }
    expect(out.stderr).toBe("");
    node.stop();
  });

  it("gives :crypto its digests, HMACs and random bytes (computed in TypeScript)", async () => {
    const { node, out } = await nodeWithOutput();
    const types: [string, string][] = [["md5", "md5"], ["sha", "sha1"], ["sha224", "sha224"], ["sha256", "sha256"], ["sha384", "sha384"], ["sha512", "sha512"], ["sha3_256", "sha3-256"], ["sha3_512", "sha3-512"], ["ripemd160", "ripemd160"], ["blake2b", "blake2b512"], ["blake2s", "blake2s256"]];
    const r = await node.run(`
for t <- [${types.map(([t]) => ":" + t).join(", ")}] do
  IO.puts(Base.encode16(:crypto.hash(t, "abc"), case: :lower))
end
IO.puts(Base.encode16(:crypto.mac(:hmac, :sha256, "key", ["a", ?b, "c"]), case: :lower))
st = :crypto.hash_init(:sha) |> :crypto.hash_update("a") |> :crypto.hash_update("bc")
IO.puts(Base.encode16(:crypto.hash_final(st), case: :lower))
IO.puts(byte_size(:crypto.strong_rand_bytes(100_000)))
`);
    expect(r.status).toBe("ok");
    const hashes = types.map(([, alg]) => crypto.createHash(alg).update("abc").digest("hex"));
    const mac = crypto.createHmac("sha256", "key").update("abc").digest("hex");
    expect(out.stdout).toBe([...hashes, mac, crypto.createHash("sha1").update("abc").digest("hex"), "100000", ""].join("\n"));
    node.stop();
  });

  // expected outputs: `printf 'Ada\nrest' | elixir -e SCRIPT` and `printf 'Bob\n' | elixir -e SCRIPT`
  it("reads standard input given at creation, as from a pipe", async () => {
    const { node, out } = await nodeWithOutput({ input: "Ada\nrest" });
    expect((await node.run(`IO.puts(IO.gets("name? ")); IO.inspect(IO.read(:eof)); IO.inspect(IO.gets(""))`)).status).toBe("ok");
    expect(out.stdout).toBe('name? Ada\n\n"rest"\n:eof\n');
    node.stop();
  });

  it("waits for standard input typed while a read waits, and reads :eof once it is ended", async () => {
    let wanted = 0;
    const { node, out } = await nodeWithOutput({ onInputWanted: () => wanted++ });
    expect(node.waitingForInput).toBe(false);
    const done = node.run(`IO.puts("hi " <> IO.gets("name? ")); IO.inspect(IO.gets("again? "))`);
    await until(() => node.waitingForInput);
    expect(wanted).toBe(1);
    expect(out.stdout).toBe("name? ");
    node.input("Bob\n");
    await until(() => node.waitingForInput);
    node.endInput();
    expect((await done).status).toBe("ok");
    expect(out.stdout).toBe("name? hi Bob\n\nagain? :eof\n");
    expect(node.waitingForInput).toBe(false);
    node.stop();
  });

  it("reports Elixir's errors: a raise and a compile error", async () => {
    const { node, out } = await nodeWithOutput();
    const raised = await node.run(`raise ArgumentError, "bad"`);
    // as `elixir main.exs` prints it (test/web/script_frames.test.ts compares with elixir's)
    expect(raised).toEqual({ status: "error", error: "** (ArgumentError) bad\n    main.exs:1: (file)\n    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n" });
    const bad = await node.run("x = (1 +", "bad.exs");
    expect(bad.status).toBe("error");
    expect((bad as { error: string }).error).toMatch(/^\*\* \(TokenMissingError\) bad\.exs:1/);
    expect(out.stderr).toContain("** (ArgumentError) bad");
    node.stop();
  });

  it("prints a linked crash's EXIT where the script's process died: Logger's report of the crash comes after it", async () => {
    // the page's test (playground.browser.test.ts) on the same goldens from elixir: the script's
    // EXIT (elixir FILE.exs halts there), then the report of that crash as elixir prints it
    // once the crashed process has ended (crash_report: a process linked to nobody)
    const programs = path.join(root, "test", "web", "programs");
    const golden = (name: string) => fs.readFileSync(path.join(programs, `${name}.both`), "utf8").replaceAll(`${name}.exs`, "main.exs");
    const masked = (text: string) => text.replace(/#PID<\d+\.\d+\.\d+>/g, "#PID<>").replace(/^\d\d:\d\d:\d\d\.\d\d\d /gm, "HH:MM:SS.mmm ");
    const expected = golden("linked_exit_report") + golden("crash_report").slice("before\n".length);
    let both = "";
    const node = await beamlet.createNode({ output: (text) => (both += text) });
    // (a crash reported first, unlinked: the report's code is loaded, and the next report is
    // ready as soon as the EXIT was, ahead of it before the fix)
    await node.run(`spawn(fn -> raise "first" end)\nProcess.sleep(200)`, "first.exs");
    await until(() => both.includes("first.exs"));
    both = "";
    const r = await node.run(fs.readFileSync(path.join(programs, "linked_exit_report.exs"), "utf8"));
    expect(r.status).toBe("error");
    expect(masked((r as { error: string }).error)).toBe(masked(golden("linked_exit_report").slice("before\n".length)));
    await until(() => both.split("\n").length >= expected.split("\n").length);
    expect(masked(both)).toBe(masked(expected));
    node.stop();
  });

  it("evaluates in a REPL session with variables, prompts and multi-line input", async () => {
    const { node } = await nodeWithOutput();
    const s = node.repl();
    expect(s.prompt).toBe("iex(1)>");
    expect(await s.eval("x = 40 + 2")).toEqual({ kind: "ok", text: "42\n" });
    expect(s.prompt).toBe("iex(2)>");
    expect(await s.eval("Enum.map([1,")).toEqual({ kind: "incomplete" });
    expect(await s.eval("Enum.map([1,\n2], &(&1 * x * 10))")).toEqual({ kind: "ok", text: "[420, 840]\n" });
    // as iex 1.14 prints it
    expect(await s.eval(`raise "boom"`)).toEqual({ kind: "error", text: "** (RuntimeError) boom\n\n" });
    expect(s.prompt).toBe("iex(3)>");
    node.stop();
  });

  it("the REPL prints the compiler's warnings for what is typed on standard error, as iex does", async () => {
    // test/cli/repl_fixtures/warnings.in typed line by line, against what iex wrote on its standard
    // error for it (warnings.err, recorded by record_warnings.sh)
    const fixtures = path.join(root, "test", "cli", "repl_fixtures");
    const { node, out } = await nodeWithOutput();
    const s = node.repl();
    let pending = "";
    for (const line of fs.readFileSync(path.join(fixtures, "warnings.in"), "utf8").split("\n").filter((l) => l !== "")) {
      const r = await s.eval(pending + line);
      pending = r.kind === "incomplete" ? pending + line + "\n" : "";
    }
    node.stop();
    expect(out.stderr).toBe(fs.readFileSync(path.join(fixtures, "warnings.err"), "utf8"));
  });

  it("the REPL prints what iex prints for the CLI REPL's fixtures typed line by line (heredocs, a line starting with |>, #iex:break, h of an Erlang function ...)", async () => {
    // test/cli/repl_fixtures/NAME.in piped into real iex gave NAME.out (record.sh): the page's
    // session given the same lines, a continued expression's accumulated as the playground does
    const fixtures = path.join(root, "test", "cli", "repl_fixtures");
    const mask = (t: string) => t.replace(/#PID<[\d.]+>/g, "#PID<>").replace(/#Reference<[\d.]+>/g, "#Reference<>").trimEnd();
    for (const name of ["basic", "blocks", "heredoc", "pipe_break", "history", "clause_variables", "bare_helpers", "helper_errors", "info", "map_inlines", "qualified", "erlang_docs"]) {
      let stdout = "";
      const node = await beamlet.createNode({ output: (text, stream) => void (stream === "stdout" && (stdout += text)) });
      const s = node.repl();
      let transcript = "Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)\n";
      let pending = "";
      const prompt = () => (pending ? s.prompt.replace(/^iex/, "...") : s.prompt) + " ";
      for (const line of fs.readFileSync(path.join(fixtures, `${name}.in`), "utf8").replace(/\n$/, "").split("\n")) {
        transcript += prompt();
        stdout = "";
        const r = await s.eval(pending + line);
        transcript += stdout;
        if (r.kind === "incomplete") {
          pending += line + "\n";
          continue;
        }
        pending = "";
        if (r.kind === "ok" || r.kind === "error") transcript += r.text;
      }
      transcript += prompt();
      node.stop();
      expect(mask(transcript), name).toBe(mask(fs.readFileSync(path.join(fixtures, `${name}.out`), "utf8")));
    }
  });

  it("the page's REPL evaluator's trace ends with iex's evaluator's frames, as iex's does", async () => {
    const { node } = await nodeWithOutput();
    // the first answer of test/cli/repl_fixtures/evaluator_frames.out (recorded from iex)
    const golden = fs.readFileSync(path.join(root, "test", "cli", "repl_fixtures", "evaluator_frames.out"), "utf8");
    const first = golden.slice(golden.indexOf("iex(1)> ") + 8, golden.indexOf("iex(2)> "));
    expect(await node.repl().eval("Process.info(self(), :current_stacktrace)")).toEqual({ kind: "ok", text: first });
    node.stop();
  });

  it("compiles modules to .bbc files and loads them with two versions, current and old", async () => {
    const { node, out } = await nodeWithOutput();
    const v1 = `defmodule Greeter do\n  @vsn 1\n  def hello, do: "v1"\n  def wait, do: receive(do: (:go -> hello()))\nend\n`;
    expect(node.compile(v1, "greeter.ex")).toEqual({ modules: ["Greeter"] });
    expect(node.readFile("/app/ebin/Elixir.Greeter.bbc")?.length).toBeGreaterThan(100);
    expect(await node.run(`pid = spawn(fn -> Greeter.wait() end)\nProcess.register(pid, :waiter)\nGreeter.hello()`)).toEqual({ status: "ok", value: '"v1"' });
    node.compile(v1.replace("@vsn 1", "@vsn 2").replace('"v1"', '"v2"'), "greeter.ex");
    expect(await node.loadModule("Greeter")).toEqual({ status: "ok", value: "{:module, Greeter}" });
    const greeter = node.modules().find((m) => m.name === "Greeter");
    expect(greeter).toMatchObject({ vsn: "[2]", hasOld: true, oldVsn: "[1]", processesOnOld: 1 });
    expect(node.processes().find((p) => p.name === ":waiter")?.onOld).toEqual(["Greeter"]);
    // the waiting process is on the old version; its local call stays there, a remote call does not
    expect(await node.run(`Greeter.hello()`)).toEqual({ status: "ok", value: '"v2"' });
    const bad = node.compile("defmodule Broken do\n  def f(, do: 1\nend\n", "broken.ex");
    expect(bad.modules).toEqual([]);
    expect(bad.error).toMatch(/^\*\* \(SyntaxError\) broken\.ex:\d+/);
    expect(out.stderr).toContain(bad.error);
    node.stop();
  });

  it("gives File and :code an in-memory file system", async () => {
    const { node } = await nodeWithOutput({ files: { "/data/in.txt": "hello file" } });
    const r = await node.run(`File.write!("/data/out.txt", String.upcase(File.read!("/data/in.txt")))\n{File.ls!("/data") |> Enum.sort(), File.exists?("/nope")}`);
    expect(r).toEqual({ status: "ok", value: '{["in.txt", "out.txt"], false}' });
    expect(new TextDecoder().decode(node.readFile("/data/out.txt")!)).toBe("HELLO FILE");
    expect(await node.run(`File.read("/nope")`)).toEqual({ status: "ok", value: "{:error, :enoent}" });
    node.stop();
  });

  it("System.cmd and System.shell raise an Elixir error in the calling process: a page spawns no programs", async () => {
    const { node, out } = await nodeWithOutput();
    const why = (fun: string, cmd: string) => `** (ErlangError) Erlang error: :enotsup\n\n  * ${fun} cannot run "${cmd}": beamlet in a browser cannot spawn operating-system processes\n`;
    // a name and an absolute path alike: not :enoent, which would blame the program
    for (const [src, fun, cmd] of [[`System.cmd("ls", ["-l"])`, "System.cmd/3", "ls"], [`System.cmd("/bin/echo", ["hi"])`, "System.cmd/3", "/bin/echo"], [`System.shell("echo hi")`, "System.shell/2", "echo hi"]]) {
      const r = await node.run(src);
      expect(r.status).toBe("error");
      expect((r as { error: string }).error.startsWith(why(fun, cmd)), (r as { error: string }).error).toBe(true);
    }
    // rescued as an exception, and the exit reason of a process that does not rescue it
    const r = await node.run(`
      rescued = try do System.cmd("ls", []) rescue e in ErlangError -> e.original end
      Process.flag(:trap_exit, true)
      pid = spawn_link(fn -> System.shell("date") end)
      receive do
        {:EXIT, ^pid, {%ErlangError{original: original}, [_ | _]}} -> {rescued, original}
      end`);
    expect(r).toEqual({ status: "ok", value: "{:enotsup, :enotsup}" });
    // the unrescued one is reported as the BEAM's logger does, with Elixir's message
    await until(() => out.stdout.includes("[error] Process"));
    expect(out.stdout).toContain(why("System.shell/2", "date").slice(0, -1));
    expect(await node.run(`System.find_executable("sh")`)).toEqual({ status: "ok", value: "nil" });
    node.stop();
  });

  it("Port.open and :erlang.open_port raise an Elixir error too, and no port is ever open", async () => {
    const { node } = await nodeWithOutput();
    const r = await node.run(`Port.open({:spawn, "ls -l"}, [:binary, :exit_status])`);
    // (no Port.open/2 frame: on OTP 25 :erlang.open_port/2 is Erlang code, entered by Port.open's
    // last call with its frame gone, as elixir's trace of a failing Port.open shows; then
    // Code.require_file's, below the script's file: test/web/script_frames.test.ts)
    expect(r).toEqual({
      status: "error",
      error: '** (ErlangError) Erlang error: :enotsup\n\n  * :erlang.open_port/2 cannot open {:spawn, "ls -l"}: beamlet in a browser cannot spawn operating-system processes\n    :erlang.open_port({:spawn, "ls -l"}, [:binary, :exit_status])\n    (elixir 1.14.0) lib/code.ex:1245: Code.require_file/2\n',
    });
    expect(await node.run(`
      Process.flag(:trap_exit, true)
      pid = spawn_link(fn -> :erlang.open_port({:spawn_executable, "/bin/ls"}, []) end)
      receive do
        {:EXIT, ^pid, reason} -> reason
      end
      |> case do
        {%ErlangError{original: original}, [{:erlang, :open_port, [{:spawn_executable, "/bin/ls"}, []], _} | _]} -> {original, Port.list()}
        other -> other
      end`)).toEqual({ status: "ok", value: "{:enotsup, []}" });
    node.stop();
  });

  it("stops an endless loop, and System.halt ends the node with its status", async () => {
    const { node } = await nodeWithOutput();
    const looping = node.run("defmodule L do\n  def loop, do: loop()\nend\nL.loop()");
    // the loop yields to the event loop between slices: this timer fires while it runs
    await new Promise((r) => setTimeout(r, 50));
    node.stop();
    expect(await looping).toEqual({ status: "stopped" });
    expect(node.stopped).toBe(true);
    expect(await node.halted).toBe(0);
    expect(await node.repl().eval("1")).toEqual({ kind: "stopped" });
    const other = (await nodeWithOutput()).node;
    expect(await other.run("System.halt(3)")).toEqual({ status: "stopped" });
    expect(await other.halted).toBe(3);
  });
});
