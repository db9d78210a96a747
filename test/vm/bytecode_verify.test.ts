// The verifier rejects each kind of hostile object code named in issue 16 (before, every one of
// these loaded as {:module, _} and then aborted the VM, froze it, or corrupted another frame), and
// accepts the same code once the flaw is removed. Load errors are logged with the reason.
import { describe, it, expect } from "vitest";
import { assemble, assembleFile, type FnSpec } from "./bytecode_asm.ts";
import { decodeModule, writeModule, framePayload, BadFile } from "../../vm/bytecode_file.ts";
import { CodeServer } from "../../vm/code_server.ts";
import { atom } from "../../vm/terms.ts";
import { runElixir, failureReport } from "./exits.model.ts";

const ok = { lit: atom("ok") };
const one = (code: FnSpec["code"], extra: Partial<FnSpec> = {}): FnSpec[] => [{ name: "f", arity: 0, code, ...extra }];

/** the reason the verifier gives, or "accepted" */
function verdict(fns: FnSpec[], name = "Elixir.Hostile"): string {
  const r = decodeModule(assembleFile(name, fns));
  return r instanceof BadFile ? r.reason : "accepted";
}

describe("the .bbc verifier rejects hostile code", () => {
  const cases: [string, FnSpec[], RegExp, FnSpec[]][] = [
    ["a huge local slot count (the VM used to abort allocating the frame)",
      one([["push_lit", ok], ["return"]], { nlocals: 100_000_000 }), /local slot count out of range/,
      one([["push_lit", ok], ["return"]], { nlocals: 3 })],
    ["a 100M-element tuple from a size operand",
      one([["make_tuple", 100_000_000], ["return"]]), /operand 1 out of range/,
      one([["push_lit", ok], ["make_tuple", 1], ["return"]])],
    ["a tuple of more values than the stack holds (reads below the frame)",
      one([["push_lit", ok], ["make_tuple", 5], ["return"]]), /operand stack underflow/,
      one([["push_lit", ok], ["push_lit", ok], ["make_tuple", 2], ["return"]])],
    ["a store into the caller's operand stack",
      [{ name: "f", arity: 1, nlocals: 1, code: [["store_local", 0], ["push_lit", ok], ["return"]] }], /operand stack underflow/,
      [{ name: "f", arity: 1, nlocals: 1, code: [["push_lit", ok], ["store_local", 0], ["push_lit", ok], ["return"]] }]],
    ["a local slot past the frame",
      one([["push_lit", ok], ["store_local", 7], ["push_lit", ok], ["return"]], { nlocals: 2 }), /slot 7 out of range/,
      one([["push_lit", ok], ["store_local", 1], ["push_lit", ok], ["return"]], { nlocals: 2 })],
    ["a slot read before it is written (a stale value of another frame)",
      one([["push_local", 1], ["return"]], { nlocals: 2 }), /slot 1 read before it is written/,
      one([["push_lit", ok], ["store_local", 1], ["push_local", 1], ["return"]], { nlocals: 2 })],
    ["a slot written on one path only",
      one([["push_lit", { lit: atom("true") }], ["jump_unless_true", "@skip"], ["push_lit", ok], ["store_local", 0], { label: "skip" }, ["push_local", 0], ["return"]], { nlocals: 1 }),
      /slot 0 read before it is written/,
      one([["push_lit", ok], ["store_local", 0], ["push_lit", { lit: atom("true") }], ["jump_unless_true", "@skip"], ["push_lit", ok], ["store_local", 0], { label: "skip" }, ["push_local", 0], ["return"]], { nlocals: 1 })],
    ["a jump into the middle of an instruction",
      // offset 3 is push_lit's operand
      one([["jump", 3], ["push_lit", ok], ["return"]]), /jumps to 3, outside the function or inside an instruction/,
      one([["jump", "@end"], ["push_lit", ok], { label: "end" }, ["push_lit", ok], ["return"]])],
    ["a jump into another function",
      // offset 5 is g's entry
      [{ name: "f", arity: 0, code: [["jump", 5], ["push_lit", ok], ["return"]] }, { name: "g", arity: 0, code: [["push_lit", ok], ["return"]] }],
      /jumps to 5, outside the function/,
      [{ name: "f", arity: 0, code: [["jump", "@x"], { label: "x" }, ["push_lit", ok], ["return"]] }, { name: "g", arity: 0, code: [["push_lit", ok], ["return"]] }]],
    ["a conditional branch backwards",
      one([{ label: "top" }, ["push_lit", { lit: atom("true") }], ["jump_unless_true", "@top"], ["push_lit", ok], ["return"]]), /branches backwards/,
      one([{ label: "top" }, ["push_lit", { lit: atom("true") }], ["jump_unless_true", "@out"], ["push_lit", ok], ["return"], { label: "out" }, ["jump", "@top"]])],
    ["different stack depths meeting at a label",
      one([["push_lit", ok], ["push_lit", { lit: atom("true") }], ["jump_unless_true", "@j"], ["push_lit", ok], { label: "j" }, ["return"]]), /depth \d and \d meet/,
      one([["push_lit", ok], ["push_lit", { lit: atom("true") }], ["jump_unless_true", "@j"], ["pop"], ["push_lit", ok], { label: "j" }, ["return"]])],
    ["code that runs off the end of its function",
      [{ name: "f", arity: 0, code: [["push_lit", ok]] }, { name: "g", arity: 0, code: [["push_lit", ok], ["return"]] }], /runs past the end/,
      [{ name: "f", arity: 0, code: [["push_lit", ok], ["return"]] }, { name: "g", arity: 0, code: [["push_lit", ok], ["return"]] }]],
    ["a return inside a try (a handler left on the stack)",
      one([["try", "@h"], ["push_lit", ok], ["return"], { label: "h" }, ["pop"], ["pop"], ["return"]]), /inside a try or guard/,
      one([["try", "@h"], ["push_lit", ok], ["try_end"], ["return"], { label: "h" }, ["pop"], ["pop"], ["return"]])],
    ["leaving a handler that was never entered",
      one([["try_end"], ["push_lit", ok], ["return"]]), /no handler to leave/,
      one([["push_lit", ok], ["return"]])],
    ["an arithmetic opcode whose slow path is another function",
      one([["push_lit", { lit: 1 }], ["push_lit", { lit: 2 }], ["add", { imp: ["Elixir.File", "rm!", 2] }], ["return"]]), /not erlang\.\+\/2/,
      one([["push_lit", { lit: 1 }], ["push_lit", { lit: 2 }], ["add", { imp: ["erlang", "+", 2] }], ["return"]])],
    ["a call with the wrong number of arguments",
      [{ name: "f", arity: 0, code: [["call_local", { fn: "g" }, 0], ["return"]] }, { name: "g", arity: 2, code: [["push_local", 0], ["return"]] }], /0 arguments for a function of arity 2/,
      [{ name: "f", arity: 0, code: [["push_lit", ok], ["push_lit", ok], ["call_local", { fn: "g" }, 2], ["return"]] }, { name: "g", arity: 2, code: [["push_local", 0], ["return"]] }]],
    ["a closure with more free variables than its function's arity",
      [{ name: "f", arity: 0, code: [["push_lit", ok], ["push_lit", ok], ["make_fun", { fn: "g" }, 2], ["return"]] }, { name: "g", arity: 1, lambda: true, code: [["push_local", 0], ["return"]] }],
      /more free variables/,
      [{ name: "f", arity: 0, code: [["push_lit", ok], ["make_fun", { fn: "g" }, 1], ["return"]] }, { name: "g", arity: 1, lambda: true, code: [["push_local", 0], ["return"]] }]],
    ["a pattern that binds past the frame",
      one([["push_lit", ok], ["match", { lit: { k: "bind", slot: 9 } }, "@no"], { label: "no" }, ["push_lit", ok], ["return"]], { nlocals: 1 }), /pattern slot out of range/,
      one([["push_lit", ok], ["match", { lit: { k: "bind", slot: 0 } }, "@no"], { label: "no" }, ["push_lit", ok], ["return"]], { nlocals: 1 })],
    ["a pattern descriptor pushed as a value",
      one([["push_lit", { lit: { k: "bind", slot: 0 } }], ["return"]]), /is not a term/,
      one([["push_lit", ok], ["return"]])],
    ["a binary segment of 2^40 bits",
      one([["push_lit", { lit: 0 }], ["make_bin", { lit: [{ type: "integer", size: 2 ** 40, unit: 1, signed: false, little: false, dynSize: false }] }], ["return"]]),
      /segment size out of range/,
      one([["push_lit", { lit: 0 }], ["make_bin", { lit: [{ type: "integer", size: 16, unit: 1, signed: false, little: false, dynSize: false }] }], ["return"]])],
    ["a script-only instruction",
      one([["define_module", { lit: 0 }], ["return"]]), /unknown opcode 35/,
      one([["push_lit", ok], ["return"]])],
    ["an arity past 255",
      [{ name: "f", arity: 300, code: [["push_lit", ok], ["return"]] }], /arity out of range/,
      [{ name: "f", arity: 255, code: [["push_lit", ok], ["return"]] }]],
  ];
  for (const [what, bad, reason, good] of cases) {
    it(what, () => {
      expect(verdict(bad)).toMatch(reason);
      expect(verdict(good)).toBe("accepted");
    });
  }

  it("objects in the file cannot reach a prototype (no atom forged through __proto__)", () => {
    const file = (literal: string) => {
      const m = assemble("Elixir.Hostile", one([["push_lit", { lit: atom("placeholder") }], ["return"]]));
      const json = new TextDecoder().decode(writeModule(m).subarray(14, -4)).replace('{"$a":"placeholder"}', literal);
      return decodeModule(framePayload(new TextEncoder().encode(json)));
    };
    for (const forged of ['{"__proto__":{"$a":"ok"}}', '{"k":"lit","constructor":1}', '{"$a":"ok","__proto__":{}}', '{"isMap":true}', '{"$T":["text"]}', '{"$a":5}', "1.5"]) {
      const r = file(forged);
      expect(r instanceof BadFile, forged).toBe(true);
    }
    expect(file('{"$a":"ok"}') instanceof BadFile).toBe(false);
  });

  it("a file of another module is badfile with the reason, and the slots stay as they were", () => {
    const cs = new CodeServer({ readFile: () => null }, () => [], () => {});
    expect(cs.loadBinary(atom("Elixir.Other"), "x.bbc", assembleFile("Elixir.Hostile", one([["push_lit", ok], ["return"]])))).toBe("badfile");
    expect(cs.lastBadFile?.reason).toMatch(/holds module Elixir.Hostile, not Elixir.Other/);
    expect(cs.current(atom("Elixir.Other"))).toBeUndefined();
  });
});

/** an Elixir expression for the bytes */
const binLiteral = (b: Uint8Array) => `<<${Array.from(b).join(", ")}>>`;

describe("verified code at run time", () => {
  it("a loop of backward jumps is preempted: another process keeps running", async () => {
    const spin = assembleFile("Elixir.Spin", one([{ label: "top" }, ["jump", "@top"]]));
    const src = `
{:module, Spin} = :code.load_binary(Spin, ~c"spin.bbc", ${binLiteral(spin)})
spawn(Spin, :f, [])
me = self()
spawn(fn -> send(me, {:counted, Enum.sum(1..2000)}) end)
receive do
  {:counted, n} -> IO.puts("the other process ran: #{n}")
end
`;
    const r = await runElixir(src, 5, 60000);
    const want = "the other process ran: 2001000\n";
    if (r.stdout !== want) throw new Error(failureReport(5, src, want, r));
  });

  it("raise with a class that is not error/exit/throw is badarg, not a VM fault", async () => {
    const bad = assembleFile("Elixir.BadRaise", one([["push_lit", { lit: 5 }], ["push_lit", ok], ["push_lit", { lit: atom("nil") }], ["raise"]]));
    const src = `
{:module, BadRaise} = :code.load_binary(BadRaise, ~c"r.bbc", ${binLiteral(bad)})
try do
  BadRaise.f()
rescue
  e -> IO.inspect(e)
end
`;
    const r = await runElixir(src, 5, 60000);
    const want = "%ArgumentError{message: \"argument error\"}\n";
    if (r.stdout !== want) throw new Error(failureReport(5, src, want, r));
  });

  it("load_binary of hostile code answers {:error, :badfile} and logs the module and the reason", async () => {
    const bad = assembleFile("Elixir.Hostile", one([["make_tuple", 100_000_000], ["return"]]));
    const src = `
IO.inspect(:code.load_binary(Hostile, ~c"hostile.bbc", ${binLiteral(bad)}))
IO.inspect(:code.is_loaded(Hostile))
Process.sleep(10)
`;
    const r = await runElixir(src, 5, 60000);
    const out = r.stdout.replace(/\d\d:\d\d:\d\d\.\d{3}/g, "HH:MM:SS.mmm");
    // the loader's report, then the code server's, each where Logger's process writes it among
    // the script's lines (elixir writes the first before {:error, :badfile}, the second after it)
    const reports = ["\nHH:MM:SS.mmm [error] Error loading module 'Elixir.Hostile':\n  make_tuple at 0: operand 1 out of range\n\n\n", "\nHH:MM:SS.mmm [error] Loading of hostile.bbc failed: :badfile\n\n"];
    const lines = "{:error, :badfile}\nfalse\n";
    const at = reports.map((report) => out.indexOf(report));
    const rest = reports.reduce((text, report) => text.replace(report, ""), out);
    if (at.includes(-1) || at[0] > at[1] || rest !== lines) throw new Error(failureReport(5, src, lines + reports.join(""), r));
  });
});
