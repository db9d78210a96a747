// Parsing and lexing do work linear in the input: measured by counting (tokens consumed, tokens
// given back by backtracking, steps to find positions, characters the quoted-text scanner looks
// at), never by timing, so the tests hold on a loaded machine. Before, 40 nested parentheses
// backtracked for 39 s and a 100,000-element list on one line took a minute to lex.
import { describe, it, expect } from "vitest";
import { parse, parseWork, resetMaxDepth } from "../../lang/parse.ts";
import { Parser } from "../../lang/parser.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { tokenize, LineTable } from "../../lang/lexer.ts";
import { scanWork } from "../../lang/quoted_text.ts";

const nest = (depth: number, open: string, inner: string, close: string) => open.repeat(depth) + inner + close.repeat(depth);

const shapes: [string, (d: number) => string][] = [
  ["parentheses", (d) => `IO.puts(${nest(d, "(", "1", ")")})`],
  ["parentheses around a clause head", (d) => `f = fn ${nest(d, "(", "x", ")")} -> x end`],
  ["lists", (d) => `x = ${nest(d, "[", "1", "]")}`],
  ["tuples", (d) => `x = ${nest(d, "{", "1", "}")}`],
  ["maps", (d) => `x = ${nest(d, "%{a: ", "1", "}")}`],
  ["fns", (d) => `x = ${nest(d, "fn -> ", "1", " end")}`],
  ["calls", (d) => `x = ${nest(d, "f(", "1", ")")}`],
  ["unary operators", (d) => `x = ${nest(d, "-(", "1", ")")}`],
  // prefix operators without brackets: one JS frame each before (10,000: "nested too deeply")
  ["prefix operator chains", (d) => `x = ${"- ".repeat(d)}1`],
  ["not chains", (d) => `x = ${"not ".repeat(d)}true`],
  ["! chains", (d) => `x = ${"!".repeat(d)}true`],
  // access brackets and no-parens calls: one JS frame (or more) each before (1,000: "nested too deeply")
  ["access chains", (d) => `x = ${nest(d, "a[", "1", "]")}`],
  ["no-parens call chains", (d) => `x = ${"f ".repeat(d)}1`],
  ["no-parens call chains with operators and more arguments", (d) => `x = ${"f ".repeat(d)}1 + 2, 3`],
  ["remote no-parens call chains", (d) => `x = ${"a.f ".repeat(d)}1`],
  ["keyword no-parens call chains", (d) => `x = ${"f a: ".repeat(d)}1`],
  ["keyword no-parens call chains with more pairs", (d) => `x = ${"f a: g b: ".repeat(d)}1 + 2, c: 3`],
  ["remote no-parens call chains on aliases, with operators and more arguments", (d) => `x = ${"A.B.f ".repeat(d)}1 + 2, 3`],
  // remote keyword chains, local and remote calls alternating, structs: one JS frame (or more)
  // each before (1,000: "nested too deeply")
  ["remote keyword no-parens call chains", (d) => `x = ${"M.f a: ".repeat(d)}1`],
  ["local and remote no-parens calls alternating", (d) => `x = ${"f M.g ".repeat(d / 2)}1`],
  ["remote and local no-parens calls alternating, keywords between", (d) => `x = ${"M.g f a: ".repeat(d / 2)}1 + 2, b: 3`],
  ["structs", (d) => `x = ${nest(d, "%A{a: ", "1", "}")}`],
  ["structs named by alias chains, variables, attributes", (d) => `x = ${nest(d / 4, "%A.B{a: %x{a: %@s{a: %__MODULE__{a: ", "1", "}}}}")}`],
  ["binaries", (d) => `x = ${nest(d, "<< ", "1", " >>")}`],
  ["match chains", (d) => Array.from({ length: d }, (_, i) => `a${i}`).join(" = ") + " = 1"],
  ["case do-blocks", (d) => `x = ${nest(d, "case x do\n_ -> ", "1", "\nend")}`],
  ["if do-blocks with else", (d) => `x = ${nest(d, "if x do ", "1", " else 2 end")}`],
];

/** parse, returning the work done and how it ended */
function measure(src: string): { tokens: number; advances: number; backtracked: number; maxDepth: number; error: string | null } {
  const tokens = tokenize(new LineTable(src), "nofile").length;
  const before = parseWork();
  resetMaxDepth();
  let error: string | null = null;
  try {
    parse(src, "nofile");
  } catch (e) {
    expect(e).toBeInstanceOf(CompileError);
    error = (e as CompileError).message;
  }
  const after = parseWork();
  return { tokens, advances: after.advances - before.advances, backtracked: after.backtracked - before.backtracked, maxDepth: after.maxDepth, error };
}

describe("the parser does work linear in the input", () => {
  for (const [name, make] of shapes) {
    it(`${name} nested 500 deep: parsed, each token consumed about once`, () => {
      const m = measure(make(500));
      expect(m.error).toBe(null);
      expect(m.advances).toBeLessThanOrEqual(2 * m.tokens);
      expect(m.backtracked).toBeLessThanOrEqual(m.tokens);
    });
    it(`${name} nested 10,000 deep: parsed after linear work, on a bounded JS stack`, () => {
      // Elixir 1.14 parses all of these; before, beamlet stopped with "nested too deeply"
      const m = measure(make(10_000));
      expect(m.error).toBe(null);
      expect(m.advances).toBeLessThanOrEqual(2 * m.tokens);
      expect(m.backtracked).toBeLessThanOrEqual(m.tokens);
      // constructs deeper than the parser's limit wait for a fresh JS stack
      expect(m.maxDepth).toBeLessThanOrEqual(new Parser().deferDepth + 2);
    });
  }

  // sigils: before, the scan took one JS stack level per sigil (1,000: "nested too deeply")
  for (const [name, open, close] of [["strings", '"#{', '}"'], ["sigils", '~s"#{', '}"'], ["sigils in parentheses", "~s(#{", "})"], ["charlist sigils", "~c[#{", "}]"]]) {
    it(`interpolation in ${name} nested 10,000 deep: parsed, each character scanned a bounded number of times`, () => {
      const src = `x = ${nest(10_000, open, "1", close)}`;
      const chars = scanWork.chars;
      const m = measure(src);
      expect(m.error).toBe(null);
      expect(m.maxDepth).toBeLessThanOrEqual(new Parser().deferDepth + 2);
      // each text is scanned once (the lexing of an inner interpolation finds it remembered);
      // before, every level rescanned everything inside it (quadratic, as in Elixir itself)
      expect(scanWork.chars - chars).toBeLessThanOrEqual(4 * src.length);
    });
  }
});

describe("the lexer does work linear in the input on 1M-character lines", () => {
  const lines: [string, string][] = [
    ["a list of names", "x = [" + Array.from({ length: 50_000 }, (_, i) => `name_number_${String(i).padStart(6, "0")}`).join(",") + "]"],
    ["a string", `x = "${"abc#\\n".repeat(200_000)}"`],
    ["a charlist with interpolations", `x = '${"ab#{1}".repeat(125_000)}'`],
    ["a sum", "x = " + Array.from({ length: 100_000 }, (_, i) => `${i % 10}`).join(" + ")],
    // heredocs are not one line, but their lines and interpolations must cost no more
    ["a heredoc with 40,000 interpolated lines", `x = """\n${"  a #{x} b\n".repeat(40_000)}  """\n`],
    ["a sigil heredoc with 40,000 interpolated lines", `x = ~s"""\n${"  a #{x} b\n".repeat(40_000)}  """\n`],
    ["a heredoc with 100,000 interpolations on one line", `x = """\n${"a #{x} ".repeat(100_000)}\n"""\n`],
  ];
  // runs of characters an identifier may hold but not start with: each `!` or `@` token looked
  // through the whole rest of the run for a non-ASCII character (20,000 `!`: 4 s; `λ@` x 16,000:
  // 140 s); such a run is now looked at once
  const runs: [string, string][] = [
    ["a line of `!`", "x = " + "!".repeat(400_000) + "true"],
    ["a line of `@`", "@".repeat(400_000) + "x"],
    ["a line of `:`", ":".repeat(400_000) + "a"],
  ];
  for (const [name, src] of runs) {
    it(name, () => {
      const chars = scanWork.chars;
      tokenize(new LineTable(src), "nofile");
      expect(scanWork.chars - chars).toBeLessThanOrEqual(2 * src.length);
    });
  }
  it("a line of `λ@` is refused as Elixir refuses it, after one look", () => {
    const src = "x = " + "λ@".repeat(200_000);
    const chars = scanWork.chars;
    expect(() => tokenize(new LineTable(src), "nofile")).toThrow(/invalid character "@" \(code point U\+0040\) in identifier: λ@λ@/);
    expect(scanWork.chars - chars).toBeLessThanOrEqual(2 * src.length);
  });
  for (const [name, src] of lines) {
    it(name, () => {
      expect(src.length).toBeGreaterThanOrEqual(400_000);
      const lt = new LineTable(src);
      const chars = scanWork.chars;
      const toks = tokenize(lt, "nofile");
      // a position costs one step plus a binary search over the line starts
      const lines = src.split("\n").length;
      expect(lt.steps).toBeLessThanOrEqual((toks.length + 3) * (3 + Math.ceil(Math.log2(lines))));
      expect(scanWork.chars - chars).toBeLessThanOrEqual(3 * src.length);
      // parsing lexes each interpolation once more (as its own token list), no more
      const all = scanWork.chars;
      const m = measure(src);
      expect(m.error).toBe(null);
      expect(scanWork.chars - all).toBeLessThanOrEqual(5 * src.length);
    });
  }
});
