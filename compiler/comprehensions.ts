// for comprehensions desugar into Enum.reduce over each generator (filters become ifs):
//   for x <- xs, f(x), y <- ys, do: body
//   => :lists.reverse(Enum.reduce(xs, [], fn x, acc -> if f(x), do: Enum.reduce(ys, acc, ...), else: acc end))
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, isBitstringGenerator, varName, keywordPairs, call, v, listA, tupleA, atomA, clause, caseA, remote, clausesOf, lineOf } from "./ast_util.ts";
import { requireSegmentSize } from "./binaries.ts";
import type { ModCtx } from "./context.ts";
import { tmpName } from "./expressions.ts";
import { unseen } from "./sibling_scopes.ts";
import { generatedMatch } from "./unwanted_values.ts";
import { generatedFnSource } from "./fun_numbering.ts";
import { generatorGuards } from "./guard_site_frames.ts";
import { spliceBitstringSegments } from "./bitstring_splice.ts";
import { someNode } from "./ast_walk.ts";
import { expandedExpression } from "./expanded_definition.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";

/** the options `for` takes; another is Elixir's CompileError before anything is expanded */
const FOR_OPTIONS = new Set(["do", "into", "uniq", "reduce"]);

/** `trace`: the frames under its compile errors (the module body's frame in a def, none elsewhere);
 *  `badValue`: warns of a body the Erlang compiler knows is no bitstring in a bitstring
 *  comprehension (where the code is compiled) */
export function desugarFor(a: AstCall, mod: ModCtx, trace: "module" | "none" = "none", badValue?: () => void): Ast {
  const args = a.args ?? [];
  let last = args[args.length - 1];
  let opts = keywordPairs(last);
  if (!opts) return mod.error("for comprehensions must end with a do block", a.meta.line);
  // `for x <- xs, into: %{} do ... end`: the options and the do block are two keyword lists
  let nsteps = args.length - 1;
  const before = args[args.length - 2];
  const beforeKw = before && before.t === "list" && before.items.length > 0 ? keywordPairs(before) : null;
  if (beforeKw) {
    opts = [...beforeKw, ...opts];
    nsteps--;
  }
  const get = (k: string) => opts.find(([x]) => x === k)?.[1];
  const body = get("do");
  const into = get("into");
  const reduce = get("reduce");
  const uniq = get("uniq");
  const unsupported = opts.find(([k]) => !FOR_OPTIONS.has(k));
  if (unsupported) return mod.error(`unsupported option :${unsupported[0]} given to for`, a.meta.line, trace);
  if (body === undefined) return mod.error("missing :do option in \"for\"", a.meta.line, trace);
  // :uniq takes a literal boolean only: anything else is shown as Elixir expanded it
  if (uniq !== undefined && !(uniq.t === "atom" && (uniq.v === "true" || uniq.v === "false"))) {
    return mod.error(`:uniq option for comprehensions only accepts a boolean, got: ${macroToString(expandedExpression(mod, uniq))}`, a.meta.line, trace);
  }
  if (reduce !== undefined && (into !== undefined || uniq !== undefined)) return mod.error("cannot use :reduce alongside :into/:uniq in comprehension", a.meta.line, trace);
  const steps = args.slice(0, nsteps);
  const acc = tmpName("acc");
  // into: anything but [], "" or %{} goes through Collectable as Elixir's for does: into/1 is asked
  // first (before any body runs), each value is given to its fun as {:cont, value} (a map's fun
  // rejects a non-pair with FunctionClauseError), then :done, or :halt when the body raised
  // (with uniq: too, each new value given to the fun as it is made, as Elixir's for does)
  const intoCollectable = into !== undefined && !(into.t === "str" && into.v === "") && !(isCall(into, "<<>>") && (into.args ?? []).length === 0) && !(into.t === "list" && into.items.length === 0) && !(isCall(into, "%{}") && (into.args ?? []).length === 0);
  const intoFun = tmpName("into_fun");
  const uniqOn = uniq !== undefined && !(uniq.t === "atom" && uniq.v === "false");
  // one generator (the rest filters) over a list, a range or a map: only this code reaches the
  // accumulator, so :beamlet.reverse_for/2 reverses its cells in place (another Enumerable's
  // reduce sees it: copied then); its enumerable is bound first to be asked which it is
  const gens = steps.filter((st) => isCall(st, "<-") || isBitstringGenerator(st));
  // into: "" over a generator that is not a binary one (Elixir's inline `for` into a binary): each
  // value joins an iolist accumulator as it is made, a value that is no bitstring fails there and
  // then, in the generator's fun, with {:badarg, value} (an Erlang bitstring comprehension when
  // every generator is a binary one, and with uniq:, are left to the list path below)
  const intoBits = into !== undefined && uniq === undefined && ((into.t === "str" && into.v === "") || (isCall(into, "<<>>") && into.args?.length === 0))
    && !gens.every(isBitstringGenerator);
  const emptyInto = into === undefined || (into.t === "list" && into.items.length === 0) || (into.t === "str" && into.v === "") || (isCall(into, "<<>>") && into.args?.length === 0);
  const erlangComprehension = gens.every(isBitstringGenerator) && emptyInto && reduce === undefined && uniq === undefined;
  // its bitstring form (into ""): each value is appended to the bitstring made so far, as
  // <<acc::bitstring, value::bitstring>> (a value that is no bitstring fails in segment 2)
  const bitsComprehension = erlangComprehension && into !== undefined && !(into.t === "list");
  const intoProtocol = intoCollectable && !intoBits && !bitsComprehension;
  const intoEmptyBits = into !== undefined && ((into.t === "str" && into.v === "") || (isCall(into, "<<>>") && into.args?.length === 0)) && !intoBits && !bitsComprehension && reduce === undefined;
  // uniq: over the list path (into [] or %{}, or none): Elixir's {made, seen} accumulator
  const uniqList = uniqOn && !intoProtocol && !intoEmptyBits && !intoBits && !bitsComprehension && reduce === undefined;
  const single = !uniqList && reduce === undefined && !intoProtocol && gens.length === 1 && isCall(steps[0], "<-") && steps[0].args?.length === 2 ? tmpName("enum") : null;
  // with uniq:, the accumulator is {what is made, the values seen}: the body's value is added by
  // `add` only when it was not seen before
  const uniqStep = (add: (made: Ast, value: Ast) => Ast): Ast => {
    const [made, seen, value] = [tmpName("made"), tmpName("seen"), tmpName("value")];
    return call("__block__", [
      call("=", [tupleA([v(made), v(seen)]), v(acc)]),
      call("=", [v(value), body]),
      caseA(remote("erlang", "is_map_key", [v(value), v(seen)]), [
        clause([atomA("true")], v(acc)),
        clause([atomA("false")], tupleA([add(v(made), v(value)), remote("maps", "put", [v(value), atomA("true"), v(seen)])])),
      ]),
    ]);
  };
  const inner = (i: number): Ast => {
    if (i === steps.length) {
      if (intoBits) {
        const value = v(tmpName("value"));
        return caseA(body, [
          clause([value], listA([call("|", [v(acc), value])]), call("is_bitstring", [value])),
          clause([value], remote("erlang", "error", [tupleA([atomA("badarg"), value])], a.meta)),
        ]);
      }
      if (bitsComprehension) {
        // (a body whose value v3_core knows is no bitstring, a list, a tuple or a literal other
        // than a string, is computed, then the plain badarg of a construction that will fail;
        // a map is a value it does not know)
        if (!notBitstring(body)) return call("<<>>", [call("::", [v(acc), v("bitstring")]), call("::", [body, v("bitstring")])]);
        badValue?.();
        return call("__block__", [body, remote("erlang", "error", [atomA("badarg")], a.meta)]);
      }
      if (reduce !== undefined) {
        const clauses = clausesOf(body);
        if (!clauses || clauses.some((c) => c.args.length !== 1)) return mod.error("when using :reduce with comprehensions, the do block must be written using acc -> expr clauses, where each clause expects the accumulator as a single argument", a.meta.line, trace);
        return caseA(v(acc), (body as { items: Ast[] }).items);
      }
      // the collectable's accumulator and the values given so far: a value seen before is skipped
      // before it reaches the collectable
      if (intoProtocol && uniqOn) return uniqStep((made, value) => call(call(".", [v(intoFun)]), [made, tupleA([atomA("cont"), value])]));
      if (intoProtocol) return call(call(".", [v(intoFun)]), [v(acc), tupleA([atomA("cont"), body])]);
      if (intoEmptyBits) {
        // (into: "" with uniq:) a value that is no bitstring fails as it is made, in the
        // generator's fun, as Elixir's appending it to the binary does
        const value = v(tmpName("value"));
        return listA([call("|", [caseA(body, [
          clause([value], value, call("is_bitstring", [value])),
          clause([value], remote("erlang", "error", [tupleA([atomA("badarg"), value])], a.meta)),
        ]), v(acc)])]);
      }
      // (uniq: the values made and the values seen, as Elixir's for keeps them)
      if (uniqList) return uniqStep((made, value) => listA([call("|", [value, made])]));
      return listA([call("|", [body, v(acc)])]);
    }
    const step = steps[i];
    const binGen: boolean = isBitstringGenerator(step);
    if ((isCall(step, "<-") && step.args) || binGen) {
      let pat: Ast, enumAst: Ast;
      if (binGen) {
        // <<a, b::size(4), c <- bin>>: unfold the binary segment by segment into tuples
        const written = [...(step as AstCall).args!];
        const [lastSeg, binAst] = (written.pop() as AstCall).args!;
        written.push(lastSeg);
        // (a segment written as <<...>>, as in `<<(<<a::4, b::4>> <- bin)>>`, is spliced into the
        // generator's pattern as in any bitstring pattern: its segments are the ones unfolded)
        // (null only after an error, which throws)
        const segs = spliceBitstringSegments(written, mod, a.meta.line ?? 0, true)!;
        for (const seg of written) requireSegmentSize(seg, mod, lineOf(seg) ?? a.meta.line ?? 0);
        // a segment's value is taken by a fresh variable and matched against its pattern after,
        // except a variable's first occurrence, which keeps its name: a later segment's size may
        // read it (`<<n, s::binary-size(n) <- bin>>`)
        const named = new Set<string>();
        const fresh: Ast[] = segs.map((sg) => {
          const [value, spec] = isCall(sg, "::") && sg.args ? sg.args : [sg, undefined];
          const name = varName(value);
          // (its own segment's size reads the variable from outside: that one stays fresh)
          if (name === null || name === "_" || named.has(name) || someNode(spec, (x) => varName(x) === name || undefined)) return v(tmpName("bg"));
          named.add(name);
          return value;
        });
        const valuePats: Ast[] = [];
        const unfoldSegs = segs.map((sg, i) => {
          if (isCall(sg, "::") && sg.args) {
            valuePats.push(sg.args[0]);
            return call("::", [fresh[i], sg.args[1]], sg.meta);
          }
          valuePats.push(sg);
          return fresh[i];
        });
        // the binary is walked by a fn that is handed itself (as the Erlang compiler's lbc function
        // recurses): each turn takes the segments off the front, runs what follows the generator
        // and goes on with the rest; the first rest the segments do not match ends it
        // (was Enum.reduce over Stream.unfold: ~10x Elixir's time per byte)
        const rest = v(tmpName("rest"));
        const loop = v(tmpName("loop"));
        // the segments' values are matched against their patterns after (a repeated variable is an
        // equality there); when every segment is a variable of its own, the head's binding is it
        const plain = fresh.every((f, k) => f === valuePats[k]);
        const turn = plain ? inner(i + 1)
          : caseA({ t: "tuple", items: fresh }, [clause([{ t: "tuple", items: valuePats }], inner(i + 1)), clause([v("_")], v(acc))]);
        const loopFn = call("fn", [
          // the rest is a bitstring: generators may take segments that are not whole bytes
          call("->", [listA([loop, call("<<>>", [...unfoldSegs, call("::", [rest, v("bitstring")])]), v(acc)]), call(call(".", [loop]), [loop, rest, turn])]),
          call("->", [listA([v("_"), v("_"), v(acc)]), v(acc)]),
        ]);
        // a value that is no bitstring fails when the generator is reached: {:bad_generator, v} in
        // the Erlang comprehension Elixir makes when every generator is a binary one (into [] or
        // ""), {:badarg, v} from the named fun of its reduce otherwise (elixir_erl_for)
        const bits = v(tmpName("bits"));
        const notBits = erlangComprehension ? "bad_generator" : "badarg";
        return caseA(binAst, [
          clause([bits], call("__block__", [call("=", [loop, loopFn]), call(call(".", [loop]), [loop, bits, v(acc)])]), call("is_bitstring", [bits])),
          clause([bits], remote("erlang", "error", [tupleA([atomA(notBits), bits])], a.meta)),
        ]);
      } else {
        [pat, enumAst] = (step as AstCall).args!;
        // (what the enumerable's code binds is seen by nothing after it)
        enumAst = i === 0 && single !== null ? v(single) : unseen(enumAst);
      }
      const x = tmpName("gen");
      // a generator's guard is no guard: Elixir makes it the first filter, `case guard do true ->
      // ...; false -> acc end`, its code run as Erlang's (elixir_erl_for): a call in it that
      // fails raises, a value that is no boolean is a CaseClauseError
      const guarded = !binGen && isCall(pat, "when") && pat.args?.length === 2;
      const filter = guarded ? erlangGuardExpression((pat as AstCall).args![1]) : null;
      if (filter) generatorGuards.set(filter, (pat as AstCall).args![1]);
      const matched = filter ? caseA(filter, [clause([atomA("true")], inner(i + 1)), clause([atomA("false")], v(acc))]) : inner(i + 1);
      if (guarded) pat = (pat as AstCall).args![0];
      const fnAst = call("fn", [call("->", [listA([v(x), v(acc)]), caseA(v(x), [clause([pat], matched), clause([v("_")], v(acc))])])]);
      // (a binary generator is an Erlang comprehension or a named fun there, numbered otherwise)
      if (!binGen) generatedFnSource.set(fnAst, step);
      return remote("Elixir.Enum", "reduce", [enumAst, v(acc), fnAst], a.meta);
    }
    return call("if", [step, listA([{ t: "tuple", items: [{ t: "atom", v: "do" }, inner(i + 1)] }, { t: "tuple", items: [{ t: "atom", v: "else" }, v(acc)] }])]);
  };
  if (intoProtocol) {
    const [done, kind, reason] = [tmpName("done"), tmpName("kind"), tmpName("reason")];
    const funCall = (x: Ast, arg: Ast) => call(call(".", [v(intoFun)]), [x, arg]);
    const start = uniqOn ? tmpName("start") : acc;
    return call("__block__", [
      call("=", [tupleA([v(start), v(intoFun)]), remote("Elixir.Collectable", "into", [into!])]),
      ...(uniqOn ? [call("=", [v(acc), tupleA([v(start), call("%{}", [])])])] : []),
      call("try", [listA([
        tupleA([atomA("do"), inner(0)]),
        tupleA([atomA("else"), listA([clause([v(done)], funCall(uniqOn ? remote("erlang", "element", [{ t: "int", v: 1n }, v(done)]) : v(done), atomA("done")))])]),
        tupleA([atomA("catch"), listA([clause([v(kind), v(reason)], call("__block__", [funCall(v(start), atomA("halt")), remote("erlang", "raise", [v(kind), v(reason), v("__STACKTRACE__")])]))])]),
      ])]),
    ]);
  }
  const init = reduce !== undefined ? reduce : bitsComprehension ? call("<<>>", []) : uniqList ? tupleA([listA([]), call("%{}", [])]) : listA([]);
  // (its value is warned of as Elixir's generator is: the binding is beamlet's, no match in Erlang)
  const hoisted = single !== null ? [generatedMatch(call("=", [v(single), unseen((steps[0] as AstCall).args![1])]) as AstCall)] : [];
  const start = [call("=", [v(acc), init]), ...hoisted];
  if (reduce !== undefined || bitsComprehension) return call("__block__", [...start, inner(0)]);
  if (intoBits) return remote("erlang", "list_to_bitstring", [call("__block__", [...start, inner(0)])]);
  // (the enumerable is bound before the call that reads it: a call's arguments do not see each
  // other's bindings)
  let result: Ast = single !== null
    ? call("__block__", [...start, remote("beamlet", "reverse_for", [inner(0), v(single)])])
    : uniqList ? remote("lists", "reverse", [remote("erlang", "element", [{ t: "int", v: 1n }, call("__block__", [...start, inner(0)])])])
    : remote("lists", "reverse", [call("__block__", [...start, inner(0)])]);
  if (uniqOn && !uniqList) result = remote("Elixir.Enum", "uniq", [result]);
  // into: "" (with uniq:): the values, each checked to be a bitstring as it was made, joined
  if (intoEmptyBits) result = remote("erlang", "list_to_bitstring", [result]);
  else if (into !== undefined && isCall(into, "%{}") && (into.args ?? []).length === 0) result = remote("maps", "from_list", [result]);
  else if (into !== undefined) result = remote("Elixir.Enum", "into", [result, into]);
  return result;
}

/** a guard as the Erlang expression Elixir translates it to, run as code: `and`/`or` (and
 *  another `when`) are andalso/orelse, whose left side must be a boolean (else {:badarg, value}),
 *  `not` takes a boolean only (else :badarg), `map.field` is :erlang.map_get/2 */
function erlangGuardExpression(g: Ast): Ast {
  if (g.t !== "call") return g;
  const args = g.args ?? [];
  const shortCircuit = (left: Ast, right: Ast, onTrue: Ast | null) => {
    const other = v(tmpName("other"));
    const r = erlangGuardExpression(right);
    return caseA(erlangGuardExpression(left), [
      clause([atomA("true")], onTrue ?? r),
      clause([atomA("false")], onTrue ? r : atomA("false")),
      clause([other], remote("erlang", "error", [tupleA([atomA("badarg"), other])], g.meta)),
    ], g.meta);
  };
  if (args.length === 2 && g.name === "and") return shortCircuit(args[0], args[1], null);
  if (args.length === 2 && (g.name === "or" || g.name === "when")) return shortCircuit(args[0], args[1], atomA("true"));
  // (Erlang's `not` is an instruction: its badarg has no :erlang.not/1 frame)
  if (args.length === 1 && g.name === "not") {
    return caseA(erlangGuardExpression(args[0]), [clause([atomA("true")], atomA("false")), clause([atomA("false")], atomA("true")), clause([v("_")], remote("erlang", "error", [atomA("badarg")], g.meta))], g.meta);
  }
  if (args.length === 0 && typeof g.name !== "string" && isCall(g.name, ".") && g.meta.no_parens && g.name.args?.length === 2 && g.name.args[1].t === "atom") {
    return remote("erlang", "map_get", [g.name.args[1], g.name.args[0]], g.meta);
  }
  if (typeof g.name !== "string" || g.args === null) return g;
  return { ...g, args: args.map(erlangGuardExpression) };
}

/** is `body` (its last expression) a value v3_core knows is no bitstring: a list or a tuple (built
 *  of anything), or a literal other than a string (`-1` is a call of -/1 to it) */
function notBitstring(body: Ast): boolean {
  let x = body;
  while (isCall(x, "__block__") && x.args && x.args.length > 0) x = x.args[x.args.length - 1];
  return x.t === "list" || x.t === "tuple" || x.t === "atom" || x.t === "int" || x.t === "float" || isCall(x, "{}");
}
