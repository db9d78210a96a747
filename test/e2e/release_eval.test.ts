// `bin/APP eval EXPR` runs the expression as `elixir --eval` does on the release's code (mix's
// release script runs elixir so): the same output, errors and exit status as `elixir -e EXPR`, here
// those real elixir 1.14 gave for the -e command lines of test/cli/command_line_goldens (erl_eval's
// frames, Code.validated_eval_string/3 below them, no frame of beamlet's own evaluator).
// `bin/APP rpc EXPR` on the running node prints its errors as Kernel.CLI.rpc_eval/1 does, which for
// the erl_eval_frames command lines and a parse error is what `elixir -e` printed (checked beside a
// real mix release: all 29 of erl_eval_frames the same). Its standard error is the node's. An rpc
// halting the node fails as one to a node that is down (both print mix's --rpc-eval nodedown).
import { describe, it, expect } from "vitest";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, ROOT, Background } from "./helpers.ts";

const MIX = `defmodule Evalrel.MixProject do
  use Mix.Project

  def project, do: [app: :evalrel, version: "0.1.0", elixir: "~> 1.14", deps: []]
  def application, do: [extra_applications: [:logger]]
end
`;

type Golden = { args: string[]; stdout: string; stderr: string; code: number };
const goldens = (group: string): Golden[] => JSON.parse(readFileSync(join(ROOT, "test", "cli", "command_line_goldens", group + ".json"), "utf8"));
// one -e and nothing else, nothing that names a folder or a pid (numbered otherwise on a release's node)
const cases = [...goldens("eval"), ...goldens("erl_eval_frames")].filter(
  (g) => g.args.length === 2 && g.args[0] === "-e" && !/<dir>|<root>|#PID/.test(g.stdout + g.stderr),
);

describe("bin/APP eval and rpc", () => {
  it("print what elixir -e prints for the same code", async () => {
    expect(cases.length).toBeGreaterThan(25);
    const tmp = tempDir("release-eval");
    const dir = join(tmp, "evalrel");
    mkdirSync(join(dir, "lib"), { recursive: true });
    writeFileSync(join(dir, "mix.exs"), MIX);
    writeFileSync(join(dir, "lib", "evalrel.ex"), "defmodule Evalrel do\nend\n");
    try {
      expect((await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } })).code).toBe(0);
      const bin = join(dir, "_build", "prod", "rel", "evalrel", "bin", "evalrel");
      for (const g of cases) {
        const r = await run(bin, ["eval", g.args[1]], { cwd: tmp });
        expect({ code: g.args[1], out: r.stdout, err: r.stderr, status: r.code }).toEqual({ code: g.args[1], out: g.stdout, err: g.stderr, status: g.code });
      }
      // rpc: the same errors from the running node (its output comes back to the caller)
      const node = new Background(bin, ["start"], tmp);
      try {
        for (let i = 0; i < 100 && (await run(bin, ["pid"], { cwd: tmp })).code !== 0; i++) await new Promise((r) => setTimeout(r, 200));
        const rpcCases = [...goldens("erl_eval_frames"), ...goldens("eval").filter((g) => g.args[1] === "x = [1 +")];
        expect(rpcCases.length).toBe(45);
        for (const g of rpcCases) {
          const r = await run(bin, ["rpc", g.args[1]], { cwd: tmp });
          expect({ code: g.args[1], out: r.stdout, err: r.stderr, status: r.code }).toEqual({ code: g.args[1], out: g.stdout, err: g.stderr, status: g.code });
        }
        // code ended by an exit: raised ones end the caller as elixir -e ends (silent with
        // {:shutdown, N}'s status...); one signalled to the code's process is {:badrpc, {:EXIT, reason}},
        // which the caller exits itself with: `** (EXIT from PID) reason` as elixir -e prints it
        // (a real release's rpc caller is #PID<0.100.0>, elixir -e's #PID<0.96.0>)
        const pids = (t: string) => t.replace(/#PID<\d+\.\d+\.\d+>/g, "#PID<x>");
        for (const g of goldens("exits")) {
          const r = await run(bin, ["rpc", g.args[1]], { cwd: tmp });
          expect({ code: g.args[1], out: r.stdout, err: pids(r.stderr), status: r.code }).toEqual({ code: g.args[1], out: g.stdout, err: pids(g.stderr), status: g.code });
        }
        // standard output comes back to the caller (the rpc's group leader is the caller's);
        // standard error is the node's own, as with a mix release's rpc
        const r = await run(bin, ["rpc", 'IO.puts("to the caller"); IO.puts(:stderr, "to the node")'], { cwd: tmp });
        expect({ out: r.stdout, err: r.stderr, status: r.code }).toEqual({ out: "to the caller\n", err: "", status: 0 });
        for (let i = 0; i < 50 && !node.err.includes("to the node\n"); i++) await new Promise((r) => setTimeout(r, 100));
        expect(node.err).toContain("to the node\n");
        // the code's compile warnings are printed in the node's log, as elixir -e prints them
        const warned = goldens("eval").find((g) => g.args[1].startsWith("defmodule A do def f(y)"))!;
        expect(warned.stderr).toMatch(/^warning: /);
        const w = await run(bin, ["rpc", warned.args[1]], { cwd: tmp });
        expect({ out: w.stdout, err: w.stderr, status: w.code }).toEqual({ out: warned.stdout, err: "", status: 0 });
        for (let i = 0; i < 50 && !node.err.includes(warned.stderr); i++) await new Promise((r) => setTimeout(r, 100));
        expect(node.err).toContain(warned.stderr);
        // code that does not parse: the tokenizer's warnings, written out before the parser
        // failed, are the node's too; the caller gets the error
        const unparsed = goldens("eval").find((g) => g.args[1].startsWith(':"quoted"'))!;
        const tokenWarning = unparsed.stderr.slice(0, unparsed.stderr.indexOf("** ("));
        expect(tokenWarning).toMatch(/^warning: found quoted atom/);
        const u = await run(bin, ["rpc", unparsed.args[1]], { cwd: tmp });
        expect({ out: u.stdout, err: u.stderr, status: u.code }).toEqual({ out: "", err: unparsed.stderr.slice(tokenWarning.length), status: 1 });
        for (let i = 0; i < 50 && !node.err.includes(tokenWarning); i++) await new Promise((r) => setTimeout(r, 100));
        expect(node.err).toContain(tokenWarning);
        // System.halt/1 in the code: the node goes down with that status before the rpc answers,
        // which fails as an rpc to a node that is down fails
        const halted = await run(bin, ["rpc", "System.halt(3)"], { cwd: tmp });
        expect(await node.waitExit()).toBe(3);
        const down = await run(bin, ["rpc", "1"], { cwd: tmp });
        expect(down.code).toBe(1);
        expect(down.stderr).toMatch(/nodedown/);
        expect({ out: halted.stdout, err: halted.stderr, status: halted.code }).toEqual({ out: "", err: down.stderr, status: 1 });
      } finally {
        node.child.kill("SIGKILL");
      }
    } finally {
      cleanup(tmp);
    }
  }, 600000);
});
