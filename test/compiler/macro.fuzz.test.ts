// Random quoted code (valid and invalid terms) through Macro.to_string and Code.eval_quoted's
// path (quoted term -> AST -> compile -> run on a node): the only failures allowed are Elixir's
// (a CompileError, or an exception raised in the evaluating process), never a raw JS exception.
import { describe, it, expect, beforeAll } from "vitest";
import fc from "fast-check";
import { Node } from "../../vm/node.ts";
import { compilerHost } from "../../vm/boot.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { compileScript } from "../../compiler/compile.ts";
import { termToAstOrError } from "../../compiler/quoted.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { macroToString } from "../../vm/bifs/macro_to_string.ts";
import { blockText } from "../../vm/bifs/macro_to_string_clauses.ts";
import { Term, Tuple, atom, bin, list, tuple, Float, NIL } from "../../vm/terms.ts";
import { mapFromEntries } from "../../vm/map.ts";

const SEED = Number(process.env.MACRO_FUZZ_SEED ?? 20261201);

let node: Node;
beforeAll(() => {
  node = new Node({ write() {}, now: () => 0, setTimer: () => ({ cancel() {} }), readFile: () => null });
  loadLibraryCached(node);
});

const NAMES = ["x", "y", "foo", "+", "-", "*", "==", "if", "case", "fn", "->", "__block__", "=", "{}", "%{}", "<<>>", ".", "__aliases__", "&", "|>", "raise", "quote", "unquote", "def", "Elixir.Enum", "sum", "::", "^", "when"];
const atoms = fc.constantFrom(...NAMES.map((n) => atom(n)), atom("nil"), atom("true"), atom("Elixir"), atom("do"), atom("line"));
const metas = fc.constantFrom<Term>(NIL, list([tuple(atom("line"), 1)]), list([tuple(atom("counter"), 3)]), list([tuple(atom("alias"), atom("false"))]), atom("bad_meta"));

/** a random term shaped like quoted code most of the time, and like anything else sometimes */
const quoted: fc.Arbitrary<Term> = fc.letrec<{ q: Term }>((tie) => ({
  q: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => new Float(d)),
    atoms,
    fc.string({ maxLength: 6 }).map((s) => bin(s)),
    fc.array(tie("q"), { maxLength: 4 }).map((xs) => list(xs)),
    fc.tuple(tie("q"), tie("q")).map(([a, b]) => tuple(a, b)),
    fc.tuple(atoms, metas, fc.oneof(atoms, fc.array(tie("q"), { maxLength: 3 }).map((xs) => list(xs)))).map(([n, m, a]) => tuple(n, m, a)),
    fc.tuple(tie("q"), metas, fc.array(tie("q"), { maxLength: 3 })).map(([n, m, a]) => tuple(n, m, list(a))),
    fc.array(tie("q"), { minLength: 4, maxLength: 5 }).map((xs) => tuple(...xs)),
    fc.tuple(atoms, tie("q")).map(([k, v]) => mapFromEntries([[k, v]])),
    // :erlang.error(term): code that compiles and raises
    tie("q").map((x) => tuple(tuple(atom("."), NIL, list([atom("erlang"), atom("error")])), NIL, list([x]))),
  ),
})).q;

let evalCount = 0;
/** Code.eval_quoted's path, synchronously: compile the term, run it in a process */
function evalQuoted(t: Term): "ok" | "compile_error" | "raised" {
  let script;
  try {
    const ast = termToAstOrError(t, "fuzz.exs", 1);
    script = compileScript(ast, "fuzz.exs", compilerHost(node, new Map()), [], { moduleName: `fuzz_eval_${++evalCount}` });
  } catch (e) {
    if (e instanceof CompileError) return "compile_error";
    throw e;
  }
  node.code.loadCompiled(script);
  const r = node.callSync(atom(script.name), atom("__script__"), []) as Tuple;
  // a raw JS error inside the VM ends the process with {:beamlet_internal_error, _}
  if (r.items[0] !== atom("ok")) {
    const reason = r.items[2];
    if (reason instanceof Tuple && reason.items[0] === atom("beamlet_internal_error")) throw new Error(`internal error evaluating ${String(t)}`);
    return "raised";
  }
  return "ok";
}

describe("macros robustness", () => {
  it(`Macro.to_string never throws on any term (seed ${SEED})`, { timeout: 120_000 }, () => {
    // blockText is the printer without macroToString's safety net: it must not need it
    fc.assert(fc.property(quoted, (t) => typeof blockText(t) === "string" && typeof macroToString(t) === "string"), { seed: SEED, numRuns: 3000 });
  });

  it(`Code.eval_quoted's path answers Elixir's errors only (seed ${SEED})`, { timeout: 300_000 }, () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(quoted, (t) => {
        seen.add(evalQuoted(t));
      }),
      { seed: SEED, numRuns: 400 },
    );
    // the generator reaches compiled, raising and refused code alike
    expect([...seen].sort()).toEqual(["compile_error", "ok", "raised"]);
  });
});
