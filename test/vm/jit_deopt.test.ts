// Compiled code stays optimised by V8 where a slice ends: a slice's end and the batch's end (the
// scheduler letting the host's events in) stop compiled code through calls V8 has seen run, so
// its optimised code has nothing to discard there (a call it has never seen run is a forced
// deoptimisation: "Insufficient type feedback for call", and every compiled frame on the stack
// went back to V8's interpreter at the first batch's end). Read from V8's --trace-deopt.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), "../../cli/bin.js");

// body recursion, a self tail loop and calls of a fun, each long past a slice and a batch
const PROGRAM = `
defmodule Work do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + 1)
  def each(0, _f, acc), do: acc
  def each(n, f, acc), do: each(n - 1, f, f.(acc))
end
for _ <- 1..3 do
  IO.puts(Work.fib(24) + Work.loop(1_000_000, 0) + Work.each(300_000, fn x -> x + 1 end, 0))
end
`;

// a loop whose exit returns a literal, a path that has not run when V8 optimises the loop
const LITERAL_EXIT = `
require Logger
Logger.configure(level: :info)
defmodule Loop do
  require Logger
  def run(0), do: :ok
  def run(n) do
    Logger.debug("step #{n}")
    run(n - 1)
  end
end
for _ <- 1..3, do: IO.puts(Loop.run(100_000))
`;

/** stdout of the program run under V8's --trace-deopt, its lines for forced deoptimisations of
 *  compiled code, and those for an object of a map the optimised code had not seen */
function traced(program: string): { lines: string[]; forced: string[]; wrongMap: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "beamlet-deopt-"));
  try {
    const file = join(dir, "work.exs");
    writeFileSync(file, program);
    const out = execFileSync(process.execPath, ["--trace-deopt", BIN, "run", file], { encoding: "utf8", maxBuffer: 1 << 28, timeout: 300_000 });
    // compiled functions are f<index> (resume entries r<index>)
    const compiled = out.split("\n").filter((l) => /<JSFunction [fr]\d+ /.test(l));
    const forced = compiled.filter((l) => /reason: Insufficient type feedback/.test(l));
    const wrongMap = compiled.filter((l) => /reason: wrong map/.test(l));
    return { lines: out.split("\n").filter((l) => !l.startsWith("[")), forced, wrongMap };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("compiled code at a slice's end", () => {
  it("is not deoptimised by V8 for want of feedback", () => {
    const { lines, forced } = traced(PROGRAM);
    expect(lines.filter((l) => /^\d+$/.test(l))).toEqual(["1346368", "1346368", "1346368"]);
    expect(forced).toEqual([]);
  });
});

// a literal is read once, in the generated function's prologue: a read of the literals' array at
// a path V8 had not seen run (the loop's exit) threw the optimised loop away there
describe("compiled code at a loop's exit with a literal", () => {
  it("is not deoptimised by V8 for want of feedback", () => {
    const { lines, forced } = traced(LITERAL_EXIT);
    expect(lines.filter((l) => l === "ok")).toEqual(["ok", "ok", "ok"]);
    expect(forced).toEqual([]);
  });
});

// a binary walk with a delayed rest and a byte-append accumulator (vm/jit/lazy_rest.ts,
// lazy_append.ts): its stop at a batch's end made the operand slots' delayed values there
// (subBits, appended: calls V8 had not seen run), and the loop going on after the stop took its
// first byte through appendByte's in-place path, which it had never run either: each threw the
// optimised loop away, which then ran in V8's interpreter until compiled again. (the loops'
// exits and growths run first on shorter binaries: what a batch's end runs is watched here)
const BINARY_WALK = `
defmodule Walk do
  def up(bin), do: for(<<ch <- bin>>, into: "", do: <<if(ch in ?a..?z, do: ch - 32, else: ch)>>)
  def rev(<<>>, acc), do: acc
  def rev(<<ch, r::binary>>, acc), do: rev(r, <<acc::binary, ch>>)
end
mid = :binary.copy("abc, def ", 40)
short = for _ <- 1..2000, reduce: 0, do: (n -> n + byte_size(Walk.up(mid)) + byte_size(Walk.rev(mid, "")))
long = :binary.copy("hello world, this is a test of binaries! ", 50_000)
for _ <- 1..3, do: IO.puts(short + byte_size(Walk.up(long)) + byte_size(Walk.rev(long, "")))
IO.puts(binary_part(Walk.up(long), 0, 11) <> binary_part(Walk.rev(long, "x"), 0, 6))
`;

describe("a compiled binary walk at a batch's end", () => {
  it("is not deoptimised by V8 for want of feedback", () => {
    const { lines, forced } = traced(BINARY_WALK);
    expect(lines.filter((l) => l !== "")).toEqual(["5540000", "5540000", "5540000", "HELLO WORLDxhello"]);
    expect(forced).toEqual([]);
  });
});

// a fun's captured values are an array of one V8 map whichever tier made the fun and whatever it
// captured (vm/fun_env.ts): the interpreter's `new Array(n)` of integers, compiled code's `[k]`
// and an env holding an atom or nothing were four maps, and each new one at a call of a fun in
// optimised code threw it away ("wrong map"), as did a test of the env's length that had not run
const FUN_ENVS = `
defmodule H do
  def each(_f, 0, acc), do: acc
  def each(f, n, acc), do: each(f, n - 1, f.(acc))
end
defmodule Mk do
  def add(k), do: fn x -> x + k end
  def tag(t), do: fn x -> if t == :a, do: x + 1, else: x end
  def none, do: fn x -> x + 1 end
end
IO.puts(H.each(Mk.none(), 100_000, 0))
for i <- 1..100, do: Mk.add(i)
IO.puts(H.each(Mk.add(1), 100_000, 0))
IO.puts(H.each(Mk.tag(:a), 100_000, 1))
`;

describe("a compiled call of funs with other captured values", () => {
  it("is not deoptimised by V8 for an env's map or length", () => {
    const { lines, forced, wrongMap } = traced(FUN_ENVS);
    expect(lines.filter((l) => l !== "")).toEqual(["100000", "100000", "100001"]);
    expect(wrongMap).toEqual([]);
    expect(forced).toEqual([]);
  });
});
