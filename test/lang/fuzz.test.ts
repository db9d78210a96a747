// Robustness: whatever the input, parse() returns an AST or throws a CompileError - never a
// TypeError/RangeError from the lexer or parser internals, and never hangs (each case runs under a time guard).
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, "fixtures");
const corpus = readdirSync(dir).filter((f) => f.endsWith(".exs")).sort().map((f) => readFileSync(join(dir, f), "utf8"));

function check(src: string) {
  const c0 = process.cpuUsage();
  try {
    parse(src, "fuzz.exs");
  } catch (e) {
    if (!(e instanceof CompileError)) throw new Error(`non-CompileError for ${JSON.stringify(src)}: ${e}`);
    // parse() wraps stray JS errors as "internal parser error": those are bugs too
    if (e.description.startsWith("internal parser error")) throw new Error(`${e.description} for ${JSON.stringify(src)}`);
    expect(typeof e.format(src)).toBe("string");
  }
  // a hang guard: parsing is linear, so a small input taking seconds means a loop went wrong.
  // CPU time, not wall-clock time: on a busy machine the same parse can take ten times longer.
  const cpu = process.cpuUsage(c0);
  const ms = (cpu.user + cpu.system) / 1000;
  if (ms > 2000) throw new Error(`parse took ${ms} ms of CPU for ${JSON.stringify(src.slice(0, 200))}`);
}

const pieces = [
  "do", "end", "fn", "->", "(", ")", "[", "]", "{", "}", "<<", ">>", "%{", "%", ",", ";", "\n", " ", ".", "|", "|>",
  "=", "==", "+", "-", "*", "/", "&", "&1", "@", "^", "!", "not", "in", "when", "and", "::", "<-", "\\\\", "..", "//",
  "x", "foo", "Foo", "Mod.f", ":ok", ":\"a\"", "a:", "\"s\"", "\"#{", "}", "'c'", "~w(", "~s\"", "\"\"\"\n", "1", "1.5",
  "?a", "0x1F", "#", "else", "rescue", "catch", "after", "case", "cond", "if", "def", "true", "nil", "=>", "...",
];

describe("parse never throws anything but CompileError", () => {
  it("random token soups", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (toks) => check(toks.join(" "))), { numRuns: 1500 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (toks) => check(toks.join(""))), { numRuns: 1500 });
  });

  it("random strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), check), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."(){}[]<>\"'#:;.,|&@%~?\\ \n=-+*/abcXYZ019_!^"), maxLength: 60 }), check), { numRuns: 2000 });
  });

  it("mutations of the fixtures (delete / insert / swap characters and tokens)", () => {
    const mutation = fc.record({
      file: fc.nat(corpus.length - 1),
      ops: fc.array(fc.record({
        kind: fc.constantFrom("del", "ins", "swap", "delspan", "dup"),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        len: fc.integer({ min: 1, max: 12 }),
        piece: fc.constantFrom(...pieces),
      }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(fc.property(mutation, ({ file, ops }) => {
      let s = corpus[file];
      for (const op of ops) {
        const i = Math.floor(op.at * s.length);
        switch (op.kind) {
          case "del": s = s.slice(0, i) + s.slice(i + 1); break;
          case "delspan": s = s.slice(0, i) + s.slice(i + op.len); break;
          case "ins": s = s.slice(0, i) + op.piece + s.slice(i); break;
          case "swap": s = s.slice(0, i) + s.slice(i + 1, i + 2) + s.slice(i, i + 1) + s.slice(i + 2); break;
          case "dup": s = s.slice(0, i) + s.slice(i, i + op.len) + s.slice(i); break;
        }
      }
      check(s);
    }), { numRuns: 1500 });
  });

  it("deep nesting is a CompileError, not a stack overflow", () => {
    check("(".repeat(5000) + "1" + ")".repeat(5000));
    check("[".repeat(5000) + "]".repeat(5000));
    check("-".repeat(20000) + "1");
    check("x = " + "fn -> ".repeat(3000) + "1" + " end".repeat(3000));
  });
});
