// Compile-time values, as OTP's compiler knows them after its constant folding and propagation:
// literals, operators applied to constants (evaluated by the :erlang BIF itself), module
// attributes and variables bound to a constant. compiler/arith_frames.ts asks whether an operand
// is a (small integer) literal; compiler/failing_calls.ts evaluates calls whose arguments are all
// known to find the ones that will fail.
import { Bin, Float, NIL, Term, Tuple, atom, binLiteral, int, list, listToArray, tuple } from "../vm/terms.ts";
import { BitWriter, writeSegment, type SegSpec } from "../vm/binary.ts";
import { ErlangError } from "../vm/errors.ts";
import { lookupBif } from "../vm/bifs/registry.ts";
import { mapFromEntries, replaceExisting } from "../vm/map.ts";
import type { MapLike } from "../vm/terms.ts";
import { AwaitHost } from "../vm/calls.ts";
import { exactEquals } from "../vm/compare.ts";
import type { Ast } from "../lang/ast.ts";
import { call, isCall, v, varName } from "./ast_util.ts";
import { isPureBif } from "./pure_bifs.ts";
import { calendarSigil, isCalendarSigil } from "./calendar_sigils.ts";
import { literalSigil } from "./sigil_literal.ts";

const NOT_CONSTANT = new Error("not a constant");

/** what the compiler knows about a variable's value (keyed by its slot: a binding never reuses one) */
export type Fact = { k: "const"; v: Term } | { k: "floatTyped" } | { k: "funArity"; n: number };

export interface ConstEnv {
  /** a module's function (optimised), not a script's top level */
  optimised: boolean;
  /** unoptimised code that matches a bitstring: OTP swaps its commutative operands all the same */
  bitstringMatched?: boolean;
  /** code erl_eval evaluates: every operator is a call of its BIF (no increments, no swaps) */
  evaluated?: boolean;
  /** a pattern: `%{a: 1}` matches any map with that pair, so it is no constant there */
  pattern?: boolean;
  /** the fact about the variable named, if any */
  fact(name: string): Fact | undefined;
  /** the value of module attribute @name */
  attr(name: string): Ast | undefined;
  /** values already found for nodes (null: not a constant), valid while the bindings stay as they are */
  memo?: Memo;
  /** whether nodes are float-typed (compiler/float_types.ts), under the same validity as memo */
  floatMemo?: { get(a: Ast): boolean | undefined; set(a: Ast, v: boolean): void };
  /** the BIF a call compiles to (after Elixir's inlining), with its arguments, if it is one */
  bifOf?(a: Ast): { module: string; name: string; args: Ast[] } | undefined;
  /** the struct `%Alias{}` names, with its defaults, when it is known at compile time */
  structDefaults?(alias: Ast): MapLike | undefined;
  /** the external fun `&Mod.f/n` names (its module known at compile time) */
  remoteCapture?(capture: Ast): Term | undefined;
}

/** operators folded when their operands are constants: the Elixir name/arity and the :erlang BIF */
const FOLDED: Record<string, string> = {
  "+/2": "+", "-/2": "-", "*/2": "*", "//2": "/", "+/1": "+", "-/1": "-", "div/2": "div", "rem/2": "rem",
};

/** `@name`: the attribute's value expression */
export function attrValue(a: Ast, env: ConstEnv): Ast | undefined {
  if (!isCall(a, "@") || a.args?.length !== 1) return undefined;
  const n = a.args[0];
  return isCall(n) && typeof n.name === "string" && (n.args === null || n.args.length === 0) ? env.attr(n.name) : undefined;
}

/** the value of a constant expression, or undefined (unknown, or an operation that fails).
 *  Iterative (an expression nested 10,000 deep must not exhaust the JS stack), and remembered in
 *  env.memo when given: the compiler asks at each operator of a chain, which would otherwise walk
 *  the rest of the chain each time. */
export function constantOf(a: Ast, env: ConstEnv): Term | undefined {
  const memo = env.memo;
  const hit = memo?.get(a);
  if (hit !== undefined) return hit === null ? undefined : hit;
  const first = stepOf(a, env);
  if (!("kids" in first)) return first.leaf;
  const stack: Frame[] = [{ a, c: first, vals: [] }];
  // module attributes on the stack: nothing below one is remembered
  let volatiles = first.volatile ? 1 : 0;
  for (;;) {
    const top = stack[stack.length - 1];
    let ret: Term | undefined;
    if (top.vals.length < top.c.kids.length) {
      const k = top.c.kids[top.vals.length];
      const known = memo?.get(k);
      const s: Step = known !== undefined ? { leaf: known === null ? undefined : known } : stepOf(k, env);
      if ("kids" in s) {
        stack.push({ a: k, c: s, vals: [] });
        if (s.volatile) volatiles++;
        continue;
      }
      ret = s.leaf;
      if (ret === undefined) return failed(stack, memo, s.volatile === true);
    } else {
      ret = top.c.build(top.vals);
      if (ret === undefined) return failed(stack, memo, false);
      stack.pop();
      if (top.c.volatile) volatiles--;
      else if (memo && stack.length >= MEMO_DEPTH && volatiles === 0) memo.set(top.a, ret);
      if (stack.length === 0) return ret;
    }
    stack[stack.length - 1].vals.push(ret);
  }
}

/** values found for nodes (null: not a constant); only deep walks are remembered */
interface Memo {
  get(a: Ast): Term | null | undefined;
  set(a: Ast, v: Term | null): void;
}
const MEMO_DEPTH = 8;

type Frame = { a: Ast; c: Composite; vals: Term[] };

/** the nodes on the stack all fail; remembered up to a module attribute (whose value may change) */
function failed(stack: Frame[], memo: Memo | undefined, volatile: boolean): undefined {
  if (memo && !volatile && stack.length >= MEMO_DEPTH) for (let i = stack.length - 1; i >= 0 && !stack[i].c.volatile; i--) memo.set(stack[i].a, null);
  return undefined;
}

/** a node whose value is made from its children's values (undefined: the operation fails) */
interface Composite {
  kids: Ast[];
  build: (vals: Term[]) => Term | undefined;
  /** a module attribute: its value is not the node's alone, so nothing above it is remembered */
  volatile?: boolean;
}
type Step = Composite | { leaf: Term | undefined; volatile?: boolean };

function stepOf(a: Ast, env: ConstEnv): Step {
  switch (a.t) {
    case "int": return { leaf: int(a.v) };
    case "float": return { leaf: new Float(a.v) };
    case "atom": return { leaf: atom(a.v) };
    case "str": return { leaf: binLiteral(a.v) };
    case "tuple": return { kids: a.items, build: (xs) => tuple(...xs) };
    case "list": {
      const last = a.items[a.items.length - 1];
      if (a.items.slice(0, -1).some((x) => isCall(x, "|"))) return { leaf: undefined };
      // `[1 | 2]` is a literal too (`length([1 | 2])` will fail)
      if (last !== undefined && isCall(last, "|") && last.args?.length === 2) {
        const kids = [...a.items.slice(0, -1), ...last.args];
        return { kids, build: (xs) => list(xs.slice(0, -1), xs[xs.length - 1]) };
      }
      return { kids: a.items, build: (xs) => list(xs) };
    }
  }
  // Elixir expands `%Mod{k: v}` to a map of the struct's defaults with the fields given: a literal
  // when the values are (`Map.fetch!(%Point{}, :z)` will fail)
  if (isCall(a, "%") && a.args?.length === 2 && !env.pattern && env.structDefaults) {
    const fields = isCall(a.args[1], "%{}") ? a.args[1].args ?? [] : null;
    if (fields === null || !fields.every((p) => p.t === "tuple" && p.items.length === 2 && p.items[0].t === "atom")) return { leaf: undefined };
    const base = env.structDefaults(a.args[0]);
    if (base === undefined) return { leaf: undefined };
    const pairs = fields.map((p) => (p as Extract<Ast, { t: "tuple" }>).items);
    return {
      kids: pairs.map(([, v]) => v),
      build: (xs) => {
        let m: MapLike | undefined = base;
        xs.forEach((x, i) => { if (m !== undefined) m = replaceExisting(m, atom((pairs[i][0] as Extract<Ast, { t: "atom" }>).v), x); });
        return m;
      },
    };
  }
  // a map of constant pairs is a literal to OTP's compiler (`elem(%{a: 1}, 0)` will fail)
  if (isCall(a, "%{}") && a.args && !env.pattern && a.args.every((p) => p.t === "tuple" && p.items.length === 2)) {
    const kids = a.args.flatMap((p) => (p as Extract<Ast, { t: "tuple" }>).items);
    return { kids, build: (xs) => mapFromEntries(Array.from({ length: xs.length / 2 }, (_, i) => [xs[2 * i], xs[2 * i + 1]] as [Term, Term])) };
  }
  // `&Mod.f/n` is an external fun, a literal to OTP's compiler (`(&String.upcase/1) * 2` will fail)
  if (isCall(a, "&") && !env.pattern) return { leaf: env.remoteCapture?.(a) };
  // a bitstring built of constant segments is a literal to OTP's compiler (`<<255>>`)
  if (isCall(a, "<<>>") && a.args && !env.pattern) return bitstringStep(a.args);
  // `l <> r` is Kernel's `<<l::binary, r::binary>>` (`String.to_atom("a" <> <<200>>)` will fail)
  if (isCall(a, "<>") && a.args?.length === 2 && !env.pattern) return bitstringStep(a.args.map((x) => call("::", [x, v("binary")])));
  // ~D ~T ~N ~U expand to their struct's map literal (text that does not parse: no constant)
  if (a.t === "call" && typeof a.name === "string" && isCalendarSigil(a.name) && a.args?.length === 2 && !env.pattern) {
    try {
      return { kids: [calendarSigil(a.name, a.args, "", undefined, () => { throw NOT_CONSTANT; })], build: (xs) => xs[0] };
    } catch {
      return { leaf: undefined };
    }
  }
  // ~s ~S ~c ~C ~w ~W without interpolation expand to their literal (`List.to_integer(~c"x")` will fail)
  if (a.t === "call" && typeof a.name === "string" && a.name.startsWith("sigil_") && a.args && !env.pattern) {
    const v = literalSigil(a.name, a.args);
    if (v !== undefined) return { leaf: v };
  }
  // Kernel's `..` and `..//` expand integer literals to a %Range{} literal (other ends: Range.new/2,3)
  if (!env.pattern && ((isCall(a, "..") && a.args?.length === 2) || (isCall(a, "..//") && a.args?.length === 3))) {
    const [first, last, step] = a.args.map(integerLiteral);
    if (first === undefined || last === undefined || (a.args.length === 3 && (step === undefined || step === 0n))) return { leaf: undefined };
    return { leaf: rangeStruct(first, last, step ?? (first <= last ? 1n : -1n)) };
  }
  const name = varName(a);
  if (name !== null) {
    const f = env.fact(name);
    return { leaf: f?.k === "const" ? f.v : undefined };
  }
  const attr = attrValue(a, env);
  if (attr !== undefined) return { kids: [attr], build: (xs) => xs[0], volatile: true };
  if (a.t === "call" && a.name === "@") return { leaf: undefined, volatile: true };
  if (a.t !== "call" || a.args === null) return { leaf: undefined };
  const op = typeof a.name === "string" ? FOLDED[a.name + "/" + a.args.length] : undefined;
  if (op !== undefined) return { kids: a.args, build: (xs) => evaluate("erlang", op, xs) };
  // a pure BIF on constants: `:erlang.atom_to_binary(String.to_integer("1"))` folds the inner call
  const bif = env.bifOf?.(a);
  if (bif === undefined || !isPureBif(bif.module, bif.name, bif.args.length)) return { leaf: undefined };
  return { kids: bif.args, build: (xs) => evaluate(bif.module, bif.name, xs) };
}

/** an integer literal as Macro.expand leaves it: unary +/- of one is folded (`-2`, `-(-2)`) */
export function integerLiteral(a: Ast): bigint | undefined {
  if (a.t === "int") return BigInt(a.v);
  if (a.t === "call" && (a.name === "-" || a.name === "+") && a.args?.length === 1) {
    const v = integerLiteral(a.args[0]);
    return v === undefined ? undefined : a.name === "-" ? -v : v;
  }
  return undefined;
}

function rangeStruct(first: bigint, last: bigint, step: bigint): Term {
  return mapFromEntries([[atom("__struct__"), atom("Elixir.Range")], [atom("first"), int(first)], [atom("last"), int(last)], [atom("step"), int(step)]]);
}

/** a pure BIF applied at compile time: its value, or its error reason ({failed}) */
export function evaluateOrFail(module: string, name: string, args: Term[]): { value: Term } | { failed: Term } | undefined {
  const bif = lookupBif(module, name, args.length);
  if (bif === undefined) return undefined;
  try {
    const value = bif.fn(args, undefined as never); // the pure BIFs asked never hand back a call,
    if (value instanceof AwaitHost) return undefined; // but one not loaded yet waits for the host
    return { value: value as Term };
  } catch (e) {
    // anything else (a host limit on a huge constant) is left for run time
    if (e instanceof ErlangError && e.kind === "error") return { failed: e.reason };
    return undefined;
  }
}

function evaluate(module: string, name: string, args: Term[]): Term | undefined {
  const r = evaluateOrFail(module, name, args);
  return r !== undefined && "value" in r ? r.value : undefined;
}

/** the segments of a constant bitstring construction: each value (and its size, when one is
 *  written) must be a constant and the type simple; whatever else is left for run time */
function bitstringStep(segs: Ast[]): Step {
  const kids: Ast[] = [];
  const shapes: { spec: SegSpec; sized: boolean }[] = [];
  for (const seg of segs) {
    const [value, typeAst] = isCall(seg, "::") && seg.args?.length === 2 ? seg.args : [seg, null];
    const spec: SegSpec = { type: "integer", size: null, unit: 1, signed: false, little: false };
    if (value.t === "str" || isCall(value, "<<>>")) spec.type = "binary";
    else if (value.t === "float") spec.type = "float";
    let sizeAst: Ast | null = null;
    let unitSet = false;
    const simple = (t: Ast): boolean => {
      if (isCall(t, "-") && t.args?.length === 2) return simple(t.args[0]) && simple(t.args[1]);
      if (t.t === "int") return (sizeAst = t), true;
      if (!isCall(t) || typeof t.name !== "string") return false;
      const args = t.args ?? [];
      switch (t.name) {
        case "binary": case "bytes": spec.type = "binary"; if (!unitSet) spec.unit = 8; return args.length === 0;
        case "bitstring": case "bits": spec.type = "binary"; return args.length === 0;
        case "integer": case "float": case "utf8": case "utf16": case "utf32": spec.type = t.name; return args.length === 0;
        case "signed": case "unsigned": spec.signed = t.name === "signed"; return args.length === 0;
        case "little": case "big": spec.little = t.name === "little"; return args.length === 0;
        case "size": return args.length === 1 && ((sizeAst = args[0]), true);
        case "unit": return args.length === 1 && args[0].t === "int" && ((spec.unit = Number(args[0].v)), (unitSet = true));
      }
      return false;
    };
    if (typeAst !== null && !simple(typeAst)) return { leaf: undefined };
    // a literal string is its UTF-8 bytes as a binary or utf8 segment (other encodings: left alone)
    if (value.t === "str" && spec.type !== "binary" && spec.type !== "utf8") return { leaf: undefined };
    if (value.t === "str") spec.type = "binary";
    kids.push(value);
    if (sizeAst !== null) kids.push(sizeAst);
    shapes.push({ spec, sized: sizeAst !== null });
  }
  const build = (xs: Term[]): Term | undefined => {
    const out = new BitWriter();
    let i = 0;
    try {
      for (const { spec, sized } of shapes) {
        const value = xs[i++];
        let size: number | null = null;
        if (sized) {
          const n = xs[i++];
          // (a huge segment is left for run time, as a host limit would be)
          if (typeof n !== "number" || n < 0 || n * spec.unit > 1 << 20) return undefined;
          size = n;
        }
        if (spec.type === "binary" && !(value instanceof Bin)) return undefined;
        writeSegment(out, value, spec, size);
      }
    } catch {
      return undefined;
    }
    return out.finish();
  };
  return { kids, build };
}

/**
 * A list written out whose tail is a constant (`[x, y | 3]`), as sys_core_fold's length/1 sees it:
 * it walks the cells, whatever their elements, to the literal tail, so the length of such a list
 * fails or is known without knowing the elements. The elements stand as nil here.
 */
export function constantTailed(a: Ast, env: ConstEnv, depth = 0): Term | undefined {
  if (a.t !== "list" || a.items.length === 0 || depth > 1000) return undefined;
  const last = a.items[a.items.length - 1];
  const cons = isCall(last, "|") && last.args?.length === 2 ? last.args : null;
  const tail = cons === null ? NIL : constantOf(cons[1], env) ?? constantTailed(cons[1], env, depth + 1);
  if (tail === undefined) return undefined;
  return list(a.items.map(() => atom("nil")), tail);
}

/** the constants the variables of a pattern made of variables, tuples, lists and literals take from the
 *  constant `value` it surely matches (OTP propagates them into the clause: `case {1, :a} do
 *  {x, y} -> x + y` will fail); null when it may not match (a literal it is not, a repeated
 *  variable, another pattern) */
export function boundConstants(pattern: Ast, value: Term): [string, Term][] | null {
  const out: [string, Term][] = [];
  // (on a stack of its own, left to right: a literal pattern may nest 10,000 deep)
  const todo: [Ast, Term][] = [[pattern, value]];
  while (todo.length > 0) {
    const [p, v] = todo.pop()!;
    const name = varName(p);
    if (name !== null) {
      if (name.startsWith("_")) continue;
      if (out.some(([n]) => n === name)) return null;
      out.push([name, v]);
      continue;
    }
    if (p.t === "tuple") {
      if (!(v instanceof Tuple) || v.items.length !== p.items.length) return null;
      for (let i = p.items.length - 1; i >= 0; i--) todo.push([p.items[i], v.items[i]]);
      continue;
    }
    if (p.t === "list") {
      const items = listToArray(v);
      if (items === null || items.length !== p.items.length || p.items.some((x) => isCall(x, "|"))) return null;
      for (let i = p.items.length - 1; i >= 0; i--) todo.push([p.items[i], items[i]]);
      continue;
    }
    // a literal: the value it is
    const literal = constantOf(p, { optimised: true, pattern: true, fact: () => undefined, attr: () => undefined });
    if (literal === undefined || !exactEquals(literal, v)) return null;
  }
  return out;
}
