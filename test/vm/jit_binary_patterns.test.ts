// Binary patterns in compiled code are straight-line reads of the binary, not the interpreter's
// matcher over a copy of every local (an array made and copied back at each clause tried: a
// lexer's clauses were most of its time and its garbage). Counted in the generated JS: no call
// of `match` is left for these shapes; what they bind is checked against Elixir by
// test/conformance/core/binary_patterns_compiled.exs in both tiers.
import { it, expect, afterAll } from "vitest";
import { Node } from "../../vm/node.ts";
import { setTier } from "../../vm/jit/tier.ts";
import { runScriptOn } from "./exits.model.ts";
import { RUNTIME } from "../../vm/jit/compile.ts";

afterAll(() => setTier("auto"));

/** stdout of a script run in the JIT tier, and the JS compiled for module `mod` */
async function compiled(mod: string, script: string): Promise<{ stdout: string; source: string }> {
  const g = globalThis as { process: { env: Record<string, string | undefined> } };
  const dumped: string[] = [];
  const error = console.error;
  setTier("jit");
  g.process.env.BEAMLET_JIT_DUMP = mod;
  console.error = (s: unknown) => void dumped.push(String(s));
  try {
    const r = await runScriptOn((host) => new Node(host), script, 60000);
    return { stdout: r.stdout, source: dumped.join("\n") };
  } finally {
    console.error = error;
    delete g.process.env.BEAMLET_JIT_DUMP;
    setTier("auto");
  }
}

it("a lexer's binary clauses compile without the interpreter's matcher", async () => {
  const { stdout, source } = await compiled("Elixir.Lx", `
defmodule Lx do
  def lex(<<>>, acc), do: Enum.reverse(acc)
  def lex(<<c, r::binary>>, acc) when c in ~c" \\t", do: lex(r, acc)
  def lex(<<"==", r::binary>>, acc), do: lex(r, [:eqeq | acc])
  def lex(<<c, _::binary>> = b, acc) when c in ?0..?9 do
    {n, r} = Integer.parse(b)
    lex(r, [n | acc])
  end
  def lex(<<c::utf8, r::binary>>, acc), do: lex(r, [c | acc])
  def take(b, n) do
    case b do
      <<h::binary-size(n), x::16-little, _::bitstring>> -> {h, x}
      <<n, body::binary-size(n), rest::binary>> -> {body, rest}
      _ -> :short
    end
  end
end
IO.inspect(Lx.lex("a == 12\\t7", []))
IO.inspect({Lx.take("abcdef", 2), Lx.take(<<2, "abcd">>, 9), Lx.take("", 1)})
`);
  expect(stdout).toBe(`[97, :eqeq, 12, 7]\n{{"ab", 25699}, {"ab", "cd"}, :short}\n`);
  expect(source).toContain("function f");
  expect(source.match(/\bmatch\(/g) ?? []).toEqual([]);
});

// (the expected lines are elixir 1.14's output of this script)
it("segment sizes computed from expressions compile to straight-line reads too", async () => {
  const { stdout, source } = await compiled("Elixir.Sz", `
defmodule Sz do
  def frame(<<len::16, payload::binary-size(len - 2), rest::binary>>), do: {payload, rest}
  def frame(_), do: :short
  def pick(k, bin) do
    case bin do
      <<a::size(div(k, 2))-unit(8), b::binary-size(rem(k, 3) * 2 + 0), _::bitstring>> -> {a, b}
      <<x::size(k * k - 1), _::bitstring>> -> {:bits, x}
      _ -> :none
    end
  end
end
IO.inspect({Sz.frame(<<0, 5, "abcdef">>), Sz.frame(<<0, 1, "ab">>), Sz.frame(<<0, 9, "ab">>)})
IO.inspect({Sz.pick(4, "abcdefgh"), Sz.pick(0, "abc"), Sz.pick(3, <<255, 255>>), Sz.pick(2.0, "abc"), Sz.pick(100, "a")})
`);
  expect(stdout).toBe(`{{"abc", "def"}, :short, :short}\n{{24930, "cd"}, {0, ""}, {255, ""}, :none, :none}\n`);
  expect(source).toContain("function f");
  expect(source.match(/\bmatch\(/g) ?? []).toEqual([]);
});

// A walk that hands its rest to the next iteration keeps it as a position in the binary
// (vm/jit/lazy_rest.ts), as the BEAM's match context: counted in the sub-binaries compiled code
// makes. Before, one per byte.
it("a binary walk makes no sub-binary per step in compiled code", async () => {
  const made = { n: 0 };
  const subBits = RUNTIME.subBits;
  RUNTIME.subBits = ((v, pos, n) => (made.n++, subBits(v, pos, n))) as typeof subBits;
  try {
    const { stdout } = await compiled("Elixir.Walk", `
defmodule Walk do
  def count(<<>>, n), do: n
  def count(<<?a, r::binary>>, n), do: count(r, n + 1)
  def count(<<_, r::binary>>, n), do: count(r, n)
  def ws(<<c, r::binary>>) when c in [?\\s, ?\\n], do: ws(r)
  def ws(b), do: b
end
IO.inspect({Walk.count(:binary.copy("abcd", 5000), 0), Walk.ws(String.duplicate(" ", 5000) <> "x y")})
`);
    expect(stdout).toBe(`{5000, "x y"}\n`);
    // the slices' ends make one each (the rest becomes a binary in the interpreter's frame), and ws its result
    expect(made.n).toBeLessThan(40);
  } finally {
    RUNTIME.subBits = subBits;
  }
});

// The same for a binary generator's loop (its rest handed to the fun that calls itself last) and
// for a walk whose body branches before its self call (the rest carried across the blocks of an
// `if`: lazy_rest.ts). Before, one sub-binary per byte for both. The output is elixir 1.14's.
it("a binary generator and a branching walk make no sub-binary per step in compiled code", async () => {
  const made = { n: 0 };
  const subBits = RUNTIME.subBits;
  RUNTIME.subBits = ((v, pos, n) => (made.n++, subBits(v, pos, n))) as typeof subBits;
  try {
    const { stdout } = await compiled("Elixir.Gen", `
defmodule Gen do
  def up(bin), do: for(<<c <- bin>>, into: "", do: <<if(c in ?a..?z, do: c - 32, else: c)>>)
  def odd(bin), do: for(<<c <- bin>>, rem(c, 2) == 1, into: "", do: <<c>>)
  def count(<<>>, n), do: n
  def count(<<c, r::binary>>, n), do: count(r, if(c == ?a, do: n + 1, else: n - 1))
  def rest(<<c, r::binary>>) when c != ?x, do: (if c == ?y, do: r, else: rest(r))
  def rest(b), do: b
  def tally(bin), do: for(<<c <- bin>>, into: %{}, do: {c, 1})
  def via(bin, f), do: for(<<c <- bin>>, into: "", do: f.(c))
end
IO.puts(Gen.up(:binary.copy("abc, d!", 3000)) |> binary_part(0, 14))
IO.inspect({Gen.tally(:binary.copy("abcd", 3000)), Gen.via(:binary.copy("xyz", 3000), &<<&1 - 23>>) |> binary_part(0, 6)})
IO.puts(byte_size(Gen.odd(:binary.copy("abcd", 3000))))
IO.inspect({Gen.count(:binary.copy("aab", 3000), 0), Gen.rest("qqqyzz"), Gen.rest("qqxqq"), Gen.up(<<"ab", 1::1>>)})
`);
    expect(stdout).toBe(`ABC, D!ABC, D!\n{%{97 => 1, 98 => 1, 99 => 1, 100 => 1}, "abcabc"}\n6000\n{3000, "zz", "xqq", "AB"}\n`);
    // the slices' ends make one each, and rest's results
    expect(made.n).toBeLessThan(60);
  } finally {
    RUNTIME.subBits = subBits;
  }
});

// A binary generator's loop is a fun handed itself and called last: in compiled code that call is
// the loop back to the entry (before, a JS call per byte, stopped and laid out as interpreter
// frames every 400 bytes). Its output is conformance core/for_binary_generator_loops's.
it("a binary generator's loop runs as a loop in compiled code", async () => {
  const { stdout, source } = await compiled("Elixir.Up", `
defmodule Up do
  def up(bin, k), do: for(<<ch <- bin>>, into: "", do: <<if(ch in ?a..?z, do: ch - k, else: ch)>>)
end
IO.puts(Up.up("hello, world", 32))
`);
  expect(stdout).toBe("HELLO, WORLD\n");
  const loop = source.split("\nfunction ").find((f) => f.includes("x.version === V"));
  expect(loop).toBeDefined();
  // (the append takes its two values as they are: no array of them per element; a byte appended
  // by appendByte, which reads no spec: test/vm/binary_append_store.test.ts, where the delayed
  // accumulator has no room: lazy_append.ts)
  expect(loop).toMatch(/ = appendByte\(K\d+, a\d+ === undefined \? s\d+ : appended\(s\d+, a\d+\), s\d+\);/);
  expect(loop).toMatch(/x\.version === V && x\.index === \d+ && x\.arity === 3 && !V\.purged\) \{\nl0 = s\d+; l1 = s\d+;( o1 = o\d+;)? l2 = s\d+; n2 = a\d+; l3 = x\.env\[0\];\n.*\ncontinue top;/);
});


// A loop's `<<acc::binary, byte>>` accumulator is kept as a binary and a length in compiled code
// (vm/jit/lazy_append.ts), the byte written in place: appendByte (a new binary each) runs only
// where the buffer has no room or the accumulator was read otherwise. Before, once per byte. The
// values are checked against elixir by conformance core/binary_append_accumulator_loops.
it("a byte-append accumulator makes no binary per byte in compiled code", async () => {
  const calls = { n: 0 };
  const appendByte = RUNTIME.appendByte;
  RUNTIME.appendByte = ((specs, acc, v) => (calls.n++, appendByte(specs, acc, v))) as typeof appendByte;
  try {
    const { stdout } = await compiled("Elixir.Acc", `
defmodule Acc do
  def rev(<<>>, acc), do: acc
  def rev(<<ch, r::binary>>, acc), do: rev(r, <<acc::binary, ch>>)
  def up(bin), do: for(<<c <- bin>>, into: "", do: <<if(c in ?a..?z, do: c - 32, else: c)>>)
end
a = Acc.rev(:binary.copy("abcd", 5000), "")
b = Acc.up(:binary.copy("ab, c", 4000))
IO.inspect({byte_size(a), binary_part(a, 19996, 4), byte_size(b), binary_part(b, 0, 10)})
`);
    expect(stdout).toBe(`{20000, "abcd", 20000, "AB, CAB, C"}\n`);
    // the first 64 bytes (small binaries, not appendable) and each growth of the buffer
    expect(calls.n).toBeLessThan(400);
  } finally {
    RUNTIME.appendByte = appendByte;
  }
});
