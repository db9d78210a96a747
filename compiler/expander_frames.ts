// The stack trace Elixir 1.14 prints under a CompileError raised while expanding a script's code
// (`elixir FILE.exs`): the raw frames of its expander from the error up to Code.require_file,
// cut to the first 7 (the BEAM keeps 8 frames, elixir_errors drops its own), then pruned of the
// expander's internal modules as Kernel.CLI does. The frames each construct adds were read from
// Elixir 1.14's compiled expander (elixir_expand, elixir_clauses, elixir_fn, elixir_def).
// Only paths made of the constructs below are modelled; anything else gives null (the caller
// keeps its older approximation).
import type { Ast, AstCall } from "../lang/ast.ts";
import { formatElixirFrames, type ElixirFrame } from "../lang/compile_error.ts";
import { isCall } from "./ast_util.ts";
import { KERNEL_FUNCTIONS } from "./kernel_imports.ts";

/** a raw frame; a frame Kernel.CLI prunes (elixir_expand, elixir_clauses, elixir_def...) is
 *  null, or, where its name is known, that name marked pruned */
export type RawFrame = ElixirFrame | PrunedFrame | null;
export interface PrunedFrame { pruned: ElixirFrame }
/** a frame of elixir_expand (pruned from printed traces, in an exception's own stacktrace) */
const X = (fun: string, arity: number, line: number): PrunedFrame => ({ pruned: ["elixir_expand", fun, arity, "src/elixir_expand.erl", line] });
/** a frame of elixir_clauses (pruned too) */
const C = (fun: string, arity: number, line: number): PrunedFrame => ({ pruned: ["elixir_clauses", fun, arity, "src/elixir_clauses.erl", line] });
/** an argument of a remote call, `Mod.f(x)`: expand_remote/8 maps expand_arg/3 over them */
const REMOTE_ARG = [X("expand_arg", 3, 618), X("mapfold", 5, 634), X("expand_remote", 8, 848)];
/** expand_remote/8 itself, where it refuses `->` clauses in a function's keywords (a remote
 *  call, or an imported function's: dispatched as one) before it expands the arguments */
export const REMOTE_CLAUSES_CHECK: RawFrame[] = [X("expand_remote", 8, 833)];
/** ...and expand_local/5, for a call of a local function (defined or not) in a def */
export const LOCAL_CLAUSES_CHECK: RawFrame[] = [X("expand_local", 5, 815)];
/** an element of a list: expand_list/5, expand_arg/3 */
const LIST_ELEMENT = [X("expand_arg", 3, 618), X("expand_list", 5, 556), X("expand", 3, 466)];
/** an element of a tuple: expand_args/3 (by mapfold/5 and expand_arg/3) from expand/3's clause
 *  for a 2-tuple or for {:{}, _, args} */
const tupleElement = (size: number) => [X("expand_arg", 3, 618), X("mapfold", 5, 634), X("expand_args", 3, 627), X("expand", 3, size === 2 ? 458 : 18)];
/** a pair of a map literal: elixir_map:expand_map/4 (pruned) expands them by expand_args/3 */
const MAP_PAIR: RawFrame[] = [X("expand_args", 3, 622), { pruned: ["elixir_map", "expand_map", 4, "src/elixir_map.erl", 13] }];
/** an expression of a block: expand_block/5 (its last, or one before it), from expand/3 */
const blockItem = (last: boolean) => [X("expand_block", 5, last ? 564 : 567), X("expand", 3, 40)];

/** lists:foldl's frame calling its fun for element i: foldl/3 itself for the first, foldl_1/3 after */
export const FOLD_FRAME = (i: number): ElixirFrame => (i === 0 ? ["lists", "foldl", 3, "lists.erl", 1350, "stdlib 4.2"] : ["lists", "foldl_1", 3, "lists.erl", 1355, "stdlib 4.2"]);
/** lists:mapfoldl_1/3's frame at a line of lists.erl (1462 calls the fun, 1463 recurses) */
export const LISTS_MAPFOLDL = (line: number): ElixirFrame => ["lists", "mapfoldl_1", 3, "lists.erl", line, "stdlib 4.2"];
/** lists:mapfoldl over a list, at element k: the call for it, and for a later element the
 *  recursion below it (the trace shows the recursive frames once, however many elements before) */
const mapfoldlAt = (k: number): RawFrame[] => (k === 0 ? [LISTS_MAPFOLDL(1462)] : [LISTS_MAPFOLDL(1462), LISTS_MAPFOLDL(1463)]);

export const FN_FRAMES = {
  captureExpr: (line: 112 | 116): RawFrame => ["elixir_fn", "capture_expr", 6, "src/elixir_fn.erl", line],
  escape: (line: 139 | 140 | 143 | 144): RawFrame => ["elixir_fn", "escape", 3, "src/elixir_fn.erl", line],
  validate: ["elixir_fn", "validate", 4, "src/elixir_fn.erl", 125] as RawFrame,
  mapfoldlAt,
  /** elixir_fn:expand/4, below the mapfoldl over a fn's clauses */
  expand: ["elixir_fn", "expand", 4, "src/elixir_fn.erl", 23] as RawFrame,
};

/**
 * The frames between elixir_fn:capture_expr/6 and a `&` at `path` inside the capture's body
 * (elixir_fn:escape/3 walks the quoted form: a call's name, then its arguments as a list)
 */
export function escapeFrames(body: Ast, target: object): RawFrame[] | null {
  const path = pathTo(body, target);
  if (!path) return null;
  // from the capture's body down: each step's frames go on top of the ones before
  let out: RawFrame[] = [];
  for (let i = 0; i < path.length - 1; i++) {
    const p = path[i], c = path[i + 1];
    let step: RawFrame[];
    if (p.t === "call") {
      if (c === p.name) step = [FN_FRAMES.escape(139)];
      else if (p.args) step = [...mapfoldlAt(p.args.indexOf(c)), FN_FRAMES.escape(140)];
      else return null;
    } else if (p.t === "tuple" && p.items.length === 2) {
      step = [FN_FRAMES.escape(c === p.items[0] ? 143 : 144)];
    } else if (p.t === "tuple") {
      step = [...mapfoldlAt(p.items.indexOf(c)), FN_FRAMES.escape(140)];
    } else if (p.t === "list") {
      step = mapfoldlAt(p.items.indexOf(c));
    } else return null;
    out = [...step, ...out];
  }
  return out;
}

/** the ancestors of target in a (root first, target last), or null; iterative (depth-first, in
 *  the children's order) so that code nested thousands deep cannot overflow the host's stack */
export function pathTo(a: Ast, target: object): Ast[] | null {
  const kidsOf = (n: Ast): Ast[] => n.t === "call" ? [...(typeof n.name === "string" ? [] : [n.name]), ...(n.args ?? [])]
    : n.t === "list" || n.t === "tuple" ? n.items : [];
  const path: Ast[] = [a];
  const kids: Ast[][] = [kidsOf(a)];
  const next: number[] = [0];
  if (a === target) return path;
  while (path.length > 0) {
    const top = path.length - 1;
    if (next[top] >= kids[top].length) {
      path.pop();
      kids.pop();
      next.pop();
      continue;
    }
    const k = kids[top][next[top]++];
    path.push(k);
    kids.push(kidsOf(k));
    next.push(0);
    if (k === target) return path;
  }
  return null;
}

/** what a macro call (written, or in another's expansion) expanded to, and the macro's module */
export type ExpansionLookup = (call: AstCall) => { expanded: Ast; module: string } | undefined;

/** the application an "expanding macro" frame names: ExUnit's, Logger's, none for the program's */
function macroApp(module: string): string {
  if (/^Elixir\.ExUnit(\.|$)/.test(module)) return "ex_unit 1.14.0";
  if (/^Elixir\.Logger(\.|$)/.test(module)) return "logger 1.14.0";
  return "";
}

/**
 * The ancestors of target in root (root first, target last), where target may lie in what a
 * macro called on the way expanded to: that call is followed on the path by its expansion's
 * root, then the path inside it (the innermost call holding target taken); null when not found
 */
export function pathThroughExpansions(root: Ast, target: object, expansionOf?: ExpansionLookup, depth = 0): Ast[] | null {
  const direct = pathTo(root, target);
  if (direct || !expansionOf || depth > 16) return direct;
  // the calls with an expansion, each after the calls around it: tried last first
  const calls: AstCall[] = [];
  const todo: Ast[] = [root];
  while (todo.length > 0) {
    const a = todo.pop()!;
    if (isCall(a) && expansionOf(a)) calls.push(a);
    const kids = a.t === "call" ? [...(typeof a.name === "string" ? [] : [a.name]), ...(a.args ?? [])] : a.t === "list" || a.t === "tuple" ? a.items : [];
    for (let k = kids.length - 1; k >= 0; k--) todo.push(kids[k]);
  }
  for (let k = calls.length - 1; k >= 0; k--) {
    const inner = pathThroughExpansions(expansionOf(calls[k])!.expanded, target, expansionOf, depth + 1);
    if (inner) return [...pathTo(root, calls[k])!, ...inner];
  }
  return null;
}

/** a frame of a module Kernel.CLI prunes (elixir_expand, elixir_clauses, elixir_def, ...) */
const pruned = (): RawFrame => null;

/** elixir_fn:expand/4's transformer, a fun as the BEAM names it */
const FN_TRANSFORMER: RawFrame = ["elixir_fn", "-expand/4-fun-0-", 4, "src/elixir_fn.erl", 17];
const FN_EXPAND: RawFrame = ["elixir_fn", "expand", 4, "src/elixir_fn.erl", 23];

/** outside guards, the clause of the case Kernel's boolean operators expand to that holds their
 *  right operand: `case a do false -> false; true -> b; ...` for and, `false -> b` for or,
 *  `x when x in [false, nil] -> x; _ -> b` for &&, `x when ... -> b; x -> x` for || */
const BOOLEAN_CASE_CLAUSE: Record<string, number> = { and: 1, or: 0, "&&": 1, "||": 0 };

/** what a walk found: the frames (top first), and below a macro's expansion, that macro's frames */
interface Walked {
  frames: RawFrame[];
  macro?: ElixirFrame[];
  /** a local function call's argument was crossed: the frames below it are unknown, shown only
   *  when the cut leaves none of them */
  opaque?: boolean;
}

/** special forms a call of a plain name can be (never a local function's call) */
const SPECIAL_FORMS = new Set(["case", "cond", "receive", "try", "for", "with", "fn", "quote", "unquote", "unquote_splicing", "super", "import", "require", "alias", "__block__", "__aliases__", "__MODULE__", "__DIR__", "__ENV__", "__CALLER__", "__STACKTRACE__"]);

/** where a macro was called, as the trace under its expansion names it */
export type MacroCaller = (line: number) => ElixirFrame;

/**
 * The frames (top first) of expanding the path from path[i] down to its last node, on top of
 * `below`; null when the path holds a construct not modelled. Below the expansion of a macro's
 * result Elixir puts the macro and its caller instead of the expander's frames (inExpansion: the
 * path starts at what a macro of the program returned).
 */
function walk(path: Ast[], i: number, below: RawFrame[], caller: MacroCaller, isMacro: IsMacro, expansionOf?: ExpansionLookup, guard?: { macro?: ElixirFrame[] }, inExpansion = false): Walked | null {
  let frames = below;
  let macro: ElixirFrame[] | undefined = guard?.macro;
  let opaque = false;
  // a macro's result expanded inside another's: the inner one's frames (its macro and caller)
  // go on top of the outer's, and the expander's frames below it are dropped
  const enter = (name: string, arity: number, line: number) => {
    frames = [];
    macro = [["Elixir.Kernel", name, arity, "expanding macro", 0], caller(line), ...(macro ?? [])];
  };
  const push = (fs: RawFrame[]) => { frames = [...fs, ...frames]; };
  // an if's expansion, or an unless's and then the if it gives
  const enterIf = (p: AstCall) => {
    if (p.name === "unless") enter("unless", 2, p.meta.line ?? 0);
    enter("if", 2, p.meta.line ?? 0);
  };
  // a clause's pattern from path[j] down: patternFrames, then, where the path goes into its guard's
  // code (`p when x == ^y`), the guard walked as code in guard context below the pattern's frames
  const inPattern = (j: number): Walked | null => {
    const g = guardEntry(path, j);
    const pf = patternFrames(g === undefined ? path : path.slice(0, g + 1), j);
    if (!pf) return null;
    push(pf);
    return g === undefined ? { frames, macro } : walk(path, g, frames, caller, isMacro, expansionOf, { macro }, inExpansion);
  };
  const caseClause = (clause: number, pair: number) => push([null, null, ...mapfoldlAt(clause), null, ...mapfoldlAt(pair), null, null]);
  while (i < path.length - 1) {
    const p = path[i], c = path[i + 1];
    // a macro's call (the program's, ExUnit's) followed by what it expanded to: Elixir expands
    // its result below the macro's frame and its caller's
    const made = isCall(p) && expansionOf ? expansionOf(p) : undefined;
    if (made?.expanded === c) {
      const call = p as AstCall;
      const name = typeof call.name === "string" ? call.name : isCall(call.name, ".") && call.name.args?.[1]?.t === "atom" ? call.name.args[1].v : null;
      if (name === null) return null;
      frames = [];
      macro = [[made.module, name, call.args?.length ?? 0, "expanding macro", 0, macroApp(made.module)], caller(call.meta.line ?? 0), ...(macro ?? [])];
      i++;
      continue;
    }
    // a clause's pattern (a fn's or case's head, a with's `<-`, a match's left side): the frames
    // of the clause down to the match it is expanded in, then the pattern's own
    const head = clauseHead(p, c, path[i + 2], path[i + 3]);
    if (head) {
      if (head.kind === "fn") push([null, FN_TRANSFORMER, ...mapfoldlAt(head.index), FN_EXPAND]);
      else if (head.kind === "with") push([null, ...mapfoldlAt(head.index)]);
      push(head.kind === "match" ? MATCH_HEAD : clauseHeadFrames(head.kind === "fn" ? (path[i + 2] as { items: Ast[] }).items.length : 1));
      return inPattern(i + head.skip);
    }
    // elixir_expand:expand_block/5 (at any position), then expand/3
    if (isCall(p, "__block__") && p.args && p.args.length >= 2) { push(blockItem(p.args[p.args.length - 1] === c)); i++; continue; }
    // a block of one expression (a lone unquote_splicing keeps its block) is that expression
    if (isCall(p, "__block__") && p.args?.length === 1) { i++; continue; }
    // expand/3 of `=` expands its right side
    if (isCall(p, "=") && p.args?.[1] === c) { push([X("expand", 3, 10)]); i++; continue; }
    // fn clauses: elixir_fn:expand/4 maps its transformer over the clauses, which expands the
    // clause's body from elixir_clauses:clause/6
    if (isCall(p, "fn") && p.args && isCall(c, "->") && path[i + 2] === c.args?.[1]) {
      push([null, FN_TRANSFORMER, ...mapfoldlAt(p.args.indexOf(c)), FN_EXPAND]);
      i += 2;
      continue;
    }
    // case, receive, cond and try: their keyword list's clauses (or a try's do/after body)
    const clauses = clausesStep(path, i);
    if (clauses === null) return null;
    if (clauses !== undefined) {
      push(clauses.frames);
      if (clauses.pattern === undefined) { i = clauses.next; continue; }
      return inPattern(clauses.pattern);
    }
    // alias x (import, require): elixir_expand expands its argument before it checks it
    // (expand_without_aliases_report/3, pruned)
    if ((isCall(p, "alias") || isCall(p, "import") || isCall(p, "require")) && p.args?.[0] === c) { push([null]); i++; continue; }
    // [a, x]: the expander's list expansion (pruned), for any element; {a, x}: the tuple's, deeper
    if (p.t === "list" && p.items.includes(c)) { push(LIST_ELEMENT); i++; continue; }
    if (p.t === "tuple" && p.items.includes(c)) { push(tupleElement(p.items.length)); i++; continue; }
    // %{k => v}: elixir_map:expand_map/4 expands the pairs (expand_args/3), each a 2-tuple
    if (isCall(p, "%{}") && p.args?.includes(c) && c.t === "tuple" && c.items.length === 2) { push(MAP_PAIR); i++; continue; }
    // case x do ... end: elixir_expand:expand_case/5 expands the subject (pruned)
    if (isCall(p, "case") && p.args?.length === 2 && p.args[0] === c) { push([null]); i++; continue; }
    // if x do ... end: Kernel.if/2 gives a case on x (unless x: Kernel.unless/2 gives an if)
    if ((isCall(p, "if") || isCall(p, "unless")) && p.args?.length === 2 && p.args[0] === c) {
      enterIf(p);
      push([null]);
      i++;
      continue;
    }
    // in a guard, a and b / a or b: Kernel's macros give :erlang.andalso(a, b) / orelse, a remote
    // call whose arguments are expanded as any's (&&, || and the constructs below are refused there)
    if (guard && (isCall(p, "and") || isCall(p, "or")) && p.args?.length === 2 && p.args.includes(c)) {
      enter(p.name as string, 2, p.meta.line ?? 0);
      push(REMOTE_ARG);
      i++;
      continue;
    }
    if (guard && !(p.t === "list" || p.t === "tuple" || (isCall(p) && p.args?.includes(c) && (remoteFunction(p, isMacro) || kernelFunction(p))))) return null;
    // a and b, a or b, a && b, a || b: Kernel's macros give a case on a, b in one of its clauses
    if (isCall(p) && typeof p.name === "string" && Object.hasOwn(BOOLEAN_CASE_CLAUSE, p.name) && p.args?.length === 2 && p.args.includes(c)) {
      enter(p.name, 2, p.meta.line ?? 0);
      if (c === p.args[0]) push([null]);
      else caseClause(BOOLEAN_CASE_CLAUSE[p.name], 0);
      i++;
      continue;
    }
    // !x: Kernel.!/1 gives a case on x
    if (isCall(p, "!") && p.args?.length === 1 && p.args[0] === c) {
      enter("!", 1, p.meta.line ?? 0);
      push([null]);
      i++;
      continue;
    }
    // match?(pattern, x): Kernel.match?/2 gives `case x do pattern -> true; _ -> false end`
    if (isCall(p, "match?") && p.args?.length === 2 && p.args[0] === c) {
      enter("match?", 2, p.meta.line ?? 0);
      caseClause(0, 0);
      push(clauseHeadFrames(1));
      return inPattern(i + 1);
    }
    // "#{x}": the binary's segment is Kernel.to_string(x), a macro (its expansion's frames are all
    // the expander's own, pruned)
    if (isCall(p, "<<>>") && isCall(c, "::") && isInterpolation(c.args?.[0]) && path[i + 2] === c.args?.[0] && path[i + 3] !== undefined) {
      enter("to_string", 1, (c.args![0] as AstCall).meta.line ?? 0);
      push([null, null, null]);
      i += 3;
      continue;
    }
    // <<x::t>> / <<x>> outside a pattern: elixir_bitstring expands a segment's value by
    // elixir_expand:expand_arg/3 from expand_expr/5, a size (or size*unit) in its type from
    // expand_each_spec/6 (expand_spec_arg/4 calls elixir_expand:expand/3 last: no frame)
    if (isCall(p, "<<>>") && p.args?.includes(c)) {
      const step = segmentStep(c, path, i + 1);
      if (step === null) return null;
      push(step.frames);
      i = step.next;
      continue;
    }
    // @name x in a module's body: Kernel.@/1 gives Module.__put_attribute__(mod, :name, x, line),
    // x expanded as that remote call's argument
    if (isCall(p, "@") && p.args?.length === 1 && p.args[0] === c && isCall(c) && typeof c.name === "string" && c.args?.length === 1 && path[i + 2] === c.args[0]) {
      enter("@", 1, p.meta.line ?? 0);
      push(REMOTE_ARG);
      i += 2;
      continue;
    }
    // x |> f(a): Kernel.|>/2 gives f(x, a), x expanded as its first argument
    if (isCall(p, "|>") && p.args?.length === 2 && p.args[0] === c && !isCall(c, "|>") && !macro) {
      frames = [];
      macro = [["Elixir.Kernel", "|>", 2, "expanding macro", 0], caller(p.meta.line ?? 0)];
      push([null, null, null]);
      i++;
      continue;
    }
    // then(x, fn ... end): Kernel.then/2 gives (fn ... end).(x), the fn expanded first of the fun
    // call's parts (expand_args/3, mapfold/5, expand_arg/3 from expand/3: all pruned)
    if (isCall(p, "then") && p.args?.length === 2 && p.args[1] === c && isCall(c, "fn") && !macro) {
      frames = [];
      macro = [["Elixir.Kernel", "then", 2, "expanding macro", 0], caller(p.meta.line ?? 0)];
      push([null, null, null, null]);
      i++;
      continue;
    }
    // then(x, f) and tap(x, f): Kernel's macros give f.(x), x expanded as the fun call's argument
    if ((isCall(p, "then") || isCall(p, "tap")) && p.args?.length === 2 && p.args[0] === c && !macro) {
      frames = [];
      macro = [["Elixir.Kernel", p.name as string, 2, "expanding macro", 0], caller(p.meta.line ?? 0)];
      push([null, null, null]);
      i++;
      continue;
    }
    // Mod.f(a): elixir_expand:expand_remote/8 expands the arguments (mapfold/5 over them,
    // expand_arg/3 each; all pruned), unless Mod.f is a macro
    // (a Kernel function called as imported, 1 + x, is expanded as the remote call it stands for)
    if (isCall(p) && p.args?.includes(c) && (remoteFunction(p, isMacro) || kernelFunction(p))) { push(REMOTE_ARG); i++; continue; }
    // if c do x else y end: Kernel.if/2 gives `case c do x when x in [false, nil] -> y; _ -> x end`;
    // unless c do x else y end: Kernel.unless/2 gives `if c do y else x end`
    if ((isCall(p, "if") || isCall(p, "unless")) && p.args?.length === 2 && p.args[1] === c && c.t === "list") {
      const pair = path[i + 2], body = path[i + 3];
      const key = keyOf(pair);
      if ((key !== "do" && key !== "else") || body !== (pair as { items: Ast[] }).items[1]) return null;
      enterIf(p);
      caseClause((key === "do") === (p.name === "if") ? 1 : 0, 0);
      i += 3;
      continue;
    }
    // x.f / x.f(): elixir_expand:expand/3 expands the receiver of a dot call before its arguments
    if (isCall(p) && p.name === c && isCall(c, ".") && c.args?.length === 2 && c.args[0] === path[i + 2] && isCall(path[i + 2])) {
      push([X("expand", 3, 431)]);
      i += 2;
      continue;
    }
    // for: elixir_expand's clause for it (expand/3) maps expand_for/3 over the generators and
    // filters (mapfold/5: a generator's enumerable is expanded by expand_for/3, a filter by a call
    // in its tail), then expands the do body itself; its other options are not modelled
    // for <<seg, ... <- bin>>: the generator's segments are a pattern, matched from expand_for/3
    if (isCall(p, "for") && p.args?.includes(c) && isCall(c, "<<>>") && c.args?.length && isCall(c.args[c.args.length - 1], "<-")) {
      const gen = c.args[c.args.length - 1] as AstCall;
      if (path[i + 2] === gen && path[i + 3] === gen.args?.[1]) return null;
      push([C("match", 5, 23), X("expand_for", 3, 1044), X("mapfold", 5, 634), X("expand", 3, 283)]);
      return inPattern(i + 1);
    }
    if (isCall(p, "for") && p.args?.includes(c)) {
      const step = forStep(p, c, path[i + 2], path[i + 3]);
      if (step === null) return null;
      push(step.frames);
      i += step.skip;
      continue;
    }
    // with: its clauses by lists:mapfoldl from with/4 (a clause's right side expanded by
    // expand_with/2), then its do body by expand_with_do/5; else clauses are not modelled
    if (isCall(p, "with") && p.args?.includes(c)) {
      const last = p.args[p.args.length - 1];
      if (c === last && c.t === "list") {
        const pair = path[i + 2];
        if (keyOf(pair) !== "do" || path[i + 3] !== (pair as { items: Ast[] }).items[1]) return null;
        push([C("expand_with_do", 5, 191), C("with", 4, 167)]);
        i += 3;
        continue;
      }
      if (!isCall(c, "<-") || c.args?.[1] !== path[i + 2]) return null;
      push([C("expand_with", 2, 180), ...mapfoldlAt(p.args.indexOf(c)), C("with", 4, 166)]);
      i += 2;
      continue;
    }
    // x |> Mod.f(a): Kernel.|>/2 gives Mod.f(x, a), whose arguments elixir_expand:expand_remote/8
    // expands (mapfold/5 over them, expand_arg/3 each)
    if (isCall(p, "|>") && p.args?.length === 2 && p.args[1] === c && !isCall(p.args[0], "|>") && !macro &&
        isCall(c) && isCall(c.name as Ast, ".") && (c.name as AstCall).args?.[0].t === "call" && ((c.name as AstCall).args![0] as AstCall).name === "__aliases__" &&
        c.args?.includes(path[i + 2])) {
      frames = [];
      macro = [["Elixir.Kernel", "|>", 2, "expanding macro", 0], caller(p.meta.line ?? 0)];
      push([null, null, null]);
      // (expand_arg/3, mapfold/5 and expand_remote/8 are pruned)
      i += 2;
      continue;
    }
    // f(a) inside a macro's expansion (or walked from a macro's result: inExpansion): expand_local/5
    // expands its arguments by expand_args/3 (a lone one itself, more by mapfold/5 and expand_arg/3;
    // all pruned), below them what the walk knows down to the expansion
    if ((macro || inExpansion) && isCall(p) && typeof p.name === "string" && /^[a-z_]\w*[?!]?$/.test(p.name) && !SPECIAL_FORMS.has(p.name) && p.args?.includes(c) &&
        !isMacro("Elixir.Kernel", p.name, p.args.length)) {
      push(p.args.length === 1 ? [null, null] : [null, null, null, null]);
      i++;
      continue;
    }
    // f(a): a local function's argument (expand_local/5's frames and elixir_dispatch's, not
    // modelled): what lies below is unknown, shown only when the cut drops it (not a macro's call)
    if (isCall(p) && typeof p.name === "string" && /^[a-z_]\w*[?!]?$/.test(p.name) && !SPECIAL_FORMS.has(p.name) && p.args?.includes(c) &&
        !isMacro("Elixir.Kernel", p.name, p.args.length) && !macro) {
      frames = [];
      opaque = true;
      i++;
      continue;
    }
    return null;
  }
  // var!(x) names a variable of its result (Kernel.var!/1,2's): an error about that variable
  // (undefined) is raised expanding the result
  const last = path[path.length - 1];
  if (isCall(last, "var!") && last.args && (last.args.length === 1 || last.args.length === 2)) enter("var!", last.args.length, last.meta.line ?? 0);
  return { frames, macro, ...(opaque ? { opaque } : {}) };
}

/**
 * A step into the clauses of `case x do ... end`, `receive`, `cond` or `try` at path[i]: the frames
 * of the clause (top first) down to the construct's own, and where the walk goes on: a body or a
 * cond's condition at `next`, or a clause's pattern (a list of patterns' item) at `pattern`.
 * undefined when path[i] is none of these (or the path goes to a case's subject); null for a part
 * not modelled (a rescue's head).
 *
 * elixir_clauses expands a construct's keywords with lists:mapfoldl (the pair's index), then the
 * clauses of one (expand_clauses_origin/6 maps over them, clause/6 expands each, head then body);
 * rescue and catch clauses go through expand_clauses_with_stacktrace/5 too; a try's do and after
 * bodies through expand_try/4. A clause's head is expanded by elixir_clauses:match/5 over its
 * patterns (expand_args/3 for one, mapfold/5 for more: one frame), a cond's condition and a
 * receive's timeout by expand_args/3.
 */
function clausesStep(path: Ast[], i: number): { frames: RawFrame[]; next: number; pattern?: number } | null | undefined {
  const p = path[i], c = path[i + 1];
  const construct = isCall(p, "case") && p.args?.length === 2 && p.args[1] === c ? "case"
    : (isCall(p, "receive") || isCall(p, "cond") || isCall(p, "try")) && p.args?.length === 1 && p.args[0] === c ? p.name as string
    : undefined;
  if (construct === undefined || c.t !== "list") return undefined;
  const pair = path[i + 2], key = keyOf(pair);
  if (key === null || path[i + 3] !== (pair as { items: Ast[] }).items[1]) return null;
  const pairAt = mapfoldlAt(c.items.indexOf(pair));
  // a try's body and its after: expand_try/4, then the keywords' mapfoldl, try/4 and expand/3
  if (construct === "try" && (key === "do" || key === "after")) return { frames: [null, ...pairAt, null, null], next: i + 3 };
  const known = construct === "try" ? ["rescue", "catch", "else"] : construct === "receive" ? ["do", "after"] : ["do"];
  const list = path[i + 3], clause = path[i + 4], inClause = path[i + 5];
  if (!known.includes(key) || list.t !== "list" || !isCall(clause, "->") || !clause.args || clause.args.length !== 2) return null;
  const withStacktrace = construct === "try" && key !== "else" ? [null] : [];
  const frames: RawFrame[] = [null, null, ...mapfoldlAt(list.items.indexOf(clause)), null, ...withStacktrace, ...pairAt, null, null];
  // a rescue clause refused as a whole (expand_rescue/4, once its head is expanded)
  if (key === "rescue" && path.length === i + 5) return { frames, next: i + 4 };
  if (inClause === clause.args[1]) return { frames, next: i + 5 };
  const head = clause.args[0];
  if (inClause !== head || head.t !== "list" || !head.items.includes(path[i + 6])) return null;
  // a cond's condition and a receive's timeout are expressions, expanded by expand_args/3
  if (construct === "cond" || key === "after") return { frames: [null, ...frames], next: i + 6 };
  // a rescue clause's head that is no variable, alias or `var in aliases`: elixir_clauses'
  // expand_rescue/3 expands it (what is right of `in`) as an expression, under expand_rescue/4
  if (key === "rescue") {
    const item = path[i + 6];
    const inRight = isCall(item, "in") && item.args?.length === 2 && path[i + 7] === item.args[1];
    if (isCall(item, "in") && !inRight && path.length > i + 7) return null;
    return { frames: [...RESCUE_HEAD, ...frames], next: inRight ? i + 7 : i + 6 };
  }
  return { frames: [...clauseHeadFrames(head.items.length), ...frames], next: i + 6, pattern: i + 6 };
}

/** a step from `for` (p) into c: a generator's enumerable (expand_for/3, mapfold/5, expand/3), a
 *  filter (mapfold/5, expand/3) or the do body (expand/3); null for its patterns and options */
function forStep(p: AstCall, c: Ast, c2: Ast | undefined, c3: Ast | undefined): { frames: RawFrame[]; skip: number } | null {
  const last = p.args![p.args!.length - 1];
  if (c === last && c.t === "list") {
    if (c.items.some((kw) => keyOf(kw) === "reduce")) return null;
    if (keyOf(c2) !== "do" || c3 !== (c2 as { items: Ast[] }).items[1]) return null;
    return { frames: [X("expand", 3, 288)], skip: 3 };
  }
  if (isCall(c, "<-")) return c.args?.[1] === c2 && c2 !== undefined ? { frames: [X("expand_for", 3, 1035), X("mapfold", 5, 634), X("expand", 3, 283)], skip: 2 } : null;
  if (isCall(c, "<<>>")) return null;
  return { frames: [X("mapfold", 5, 634), X("expand", 3, 283)], skip: 1 };
}

/** a rescue clause's head expanded as an expression (pruned) */
const RESCUE_HEAD: RawFrame[] = [C("expand_rescue", 3, 292), C("expand_rescue", 4, 270)];

/** a clause's head, its patterns expanded by elixir_clauses:match/5: by expand_args/3 when it
 *  has one, by mapfold/5 when more (a catch's kind and value, a fn's arguments) */
const clauseHeadFrames = (patterns: number): RawFrame[] => [patterns > 1 ? X("mapfold", 5, 634) : X("expand_args", 3, 622), C("match", 5, 23)];
/** `pattern = x`: its left side expanded by elixir_clauses:match/5 from expand/3 */
const MATCH_HEAD: RawFrame[] = [C("match", 5, 23), X("expand", 3, 11)];
/** a segment's value in a bitstring pattern: elixir_bitstring's expand_match/3 from expand_expr/5,
 *  from expand/8 (at its clause for a segment with `::` or for one without) and expand/5 */
const segmentValueFrames = (typed: boolean): RawFrame[] => [
  ["elixir_bitstring", "expand_match", 3, "src/elixir_bitstring.erl", 7],
  ["elixir_bitstring", "expand_expr", 5, "src/elixir_bitstring.erl", 143],
  ["elixir_bitstring", "expand", 8, "src/elixir_bitstring.erl", typed ? 34 : 44],
  ["elixir_bitstring", "expand", 5, "src/elixir_bitstring.erl", 14],
];

/** elixir_bitstring's frames of an expression's segment at path[j], top first, down to its value
 *  or to the argument of size/unit in its type (at `next`); null for another part of its type */
function segmentStep(seg: Ast, path: Ast[], j: number): { frames: RawFrame[]; next: number } | null {
  const bitstring = (fun: string, arity: number, line: number): RawFrame => ["elixir_bitstring", fun, arity, "src/elixir_bitstring.erl", line];
  const typed = isCall(seg, "::") && seg.args?.length === 2;
  if (!typed) return { frames: [X("expand_arg", 3, 618), bitstring("expand_expr", 5, 143), bitstring("expand", 8, 44), bitstring("expand", 5, 26)], next: j };
  const [value, type] = (seg as AstCall).args!;
  if (path[j + 1] === value) return { frames: [X("expand_arg", 3, 618), bitstring("expand_expr", 5, 143), bitstring("expand", 8, 34), bitstring("expand", 5, 26)], next: j + 1 };
  // the specifiers joined by `-` are one list to elixir_bitstring (unpack_specs/2)
  let k = j + 1;
  if (path[k] !== type) return null;
  while (isCall(path[k], "-") && (path[k] as AstCall).args?.includes(path[k + 1])) k++;
  const spec = path[k];
  const argOfSpec = (isCall(spec, "size") || isCall(spec, "unit")) && spec.args?.length === 1 && spec.args[0] === path[k + 1];
  const sizeTimesUnit = isCall(spec, "*") && spec.args?.length === 2 && spec.args[0] === path[k + 1];
  if (!argOfSpec && !sizeTimesUnit) return null;
  return { frames: [bitstring("expand_each_spec", 6, 190), bitstring("expand_specs", 7, 160), bitstring("expand", 8, 38), bitstring("expand", 5, 26)], next: k + 1 };
}

/** is c, below p, the way into a clause's pattern: which construct, the clause's index among its
 *  siblings, and how many steps down the path its pattern is */
function clauseHead(p: Ast, c: Ast, c2: Ast | undefined, c3: Ast | undefined): { kind: "fn" | "with" | "match"; index: number; skip: number } | null {
  // fn pattern -> body: the clause's head is a list of its patterns
  if (isCall(p, "fn") && p.args && isCall(c, "->") && c2 === c.args?.[0] && c2?.t === "list" && c3 !== undefined && c2.items.includes(c3)) return { kind: "fn", index: p.args.indexOf(c), skip: 3 };
  // with pattern <- x, ... do: elixir_clauses:with/3 maps over the clauses
  if (isCall(p, "with") && p.args && isCall(c, "<-") && c.args?.[0] === c2) return { kind: "with", index: p.args.indexOf(c), skip: 2 };
  // pattern = x: expanded from the match itself (no frame of its own above the pattern's)
  if (isCall(p, "=") && p.args?.[0] === c) return { kind: "match", index: 0, skip: 1 };
  return null;
}

/** where the path, from a clause's pattern at path[j], goes into code of its guard below the
 *  guard's own expansion (`p when x == ^y`: the guard's index), else undefined */
function guardEntry(path: Ast[], j: number): number | undefined {
  for (let k = j; k < path.length - 2; k++) {
    const q = path[k];
    if (isCall(q, "when") && q.args && q.args.length >= 2 && q.args[q.args.length - 1] === path[k + 1]) return k + 1;
  }
  return undefined;
}

/**
 * The frames (top first) of expanding a pattern from path[j] down to the path's last node, as
 * Elixir 1.14's traces show them: a tuple's two, a guard's two (`p when g`), a list's one (the
 * lists directly nested in it add none: their frame is the same return address, kept once), a
 * list ending in `| tail` two (expand_list/5's other clause, by mapfold/5) for any of its
 * elements, a map's two for its pairs (expand_map/4, expand_args/3; then the pair's tuple),
 * either side of a `=` one, a bitstring segment's value elixir_bitstring's four; null through
 * anything else
 */
function patternFrames(path: Ast[], j: number): RawFrame[] | null {
  let out: RawFrame[] = [];
  let inList = false;
  for (; j < path.length - 1; j++) {
    const q = path[j], next = path[j + 1];
    if (isCall(q, "when") && q.args?.[0] === next) { out = [null, null, ...out]; inList = false; }
    // the guard itself failing (a call of an undefined function): as deep as the pattern's side
    else if (isCall(q, "when") && q.args && q.args.length >= 2 && q.args[q.args.length - 1] === next && j + 1 === path.length - 1) { out = [null, null, ...out]; inList = false; }
    else if ((q.t === "tuple" && q.items.includes(next)) || (isCall(q, "{}") && q.args?.includes(next))) { out = [null, null, ...out]; inList = false; }
    else if (q.t === "list" && q.items.includes(next) && isCall(q.items[q.items.length - 1], "|")) {
      out = [null, null, ...out];
      inList = false;
      // (the `|` itself is no step of its own)
      if (next === q.items[q.items.length - 1] && (next as AstCall).args?.includes(path[j + 2])) j++;
    }
    else if (q.t === "list" && q.items.includes(next)) { if (!inList) out = [null, ...out]; inList = true; }
    else if (isCall(q, "%{}") && q.args?.includes(next) && next.t === "tuple" && next.items.length === 2) { out = [null, null, ...out]; inList = false; }
    else if (isCall(q, "=") && q.args?.length === 2 && q.args.includes(next)) { out = [null, ...out]; inList = false; }
    // x.f(): the receiver of a remote call is expanded first (expand/3, as outside patterns)
    else if (isCall(q) && q.name === next && isCall(next, ".") && next.args?.[0] === path[j + 2]) { out = [X("expand", 3, 431), ...out]; inList = false; j++; }
    else if (isCall(q, "<<>>") && q.args?.includes(next)) {
      // (a binary generator's last segment is the left side of its `<-`)
      let seg = next;
      if (isCall(seg, "<-") && seg.args?.[0] === path[j + 2]) { seg = path[j + 2]; j++; }
      const typed = isCall(seg, "::") && seg.args?.length === 2;
      if (typed) {
        if (path[j + 2] !== (seg as AstCall).args![0]) return null;
        j++;
      }
      out = [...segmentValueFrames(typed), ...out];
      inList = false;
    }
    else return null;
  }
  return out;
}

/** the Kernel.to_string(x) the parser makes of an interpolation */
function isInterpolation(a: Ast | undefined): boolean {
  if (!isCall(a) || a.args?.length !== 1 || !isCall(a.name as Ast, ".")) return false;
  const [m, f] = (a.name as AstCall).args ?? [];
  return m?.t === "atom" && m.v === "Elixir.Kernel" && f?.t === "atom" && f.v === "to_string";
}

/** is module.name/arity a macro (module: "Elixir.Enum", ":lists" given as "lists") */
export type IsMacro = (module: string, name: string, arity: number) => boolean;

/** is this call a remote call of a function (not a macro) of a module written as an alias or atom? */
function remoteFunction(a: AstCall, isMacro: IsMacro): boolean {
  if (!isCall(a.name as Ast, ".")) return false;
  const [recv, fname] = (a.name as AstCall).args ?? [];
  if (fname?.t !== "atom" || !recv) return false;
  const mod = recv.t === "atom" ? recv.v
    : isCall(recv, "__aliases__") && recv.args!.every((x) => x.t === "atom") ? "Elixir." + recv.args!.map((x) => (x as { v: string }).v).join(".") : null;
  return mod !== null && !isMacro(mod, fname.v, a.args?.length ?? 0);
}

/** a call of a function Kernel imports (not a macro): `1 + x`, `elem(t, 0)` */
function kernelFunction(a: AstCall): boolean {
  return typeof a.name === "string" && !!KERNEL_FUNCTIONS[a.name]?.includes(a.args?.length ?? -1);
}

/** the key of a keyword pair */
function keyOf(pair: Ast | undefined): string | null {
  return pair?.t === "tuple" && pair.items.length === 2 && pair.items[0].t === "atom" ? pair.items[0].v : null;
}

/** the frames as the BEAM records them: a return address the same as the one before it is kept
 *  once (a recursion on one call site, `x.b.c.d`'s receivers, shows one frame); a pruned frame not
 *  named (null) cannot be compared and is kept */
function collapsed(frames: RawFrame[]): RawFrame[] {
  const named = (f: RawFrame): ElixirFrame | null => (f === null ? null : Array.isArray(f) ? f : f.pruned);
  return frames.filter((f, k) => {
    const a = named(f), b = k > 0 ? named(frames[k - 1]) : null;
    return a === null || b === null || a.length !== b.length || a.some((x, n) => x !== b[n]);
  });
}

/** the frames printed: the first 7 (the BEAM keeps 8, elixir_errors drops its own), below a macro
 * its frame and its caller's (cut to 8 again when re-raised), without the pruned ones */
function visible(site: RawFrame[], w: Walked): ElixirFrame[] | null {
  // (under 7 known frames the next is the local call's argument's own expansion, elixir_expand's:
  // pruned, so 6 are enough; a macro expanded inside drops the frames below it anyway)
  if (w.opaque && !w.macro && site.length + w.frames.length < 6) return null;
  const top = collapsed([...site, ...w.frames]).slice(0, 7);
  return (w.macro ? [...top, ...w.macro].slice(0, 8) : top).filter((f): f is ElixirFrame => Array.isArray(f));
}

/**
 * An error raised at `target` inside `root`, what a macro of the program gave: the frames above
 * the expansion of `root` (the first 7, as raised), then the macros expanded inside it, then
 * `around` (that macro's frame and its caller's, then each macro it is expanded in, innermost
 * first), as Elixir's expand_quoted prunes the frames below it and puts those instead (cut to 8,
 * pruned frames left out); null where the path is not modelled.
 */
export function macroResultTrace(root: Ast, target: object, site: RawFrame[], caller: MacroCaller, isMacro: IsMacro, around: ElixirFrame[]): ElixirFrame[] | null {
  const path = pathTo(root, target);
  if (!path) return null;
  const w = walk(path, 0, [], caller, isMacro, undefined, undefined, true);
  if (!w || w.opaque) return null;
  const top = collapsed([...site, ...w.frames]).slice(0, 7);
  return [...top, ...(w.macro ?? []), ...around].slice(0, 8).filter((f): f is ElixirFrame => Array.isArray(f));
}

/**
 * Code.eval_quoted/eval_string: the expander's frames (top first, each named, pruned or not)
 * between an error raised at `target` and the top of the evaluated code `root`, as the
 * exception's stacktrace holds them; null where a frame is not modelled (or a macro is crossed).
 */
export function evalExpansionFrames(root: Ast, target: object, site: RawFrame[], isMacro: IsMacro): ElixirFrame[] | null {
  const path = pathTo(root, target);
  if (!path) return null;
  const w = walk(path, 0, [], () => ["", "", 0, "", 0], isMacro);
  if (!w || w.macro || w.opaque) return null;
  const all = collapsed([...site, ...w.frames]);
  if (all.some((f) => f === null)) return null;
  return all.map((f) => (Array.isArray(f) ? f : (f as PrunedFrame).pruned));
}

/**
 * The printed frames under an error raised at `target`, a node of a script's top level (not in
 * a module), with `site` frames above target's own expansion; null where not modelled.
 */
export function scriptTrace(root: Ast, target: object, site: RawFrame[], file: string, isMacro: IsMacro, below: RawFrame[] = FILE_BELOW): string | null {
  const path = pathTo(root, target);
  if (!path) return null;
  const w = walk(path, 0, below, (line) => ["elixir_compiler_0", "__FILE__", 1, file, line], isMacro);
  const shown = w && visible(site, w);
  return shown && formatElixirFrames(shown);
}

// below a file's top level: elixir_compiler:compile/3, elixir_lexical:run/3,
// elixir_compiler:quoted/3, Module.ParallelChecker.verify/1, then Code.require_file/2
const FILE_BELOW: RawFrame[] = [null, null, null, null, ["Elixir.Code", "require_file", 2, "lib/code.ex", 1245]];
/** below evaluated code's top level (`elixir -e`, `mix run -e`): elixir:eval_forms/3 and its
 *  quoted_to_erl, Module.ParallelChecker.verify/1, then Code.validated_eval_string/3 over `callers` */
export const evalBelow = (callers: RawFrame[]): RawFrame[] => [null, null, null, ["Elixir.Code", "validated_eval_string", 3, "lib/code.ex", 422], ...callers];

/**
 * The trace of an error raised at `target` inside the module body `defmodule` defines (its own
 * code, or the body of a def of it): the def is expanded from the module body's frame (elixir_def:store_definition), below
 * which only the module's compilation lies (never printed); null where not modelled.
 */
export function moduleTrace(defmodule: AstCall, moduleName: string, target: object, site: RawFrame[], file: string, isMacro: IsMacro, foldIndex?: number, expansionOf?: ExpansionLookup): ElixirFrame[] | null {
  const path = pathThroughExpansions(defmodule, target, expansionOf);
  if (!path) return null;
  // through the modules nested in it (compiled with it) down to the def
  let j = 0;
  let def: Ast = defmodule;
  // a nested module's body is expanded while its parent's body runs, at the nested defmodule
  let nestedAt: number | undefined;
  // the innermost module's body (its block, when it is one)
  let bodyAt = 0;
  while (isCall(def, "defmodule")) {
    if (j > 0) {
      nestedAt = def.meta.line ?? 0;
      const name = def.args?.[0];
      if (!isCall(name, "__aliases__") || !name.args!.every((x) => x.t === "atom")) return null;
      moduleName += "." + name.args!.map((x) => (x as { v: string }).v).join(".");
    }
    const body = doBody(def.args?.[1]);
    if (!body || path[j + 3] !== body) return null;
    j += 3;
    bodyAt = j;
    if (isCall(body, "__block__") && body.args!.includes(path[j + 1])) j++;
    def = path[j];
  }
  const d = def as Ast;
  // elixir_clauses:def/3, elixir_def's comprehension and store_definition/10, the module body
  const below: RawFrame[] = [null, null, null, ["elixir_compiler_0", "__MODULE__", 1, file, (d as AstCall).meta?.line ?? 0], null, null, null, null];
  const test = exUnitTest(path, j, isMacro);
  if (test) {
    // the test's def: its body is `(block; :ok)`, the block written an item before the last
    const w = walk(path, test.body, [...blockItem(false), ...below], (line) => [moduleName, test.name, 1, file, line, ""], isMacro, expansionOf);
    return w && visible(site, w);
  }
  // the module body's own code: expanded below the module body's frame (the module's compilation
  // under it never printed), so only the macros it is expanded in show
  if (!isCall(d, "def") && !isCall(d, "defp") && !isCall(d, "defmacro") && !isCall(d, "defmacrop")) {
    // (the module's compilation, 5 frames, then for a nested module its parent's body there, for
    // one of a file of defmodules only the foldl compiling them)
    const caller: RawFrame | undefined = nestedAt !== undefined ? ["elixir_compiler_0", "__MODULE__", 1, file, nestedAt] : foldIndex !== undefined ? FOLD_FRAME(foldIndex) : undefined;
    const below: RawFrame[] = caller === undefined ? Array<RawFrame>(8).fill(null) : [...Array<RawFrame>(5).fill(null), caller, null, null];
    const w = walk(path, bodyAt, below, (line) => [moduleName, "__MODULE__", 0, file, line], isMacro, expansionOf);
    return w && visible(site, w);
  }
  if (!d.args || d.args.length !== 2) return null;
  const defBody = doBody(d.args[1]);
  if (!defBody || path[j + 3] !== defBody) return null;
  const head = d.args[0];
  const call = isCall(head, "when") ? head.args![0] : head;
  // (a macro is its MACRO- function, of one more argument: the caller's env)
  const macro = isCall(d, "defmacro") || isCall(d, "defmacrop");
  const fun: [string, number] | null = isCall(call) && typeof call.name === "string" ? (macro ? ["MACRO-" + call.name, (call.args?.length ?? 0) + 1] : [call.name, call.args?.length ?? 0]) : null;
  if (!fun) return null;
  const w = walk(path, j + 3, below, (line) => [moduleName, fun[0], fun[1], file, line], isMacro, expansionOf);
  return w && visible(site, w);
}

/**
 * ExUnit's `test "name" do ... end` (or `test "name", context do`) at path[j], in a module body or
 * a describe's block (at path[j] too): ExUnit.Case.test/3 defines `:"test name"` (`:"test describe
 * name"`) of one argument whose body is the block written then :ok. The test's name and where its
 * block is on the path; null for anything else (a name not written as a string)
 */
function exUnitTest(path: Ast[], j: number, isMacro: IsMacro): { name: string; body: number } | null {
  if (!isMacro("Elixir.ExUnit.Case", "test", 3)) return null;
  let describe: string | null = null;
  let d = path[j];
  if (isCall(d, "describe") && d.args?.length === 2 && d.args[0].t === "str") {
    const block = doBody(d.args[1]);
    if (!block || path[j + 3] !== block) return null;
    describe = d.args[0].v;
    j += 3;
    if (isCall(block, "__block__") && block.args!.includes(path[j + 1])) j++;
    d = path[j];
  }
  if (!isCall(d, "test") || !d.args || (d.args.length !== 2 && d.args.length !== 3) || d.args[0].t !== "str") return null;
  const block = doBody(d.args[d.args.length - 1]);
  if (!block || path[j + 3] !== block) return null;
  return { name: `test ${describe === null ? "" : describe + " "}${d.args[0].v}`, body: j + 3 };
}

/** the body of a keyword list holding only `do:` */
function doBody(kw: Ast | undefined): Ast | null {
  if (kw?.t !== "list" || kw.items.length !== 1) return null;
  const pair = kw.items[0];
  if (pair.t !== "tuple" || pair.items.length !== 2 || pair.items[0].t !== "atom" || pair.items[0].v !== "do") return null;
  return pair.items[1];
}
