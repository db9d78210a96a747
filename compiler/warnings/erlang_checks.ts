// Warnings Elixir 1.14 passes on from the Erlang compiler once a module (or a script's top level)
// is compiled, in line order: a pure operation whose result a block drops, a remote capture made
// for nothing, and `case`/`fn`/`receive` clauses after one that always matches. They use Elixir's
// names for comparison operators and Erlang's for the rest (`elem` is element/2). What Elixir
// inlines first (`x in list`, `Integer.to_string/1`) is not seen here.
import type { Ast, AstCall } from "../../lang/ast.ts";
import { failingBinding } from "../never_returns.ts";
import { expandPathForm } from "../path_forms.ts";
import { isCall, isVar, clausesOf, keywordPairs, lineOf, type Clause } from "../ast_util.ts";
import type { Warning } from "./warning.ts";
import { astKids } from "../ast_walk.ts";
import { valueUnwanted } from "../unwanted_values.ts";
import { ALWAYS_SAME, alwaysFalse, alwaysTrue } from "./constant_guards.ts";
import { shadowedClauses } from "./shadowed_clauses.ts";
import { literalCaseWarnings, literalMatch, literalMatchWarnings, shapeOf, literalShape, TYPES_SIZES, type Shape } from "./literal_matches.ts";
import { returnsBoolean } from "../reachable_branches.ts";
import { plainName } from "../quoted.ts";
import { expansionOf } from "../macro_expansions.ts";
import { isGeneratedQuoted } from "../macros.ts";
import { appliedFnWarnings, fnAppliedOnTheSpot } from "./applied_fns.ts";
import { inlinedFnUses, matchedBeforeMore } from "../inlined_fns.ts";
import { bitstringForFilterWarnings } from "./bitstring_for_filters.ts";
import { builtParts, droppedElements } from "./dropped_elements.ts";

const NO_VARS: ReadonlyMap<string, Shape> = new Map();

/** each statement of a block with the variables known before it: bound by an earlier statement
 *  `v = value` to a value the compiler knows, and not bound again since */
function knownBefore(statements: Ast[], out: WeakMap<Ast, ReadonlyMap<string, Shape>>, dead: WeakSet<Ast>): void {
  let env: Map<string, Shape> | null = null;
  let fails = false;
  statements.forEach((s, i) => {
    // (after a match that always fails, the rest is dead code the compiler drops unseen)
    if (fails) { dead.add(s); return; }
    out.set(s, env ?? NO_VARS);
    // (the value of a fn applied there left a fun, compiler/inlined_fns.ts: not known)
    const unknown = (x: Ast) => matchedBeforeMore(s, i === statements.length - 1) === x && fnAppliedOnTheSpot(x) !== null;
    const matched: ReturnType<typeof literalMatch> | null = isCall(s, "=") && s.args?.length === 2 && !unknown(s.args[1]) ? literalMatch(s.args[0], s.args[1], env ?? NO_VARS, ALWAYS_SAME) : null;
    // (and after a variable bound to a call that always fails, compiler/never_returns.ts)
    if ((matched !== null && matched.warnings.length > 0) || failingBinding(s)) fails = true;
    if (env) {
      const next: Map<string, Shape> = new Map(env);
      for (const n of boundIn(s)) next.delete(n);
      env = next;
    }
    // (the variables the match binds to values known: `x = 1`, `{y, y} = {1, 1}`)
    if (matched !== null && matched.bound.size > 0) env = new Map([...(env ?? []), ...matched.bound]);
  });
}

/** the variables a statement may bind again, for the statements after it: those of a match's
 *  left side, of a pattern that ExUnit's assert_receive/assert_received or destructure bind in the
 *  caller, and var!'s; any it names when a macro of the program's expands in it (what that binds is
 *  not looked into). A read alone (`y = case x do`) leaves x known. The clauses, fns and
 *  comprehensions in it bind their own, which do not leak. */
function boundIn(statement: Ast): Set<string> {
  const names = new Set<string>();
  const all = new Set<string>();
  let macro = false;
  const todo: [Ast, boolean][] = [[statement, false]];
  while (todo.length) {
    const [x, binding] = todo.pop()!;
    if (isVar(x)) {
      all.add(plainName(x.name as string));
      if (binding) names.add(plainName(x.name as string));
      continue;
    }
    const call = x.t === "call" ? (x as AstCall) : null;
    if (call && expansionOf(call) !== undefined) macro = true;
    if (call?.name === "^") continue;
    if (binding) { for (const k of astKids(x)) todo.push([k, true]); continue; }
    if (call && SCOPES.has(call.name as string)) { for (const k of astKids(x)) todo.push([k, false]); continue; }
    if (call?.name === "=" && call.args?.length === 2) {
      todo.push([call.args[0], true], [call.args[1], false]);
      continue;
    }
    if (call && BINDING_MACROS.has(call.name as string) && call.args?.length) {
      todo.push([call.args[0], true]);
      for (const k of call.args.slice(1)) todo.push([k, false]);
      continue;
    }
    for (const k of astKids(x)) todo.push([k, false]);
  }
  return macro ? all : names;
}
const BINDING_MACROS = new Set(["assert_receive", "assert_received", "destructure", "var!"]);

/** constructs whose clauses (or generators) bind variables of their own */
const SCOPES = new Set(["->", "fn", "for", "with", "quote"]);

/** is `a` a value the Erlang compiler knows in full, neither false nor nil: a literal or a
 *  variable bound to one (only a value known in full: `{y, 1}` is not) */
function knownTruthy(a: Ast, env: ReadonlyMap<string, Shape>): boolean {
  const shape = shapeOf(a, env);
  return literalShape(shape) && !(shape.k === "lit" && (shape.key === "a:false" || shape.key === "a:nil"));
}

/**
 * A case on a list written out (`case [x, 2] do`): the compiler matches its elements one by one
 * (sys_core_fold splits a constructor it builds), so each clause's pattern is a row of the
 * elements' patterns; unchanged where a pattern is no list of that length nor a variable
 */
function splitListSubject(subject: Ast | undefined, clauses: Clause[]): Clause[] {
  if (subject?.t !== "list" || subject.items.some((x) => isCall(x, "|"))) return clauses;
  const n = subject.items.length;
  const split: Clause[] = [];
  for (const c of clauses) {
    const p = c.args.length === 1 ? c.args[0] : undefined;
    if (p && isVar(p)) split.push({ ...c, args: subject.items.map((): Ast => ({ t: "call", name: "_", meta: {}, args: null })) });
    else if (p?.t === "list" && p.items.length === n && !p.items.some((x) => isCall(x, "|"))) split.push({ ...c, args: p.items });
    else return clauses;
  }
  return split;
}

/** is `a` a value the Erlang compiler knows in full (a literal, or a variable bound to one)? */
function knownInFull(a: Ast, env: ReadonlyMap<string, Shape>): boolean {
  return literalShape(shapeOf(a, env));
}

const IGNORED = "is ignored (suppress the warning by assigning the expression to the _ variable)";

/** Elixir operators and functions that are Erlang operators: their Erlang name */
const OPERATORS: Record<string, string> = {
  "+": "+", "-": "-", "*": "*", "/": "/", div: "div", rem: "rem", not: "not", "++": "++", "--": "--",
  band: "band", bor: "bor", bxor: "bxor", bsl: "bsl", bsr: "bsr", bnot: "bnot",
  "&&&": "band", "|||": "bor", "^^^": "bxor", "<<<": "bsl", ">>>": "bsr", "~~~": "bnot",
};
const COMPARISONS = new Set(["==", "!=", "===", "!==", "<", ">", "<=", ">="]);
/** BIFs that cannot fail: calling one for nothing "has no effect" */
const NO_EFFECT = new Set([
  "is_atom/1", "is_binary/1", "is_bitstring/1", "is_boolean/1", "is_float/1", "is_function/1", "is_integer/1",
  "is_list/1", "is_map/1", "is_number/1", "is_pid/1", "is_port/1", "is_reference/1", "is_tuple/1",
  "self/0", "node/0", "max/2", "min/2", "make_ref/0",
]);
/** :erlang BIFs that cannot fail either (erl_bifs:is_safe), called as such: the name the warning
 *  gives them (with their module when Erlang does not auto-import them) */
const ERLANG_NO_EFFECT: Record<string, string> = {
  "make_ref/0": "make_ref/0", "date/0": "date/0", "time/0": "time/0", "get/0": "get/0", "get/1": "get/1",
  "group_leader/0": "group_leader/0", "pre_loaded/0": "pre_loaded/0", "registered/0": "registered/0",
  "processes/0": "processes/0", "term_to_binary/1": "term_to_binary/1", "nodes/0": "nodes/0",
  "is_alive/0": "is_alive/0", "get_cookie/0": ":erlang.get_cookie/0", "ports/0": ":erlang.ports/0",
};
/** remote calls Elixir inlines into one of those (elixir_rewrite): the BIF */
const REMOTE_NO_EFFECT: Record<string, string> = {
  "Elixir.Node.list/0": "nodes/0", "Elixir.Port.list/0": "ports/0", "Elixir.Process.get/0": "get/0",
  "Elixir.Process.group_leader/0": "group_leader/0", "Elixir.Process.registered/0": "registered/0",
  "Elixir.Process.list/0": "processes/0",
};

/** BIFs that may raise: their result "is ignored" */
const MAY_FAIL: Record<string, string> = {
  "elem/2": "element/2", "element/2": "element/2", "length/1": "length/1", "abs/1": "abs/1", "round/1": "round/1",
  "trunc/1": "trunc/1", "hd/1": "hd/1", "tl/1": "tl/1", "tuple_size/1": "tuple_size/1", "byte_size/1": "byte_size/1",
  "bit_size/1": "bit_size/1", "floor/1": "floor/1", "ceil/1": "ceil/1", "binary_part/3": "binary_part/3",
  "is_map_key/2": "is_map_key/2", "is_function/2": "is_function/2",
};

/** :erlang BIFs that may raise, called as such: their result "is ignored" */
const ERLANG_MAY_FAIL = new Set([
  "atom_to_list/1", "atom_to_binary/1", "binary_to_atom/2", "binary_to_float/1", "binary_to_integer/1",
  "float_to_binary/1", "float_to_list/1", "integer_to_binary/1", "integer_to_list/1", "list_to_atom/1",
  "list_to_float/1", "list_to_integer/1", "list_to_integer/2", "list_to_tuple/1", "setelement/3", "tuple_to_list/1",
  "atom_to_binary/2", "binary_to_atom/1", "binary_to_list/1", "binary_to_list/3", "list_to_binary/1", "split_binary/2",
  "size/1", "float/1", "map_get/2", "is_record/2", "is_record/3",
]);

/** other modules' functions the Erlang compiler knows to be pure: named with their module */
const PURE_REMOTE = new Set([
  ...["acos/1", "acosh/1", "asin/1", "asinh/1", "atan/1", "atan2/2", "atanh/1", "ceil/1", "cos/1", "cosh/1", "erf/1",
    "erfc/1", "exp/1", "floor/1", "fmod/2", "log/1", "log10/1", "log2/1", "pi/0", "pow/2", "sin/1", "sinh/1", "sqrt/1",
    "tan/1", "tanh/1"].map((k) => `math:${k}`),
  "lists:append/2", "lists:subtract/2",
]);

/** remote calls Elixir inlines into such a BIF (elixir_rewrite), and :maps calls OTP's compiler
 *  rewrites into a guard BIF: it warns under both names, the BIF's first */
const REMOTE_MAY_FAIL: Record<string, string[]> = {
  "Elixir.Atom.to_charlist/1": ["atom_to_list/1"], "Elixir.Atom.to_string/1": ["atom_to_binary/1"],
  "Elixir.Integer.to_charlist/1": ["integer_to_list/1"], "Elixir.Integer.to_string/1": ["integer_to_binary/1"],
  "Elixir.List.to_atom/1": ["list_to_atom/1"], "Elixir.List.to_float/1": ["list_to_float/1"],
  "Elixir.List.to_integer/1": ["list_to_integer/1"], "Elixir.List.to_integer/2": ["list_to_integer/2"],
  "Elixir.List.to_tuple/1": ["list_to_tuple/1"], "Elixir.Tuple.to_list/1": ["tuple_to_list/1"],
  "Elixir.String.to_atom/1": ["binary_to_atom/2"], "Elixir.String.to_float/1": ["binary_to_float/1"],
  "Elixir.String.to_integer/1": ["binary_to_integer/1"],
  "Elixir.Map.fetch!/2": ["map_get/2", "maps:get/2"], "maps.get/2": ["map_get/2", "maps:get/2"],
  "Elixir.Map.has_key?/2": ["is_map_key/2", "maps:is_key/2"], "maps.is_key/2": ["is_map_key/2", "maps:is_key/2"],
};

/** a remote call written with a literal module (`:erlang`, `Map`): the module and function */
function remoteTarget(a: AstCall): [string, string] | null {
  const dot = a.name;
  if (typeof dot === "string" || !isCall(dot, ".") || dot.args?.length !== 2) return null;
  const [m, f] = dot.args;
  const mod = m.t === "atom" ? m.v : isCall(m, "__aliases__") && m.args?.length === 1 && m.args[0].t === "atom" ? "Elixir." + m.args[0].v : null;
  return mod !== null && f.t === "atom" ? [mod, f.v] : null;
}

/** the name of a local call, or of a call to :erlang / Kernel / Bitwise */
function bifName(a: AstCall): string | null {
  if (typeof a.name === "string") return a.name;
  const target = remoteTarget(a);
  if (target && (target[0] === "erlang" || target[0] === "Elixir.Kernel" || target[0] === "Elixir.Bitwise")) return target[1];
  return null;
}

/** what dropping the result of a remote call that may raise is warned as (maybe nothing) */
function ignoredRemote(a: AstCall, arity: number): string[] {
  const target = remoteTarget(a);
  if (target === null) return [];
  const [mod, f] = target;
  const key = `${f}/${arity}`;
  if (mod === "erlang" && ERLANG_MAY_FAIL.has(key)) return [key];
  if (PURE_REMOTE.has(`${mod}:${key}`)) return [`${mod}:${key}`];
  return REMOTE_MAY_FAIL[`${mod}.${key}`] ?? [];
}

/** what dropping the result of a remote call that cannot fail is warned as (maybe nothing) */
function noEffectRemote(a: AstCall, arity: number): string | undefined {
  const target = remoteTarget(a);
  if (target === null) return undefined;
  const key = `${target[1]}/${arity}`;
  const bif = target[0] === "erlang" ? key : REMOTE_NO_EFFECT[`${target[0]}.${key}`];
  return bif === undefined ? undefined : ERLANG_NO_EFFECT[bif];
}

function ignoredResult(a: Ast): string[] {
  if (a.t !== "call" || a.args === null) return [];
  // `x |> length()` is the call `length(x)` once Kernel.|>/2 expands
  const piped = pipedCall(a);
  if (piped !== null) return ignoredResult(piped);
  if (a.name === "for" && forKind(keywordPairs(a.args[a.args.length - 1]) ?? []) === "uniq") return [`the result of calling element/2 ${IGNORED}`];
  // put_in/update_in with a path: as Elixir expands them (`:erlang.element(2, ...)` of a `[key]` path)
  const path = typeof a.name === "string" ? expandPathForm(a) : null;
  if (path !== null) return ignoredResult(path);
  const noEffect = noEffectRemote(a, a.args.length);
  if (noEffect !== undefined) return [`the call to ${noEffect} has no effect`];
  const remote = ignoredRemote(a, a.args.length);
  if (remote.length > 0) return remote.map((name) => `the result of calling ${name} ${IGNORED}`);
  const message = ignoredCall(a, a.args);
  return message === null ? [] : [message];
}

/** the call `left |> right` expands to (null when it is no pipe into a call) */
function pipedCall(a: AstCall): AstCall | null {
  if (a.name !== "|>" || a.args?.length !== 2) return null;
  const [left, right] = a.args;
  if (right.t !== "call" || (typeof right.name === "string" && ["&", "fn", "{}", "%{}", "__aliases__", "<<>>"].includes(right.name))) return null;
  return { ...right, args: [left, ...(right.args ?? [])] };
}

function ignoredCall(a: AstCall, args: Ast[]): string | null {
  // only `&Mod.fun/arity` is built at run time (other funs are literals Erlang leaves alone)
  if (a.name === "&" && isCall(args[0], "/") && args[0].args?.[1].t === "int" && args[0].args[0].t === "call" && isCall(args[0].args[0].name as Ast, ".")) {
    return `the result of fun construction ${IGNORED}`;
  }
  const name = bifName(a);
  if (name === null) return null;
  const arity = args.length;
  if (COMPARISONS.has(name) && arity === 2) return `use of operator ${name} has no effect`;
  if (name === "is_nil" && arity === 1) return "use of operator == has no effect";
  const op = OPERATORS[name];
  if (op && (arity === 2 || (arity === 1 && ["-", "+", "not", "bnot"].includes(op)))) return `the result of evaluating operator '${op}'/${arity} ${IGNORED}`;
  const key = `${name}/${arity}`;
  if (NO_EFFECT.has(key)) return `the call to ${key} has no effect`;
  if (MAY_FAIL[key]) return `the result of calling ${MAY_FAIL[key]} ${IGNORED}`;
  return null;
}

/**
 * What a construct's value is made of, dropped with it: Erlang's compiler sees that a case's
 * value is unused in each clause, so Elixir 1.14 warns about a pure operation ending a branch of
 * a dropped case, cond, if/unless, receive (and its after), with (and its else), &&/||/and/or and
 * a plain for. (Not try: the BEAM keeps its value for the try's own `of`.)
 */
function branchValues(a: Ast): Ast[] {
  if (a.t !== "call" || !a.args) return [];
  // a fn applied where it is written is inlined: its clauses' values
  if (typeof a.name !== "string") {
    const fn = isCall(a.name, ".") && a.name.args?.length === 1 ? a.name.args[0] : null;
    return fn !== null && isCall(fn, "fn") ? (clausesOf({ t: "list", items: fn.args ?? [] } as Ast) ?? []).map((c) => c.body) : [];
  }
  const args = a.args;
  const blocks = () => keywordPairs(args[args.length - 1]) ?? [];
  const bodies = (key: string) => (clausesOf(blocks().find(([k]) => k === key)?.[1]) ?? []).map((c) => c.body);
  switch (a.name) {
    case "case": case "cond":
      return bodies("do");
    case "receive":
      return [...bodies("do"), ...bodies("after")];
    case "with":
      return [...blocks().filter(([k]) => k === "do").map(([, v]) => v), ...bodies("else")];
    case "if": case "unless":
      return args.length === 2 ? blocks().filter(([k]) => k === "do" || k === "else").map(([, v]) => v) : [];
    case "&&": case "||": case "and": case "or":
      return args.length === 2 ? [args[1]] : [];
    case "for": {
      const opts = blocks();
      return forKind(opts) === "plain" ? opts.filter(([k]) => k === "do").map(([, v]) => v) : [];
    }
    default:
      return [];
  }
}

/** the values the construct `a` branches on, as a case's subject (an if's and cond's conditions,
 *  the left operand of &&, ||, and, or, !'s operand, a with clause's value); not a case's whose
 *  first clause takes any value (OTP makes it a `let`) */
function branchedValues(a: Ast): Ast[] {
  if (a.t !== "call" || typeof a.name !== "string" || !a.args) return [];
  const args = a.args;
  switch (a.name) {
    case "case": {
      const first = clausesOf(keywordPairs(args[args.length - 1])?.find(([k]) => k === "do")?.[1])?.[0];
      return args.length === 2 && !(first && first.args.length === 1 && isVar(first.args[0]) && first.guard === null) ? [args[0]] : [];
    }
    case "if": case "unless": case "!": return [args[0]];
    case "&&": case "||": case "and": case "or": return args.length === 2 ? [args[0]] : [];
    case "match?": return args.length === 2 ? [args[1]] : [];
    case "cond": return (clausesOf(keywordPairs(args[0])?.find(([k]) => k === "do")?.[1]) ?? []).flatMap((c) => c.args.slice(0, 1));
    case "with": return args.flatMap((x) => (isCall(x, "<-") && x.args?.length === 2 ? [x.args[1]] : []));
    default: return [];
  }
}

/** a comprehension by its options: into:/reduce: keep its value; uniq: true alone ends in a
 *  dropped element/2 of its accumulator; else its body's values are dropped */
function forKind(opts: [string, Ast][]): "kept" | "uniq" | "plain" {
  if (opts.some(([k]) => k === "into" || k === "reduce")) return "kept";
  const uniq = opts.find(([k]) => k === "uniq")?.[1];
  return uniq?.t === "atom" && uniq.v === "true" ? "uniq" : "plain";
}

/** stands for a rescue clause's test of its exception: a guard not known to hold */
const RESCUE_TEST: Ast = { t: "call", name: "is_exception", meta: {}, args: [{ t: "call", name: "_", meta: {}, args: null }] };

/** distinct variables (or `_`) only, and no guard (or one always true): `f(n, n)` compares its
 *  arguments */
export function matchesAnything(args: Ast[], guard: Ast | null): boolean {
  if (guard && !alwaysTrue(guard)) return false;
  const names = new Set<string>();
  for (const x of args) {
    if (!isVar(x)) return false;
    if (x.name !== "_" && names.has(x.name)) return false;
    names.add(x.name);
  }
  return true;
}

function alwaysMatches(c: Clause): boolean {
  return c.args.length > 0 && matchesAnything(c.args, c.guard);
}

/** the forms whose do/else/after blocks are bodies, their values standing on their own */
const BLOCK_FORMS = new Set(["if", "unless", "with", "try"]);

export class ErlangChecks {
  readonly warnings: Warning[] = [];
  /** the Erlang compiler reports a message once per line (its warnings are a sorted set) */
  private seen = new Set<string>();
  /** fns inlined where they are applied to arguments known in part: their clauses folded away */
  private readonly foldedFns = new WeakSet<Ast>();
  /** topLevel: a script's top level, whose unreachable clauses Elixir 1.14 never reports */
  constructor(readonly file: string, readonly topLevel = false) {}

  /** descriptor: what tells apart warnings of the same text (a clause's and its case's) */
  private warn(message: string, line: number | undefined, descriptor = message): void {
    const key = `${line}:${descriptor}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push({ message, file: this.file, line });
  }

  /** a `with`'s `pattern <- value` clauses (and its matches, which bind): each is a case of its value with the pattern's clause
   *  and a generated one taking what fails (to the else clauses or out), so only "cannot match
   *  because of different types/sizes" can be said of it, for a value known in part. A clause
   *  sees the variables the clauses before it bound (known when bound to known values), and none
   *  is looked at after one that never matches (the rest of the with is never reached). */
  private withClauses(clauses: AstCall[], known: ReadonlyMap<string, Shape>): void {
    let env = known;
    for (const c of clauses) {
      const [pattern, value] = c.args as [Ast, Ast];
      const guarded = isCall(pattern, "when") && pattern.args?.length === 2 ? pattern.args : null;
      const [p, guard] = guarded !== null ? [guarded[0], guarded[1]] : [pattern, null];
      const ws = !isCall(c, "<-") ? [] : literalCaseWarnings(value, [{ pattern: p, guard, line: lineOf(c) }], lineOf(c), env, ALWAYS_SAME).filter((w) => w.message === TYPES_SIZES);
      for (const w of ws) this.warn(w.message, w.line, `case:${w.message}`);
      if (ws.length > 0) return;
      const next = new Map(env);
      for (const name of boundIn({ t: "call", name: "=", meta: c.meta ?? {}, args: [p, value] } as Ast)) next.delete(name);
      for (const [name, shape] of literalMatch(pattern, value, env).bound) next.set(name, shape);
      env = next;
    }
  }

  /** a function clause's body, or a script's top-level expressions (modules left out) */
  body(items: Ast[]): void {
    this.block(items);
  }

  /** a `case`/`receive`/`fn`'s clauses: those after one that always matches, and those whose
   *  guard is always false; when no clause can match, the construct's own line (`at`) too.
   *  `literalSubject`: a case on a value known in full, whose shadowed clauses the compiler drops
   *  unreported (sys_core_fold: `case ?DEBUG of` must not warn). `folded`: a fn inlined where it
   *  is applied to arguments known in part (compiler/warnings/applied_fns.ts) */
  private shadowed(clauses: Clause[] | null, at: number | undefined, literalSubject = false, folded = false): void {
    if (this.topLevel || !clauses) return;
    let first: Clause | null = null;
    let noneMatch = clauses.length > 0;
    /** the clauses left once those after one that always matches and those never taken are gone */
    const kept: Clause[] = [];
    for (const c of clauses) {
      // (a clause a macro quoted with `generated: true` is not reported)
      if (first) {
        if (!isGeneratedQuoted(c.meta) && !literalSubject) this.warn(`this clause cannot match because a previous clause at line ${first.meta.line} always matches`, c.meta.line);
      }
      else if (alwaysMatches(c)) first = c;
      else if (alwaysFalse(c.guard) && !isGeneratedQuoted(c.meta)) this.warn(ALWAYS_SAME, c.meta.line);
      if (!alwaysFalse(c.guard)) noneMatch = false;
      if ((first === null || first === c) && !alwaysFalse(c.guard)) kept.push(c);
    }
    if (noneMatch && at !== undefined) this.warn(ALWAYS_SAME, at, "no clause matches");
    // then those the compiled patterns never reach (not of a fn whose clauses were folded away)
    if (literalSubject || folded) return;
    for (const w of shadowedClauses(kept.map((c) => ({ args: c.args, guard: c.guard, line: c.meta.line })))) {
      if (kept.some((c) => c.meta.line === w.line && isGeneratedQuoted(c.meta))) continue;
      this.warn(`this clause cannot match because a previous clause at line ${w.by} always matches`, w.line);
    }
  }

  /** `a` applies a fn OTP inlines (`boundFn` when bound to a variable, undefined when it is no
   *  such application, null when the application is not inlined): the warnings of its clauses
   *  matched against its arguments */
  private appliedFn(a: Ast, env: ReadonlyMap<string, Shape>, unwanted: boolean, boundFn: Ast | null | undefined, operand: boolean): void {
    if (this.topLevel || boundFn === null) return;
    const fn = boundFn ?? fnAppliedOnTheSpot(a);
    if (fn === null) return;
    // (a fn bound to a variable is that match's value: unwanted)
    const { warnings, folded } = appliedFnWarnings(fn, a, env, unwanted || boundFn !== undefined, operand);
    if (folded) this.foldedFns.add(fn);
    for (const w of warnings) {
      this.warn(w.message, w.line, w.noClause ? "no clause matches" : w.message === ALWAYS_SAME ? ALWAYS_SAME : `case:${w.message}`);
    }
  }

  /** a cond clause whose condition (not one of Elixir's boolean expressions) is known to be nil:
   *  Elixir tests it in a guard (`x != nil and x != false`) the compiler finds always false. The
   *  clauses after one known truthy are never compiled. */
  private condClauses(clauses: Clause[] | null, env: ReadonlyMap<string, Shape>): void {
    for (const c of clauses ?? []) {
      const cond = c.args[0];
      if (c.args.length !== 1 || cond === undefined) return;
      const shape = shapeOf(cond, env);
      if (returnsBoolean(cond)) {
        if (shape.k === "lit" && shape.key === "a:true") return;
        continue;
      }
      if (shape.k === "lit" && shape.key === "a:nil") this.warn(ALWAYS_SAME, c.meta.line);
      else if (shape.k !== "unknown" && !(shape.k === "lit" && shape.key === "a:false")) return;
    }
  }

  /** in source order, on a work list (code nests 5,000 deep in a def): each item is some code,
   *  whether it is a block's expression other than the last (its value is dropped), and whether
   *  it is inside the value of a match to a variable (compiler/unwanted_values.ts) */
  private block(items: Ast[]): void {
    const todo: [Ast, boolean, boolean][] = [];
    const boundFns = new WeakSet<Ast>();
    /** the values of a dropped case, if, cond, with ... (their clauses' last expressions) */
    const droppedValues = new WeakSet<Ast>();
    /** the variables known before each statement; and the patterns (no match expressions there) */
    const known = new WeakMap<Ast, ReadonlyMap<string, Shape>>();
    const patterns = new WeakSet<Ast>();
    const dead = new WeakSet<Ast>();
    const clauseBodies = new WeakSet<Ast>();
    /** code standing as a statement or a body's value (not an operand of other code, whose
     *  value the compiler binds to a variable first: compiler/warnings/applied_fns.ts) */
    const standing = new WeakSet<Ast>();
    const stand = (xs: readonly Ast[]) => {
      for (const x of xs) standing.add(x);
      // (`v = value` then `v` last: the compiler makes it the value alone)
      const [bind, last] = xs.slice(-2);
      if (xs.length >= 2 && isVar(last) && isCall(bind, "=") && bind.args?.length === 2 && isVar(bind.args[0]) && bind.args[0].name === last.name) standing.add(bind.args[1]);
    };
    /** values a case's clauses tell apart (a case's subject, an if's condition, &&'s left
     *  operand): a fn applied there is not inlined (compiler/warnings/applied_fns.ts) */
    const branchedOn = new WeakSet<Ast>();
    /** the applications of fns bound to a variable that OTP inlines: the fn */
    const boundFnApplied = new WeakMap<Ast, Ast>();
    const markBoundFns = (xs: Ast[]) => { for (const { fn, application } of inlinedFnUses(xs)) boundFnApplied.set(application, fn); };
    /** matches followed by more code, cases on their values (compiler/inlined_fns.ts): a fn
     *  applied there is not inlined, so its value is not known to the match either */
    const matchesBeforeMore = new WeakSet<Ast>();
    const markMatchesBeforeMore = (xs: Ast[]) => xs.forEach((x, i) => {
      const subject = matchedBeforeMore(x, i === xs.length - 1);
      if (subject !== null) { branchedOn.add(subject); matchesBeforeMore.add(x); }
    });
    const later = (xs: readonly Ast[], unwanted: boolean, block = false) => {
      for (let i = xs.length - 1; i >= 0; i--) todo.push([xs[i], block && i < xs.length - 1, unwanted]);
    };
    // the variables known where each node is: its statement's (none inside a clause, a fn, a
    // comprehension or a with, whose patterns may bind the same names again)
    const envAt = new WeakMap<Ast, ReadonlyMap<string, Shape>>();
    knownBefore(items, known, dead);
    markBoundFns(items);
    markMatchesBeforeMore(items);
    stand(items);
    later(items, false, true);
    while (todo.length > 0) {
      const [a, inBlock, unwanted] = todo.pop()!;
      // a call of the program's own macro: the code it expanded to, which the Erlang compiler sees
      const made = a.t === "call" ? expansionOf(a) : undefined;
      if (made) {
        for (const m of [known, envAt]) if (m.has(a)) m.set(made, m.get(a)!);
        for (const set of [droppedValues, patterns, dead, clauseBodies, standing]) if (set.has(a)) set.add(made);
        todo.push([made, inBlock, unwanted]);
        continue;
      }
      // (code the compiler drops unseen says nothing)
      if (dead.has(a)) continue;
      const env = known.get(a) ?? envAt.get(a) ?? NO_VARS;
      if (env !== NO_VARS && !(isCall(a) && SCOPES.has(a.name as string))) for (const k of astKids(a)) if (!known.has(k)) envAt.set(k, env);
      // x || y, x && y: a case on x whose clause for false and nil a value known truthy never takes
      if (!this.topLevel && !dead.has(a) && !patterns.has(a) && (isCall(a, "||") || isCall(a, "&&")) && a.args?.length === 2 && knownTruthy(a.args[0], env)) this.warn(ALWAYS_SAME, lineOf(a), "truthy");
      if (patterns.has(a) || dead.has(a)) for (const k of astKids(a)) (patterns.has(a) ? patterns : dead).add(k);
      // (a match that is a statement or a clause's body: one in a call's arguments may be a
      // macro's, which Elixir expands into something else (assert's case), so it is left alone)
      else if (!this.topLevel && isCall(a, "=") && a.args?.length === 2 && (known.has(a) || clauseBodies.has(a))) {
        patterns.add(a.args[0]);
        // (a check known false is reported twice, as the compiler does; not of the value of a fn
        // left a fun)
        if (!(matchesBeforeMore.has(a) && fnAppliedOnTheSpot(a.args[1]) !== null)) literalMatchWarnings(a.args[0], a.args[1], known.get(a) ?? NO_VARS, ALWAYS_SAME).forEach((message, i) => this.warn(message, lineOf(a), `match:${i}:${message}`));
      } else if (!this.topLevel && isCall(a, "match?") && a.args?.length === 2) {
        // Kernel.match?/2 is a case on the value: a value known at compile time that its
        // pattern never matches is reported as such a match is (anywhere: assert's too, a match's
        // value, a call's argument, with the variables known at its statement)
        patterns.add(a.args[0]);
        // (a check known false is reported twice, as the compiler does)
        literalMatchWarnings(a.args[0], a.args[1], env, ALWAYS_SAME).forEach((message, i) => this.warn(message, lineOf(a), `match:${i}:${message}`));
      } else if (isCall(a, "->") && a.args?.length === 2 && a.args[0].t === "list") {
        for (const h of a.args[0].items) patterns.add(h);
        clauseBodies.add(a.args[1]);
        standing.add(a.args[1]);
      }
      else if (isCall(a, "<-") && a.args?.length === 2) patterns.add(a.args[0]);
      this.appliedFn(a, env, unwanted, branchedOn.has(a) || dead.has(a) || patterns.has(a) ? null : boundFnApplied.get(a), !standing.has(a));
      for (const subject of branchedValues(a)) branchedOn.add(subject);
      const dropped = inBlock || droppedValues.has(a);
      if (dropped && !unwanted) {
        for (const message of ignoredResult(a)) this.warn(message, lineOf(a));
        for (const value of branchValues(a)) droppedValues.add(value);
        if (isCall(a, "=") && a.args?.length === 2) for (const value of droppedElements(a.args[0], a.args[1])) droppedValues.add(value);
        // (a tuple, list or map built for nothing: OTP's compiler drops each of its parts)
        for (const value of builtParts(a)) droppedValues.add(value);
      }
      if (a.t === "list" || a.t === "tuple") later(a.items, unwanted);
      if (a.t !== "call" || a.name === "quote" || a.name === "defmodule") continue;
      if (a.name === "__block__" && a.args) {
        if (dropped && a.args.length > 0) droppedValues.add(a.args[a.args.length - 1]);
        knownBefore(a.args, known, dead);
        markBoundFns(a.args);
        markMatchesBeforeMore(a.args);
        if (standing.has(a)) stand(a.args);
        later(a.args, unwanted, true);
        continue;
      }
      // a fn bound to a variable is compiled as a named fun: only its clauses are reported
      if (a.name === "=" && a.args?.length === 2 && isVar(a.args[0]) && isCall(a.args[1], "fn")) boundFns.add(a.args[1]);
      // `_ = for ...` whose own value is dropped: Elixir compiles the comprehension as one whose
      // value is dropped (its body's values warned of), unlike any other value matched to `_`
      if (dropped && !unwanted && a.name === "=" && a.args?.length === 2 && isVar(a.args[0]) && a.args[0].name === "_" && isCall(a.args[1], "for")) {
        droppedValues.add(a.args[1]);
        later([a.args[1]], unwanted);
        continue;
      }
      // (a cond that is a match's value sees the variables known before the match)
      if (a.name === "=" && a.args?.length === 2 && (isCall(a.args[1], "cond") || isCall(a.args[1], "with")) && known.has(a)) known.set(a.args[1], known.get(a)!);
      if (a.name === "=" && a.args?.length === 2 && valueUnwanted(a)) {
        later([a.args[0]], unwanted);
        later([a.args[1]], true);
        continue;
      }
      // (the blocks of an if, a with, a try are clause bodies, or a try's own body)
      if (BLOCK_FORMS.has(a.name as string) && a.args && a.args.length > 0) stand((keywordPairs(a.args[a.args.length - 1]) ?? []).map(([, v]) => v));
      if (a.name === "case" || a.name === "receive") {
        const doClauses = keywordPairs(a.args?.[a.args.length - 1])?.find(([k]) => k === "do")?.[1];
        const clauses = clausesOf(doClauses);
        // a case on a value known at compile time that some clauses (or none) can match
        let literal =
          !this.topLevel && a.name === "case" && a.args?.length === 2 && clauses?.every((c) => c.args.length === 1)
            ? literalCaseWarnings(a.args[0], clauses.map((c) => ({ pattern: c.args[0], guard: c.guard, line: c.meta.line })), lineOf(a), env, ALWAYS_SAME)
            : [];
        // (a list known only in part through a variable: the clauses after one that always
        // matches are reported as shadowed by it, not as of another type)
        const subject = a.args?.[0];
        if (clauses && subject && isVar(subject) && shapeOf(subject, known.get(a) ?? NO_VARS).k === "cons" && !knownInFull(subject, known.get(a) ?? NO_VARS)) {
          const catchAll = clauses.findIndex((c) => matchesAnything(c.args, c.guard));
          const after = new Set(catchAll < 0 ? [] : clauses.slice(catchAll + 1).map((c) => c.meta.line));
          literal = literal.filter((w) => w.message !== TYPES_SIZES || !after.has(w.line));
        }
        // (a clause of another type or size than the value is dropped first: no clause before it
        // shadows it)
        const otherType = new Set(literal.filter((w) => w.message === TYPES_SIZES).map((w) => w.line));
        const literalSubject = a.name === "case" && a.args?.length === 2 && knownInFull(a.args[0], known.get(a) ?? NO_VARS);
        // (a first clause `_ -> ...` makes the case a `let` whose value is dropped: sys_core_fold
        // reports the subject's value ignored as a statement's)
        const first = clauses?.[0];
        // (`case x do v -> v end` is x itself once OTP makes it a `let`: standing where it stands)
        if (standing.has(a) && subject && clauses?.length === 1 && first && first.args.length === 1 && isVar(first.args[0]) && first.guard === null && isVar(first.body) && first.body.name === first.args[0].name) standing.add(subject);
        if (!this.topLevel && a.name === "case" && subject && first?.args.length === 1 && isVar(first.args[0]) && (first.args[0].name as string).startsWith("_") && first.guard === null) droppedValues.add(subject);
        const kept = clauses && clauses.filter((c) => !otherType.has(c.meta.line));
        this.shadowed(kept && a.name === "case" ? splitListSubject(a.args?.[0], kept) : kept, lineOf(a), literalSubject);
        for (const w of literal) {
          this.warn(w.message, w.line, w.noClause ? "no clause matches" : `case:${w.message}`);
        }
      } else if (a.name === "with" && !this.topLevel && a.args) {
        this.withClauses(a.args.filter((x): x is AstCall => (isCall(x, "<-") || isCall(x, "=")) && x.args?.length === 2), known.get(a) ?? NO_VARS);
      } else if (a.name === "cond" && !this.topLevel) {
        this.condClauses(clausesOf(keywordPairs(a.args?.[0])?.find(([k]) => k === "do")?.[1]), known.get(a) ?? NO_VARS);
      } else if (a.name === "try") {
        // the rescue and catch clauses are one Erlang catch, of {kind, value} patterns (a rescue
        // clause tests its exception in a guard; a catch clause of one pattern catches a throw)
        const catches: Clause[] = [];
        for (const [k, v] of keywordPairs(a.args?.[a.args.length - 1]) ?? []) {
          if (k !== "rescue" && k !== "catch") continue;
          for (const c of clausesOf(v) ?? []) {
            // (`rescue e ->` tests nothing: it catches every error)
            if (k === "rescue") catches.push({ ...c, args: [{ t: "atom", v: "error" }, { t: "call", name: "_", meta: {}, args: null }], guard: c.args.length === 1 && isVar(c.args[0]) ? null : RESCUE_TEST });
            else catches.push(c.args.length === 1 ? { ...c, args: [{ t: "atom", v: "throw" }, c.args[0]] } : c);
          }
        }
        this.shadowed(catches, undefined);
      } else if (a.name === "for" && !this.topLevel) {
        for (const w of bitstringForFilterWarnings(a, env)) this.warn(ALWAYS_SAME, w.line, w.noClause ? "no clause matches" : ALWAYS_SAME);
      } else if (a.name === "fn" && a.args) {
        this.shadowed(clausesOf({ t: "list", items: a.args }), boundFns.has(a) ? undefined : lineOf(a), false, this.foldedFns.has(a));
      }
      later(astKids(a), unwanted);
    }
  }
}
