// The variables a fn reads from the scope around it: its free variables, as Erlang's compiler
// finds them. A fun's code takes one argument more per free variable, and a stack trace shows
// that arity (`anonymous fn/3`), so a name a fn's clause binds itself (a parameter, a case
// pattern, a comprehension's accumulator) must not count.
//
// Conservative: a name is left out only where it is surely bound first (a clause head, a pattern
// of `=` among the statements of a block before the read); a binding made anywhere else (inside a
// call's argument, an `if` block) is taken to stay there, so a later read counts as free. Reading
// too much only costs a captured value; reading too little would lose one.
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, varName } from "./ast_util.ts";
import { hygienicName, plainName } from "./quoted.ts";

/** the names fn `a` may read from around it, or null when it nests too deep to walk (code nested
 *  thousands deep keeps the over-approximation: every name it mentions) */
export function freeVarsOfFn(a: AstCall, allVars: string): Set<string> | null {
  everyVar = allVars;
  depth = 0;
  tooDeep = false;
  const free = fnFree(a);
  return tooDeep ? null : free;
}

/** each fn's own free names, found once (a fn nested in another is asked about again) */
const freeOfFn = new WeakMap<Ast, Set<string>>();
const MAX_DEPTH = 100;
let depth = 0;
/** the name that stands for every variable around: __ENV__, binding() and dbg() read them all */
let everyVar = "";
/** the walk went deeper than MAX_DEPTH and stopped: what it found is incomplete */
let tooDeep = false;

function fnFree(a: AstCall): Set<string> {
  let free = freeOfFn.get(a);
  if (free === undefined) {
    free = new Set();
    fnClauses(a.args ?? [], new Set(), free);
    if (!tooDeep) freeOfFn.set(a, free);
  }
  return free;
}

type Bound = Set<string>;

/** clauses `params -> body`: each binds its parameters (a guard, then the body, sees them) */
function fnClauses(clauses: Ast[], bound: Bound, free: Set<string>): void {
  for (const c of clauses) {
    if (!isCall(c, "->") || c.args?.length !== 2) {
      expr(c, bound, free);
      continue;
    }
    const inner = new Set(bound);
    let heads = c.args[0].t === "list" ? c.args[0].items : [c.args[0]];
    let guard: Ast | null = null;
    // `a, b when guard ->`: the guard wraps the last head
    if (heads.length > 0 && isCall(heads[heads.length - 1], "when") && (heads[heads.length - 1] as AstCall).args?.length === 2) {
      const w = heads[heads.length - 1] as AstCall;
      heads = [...heads.slice(0, -1), w.args![0]];
      guard = w.args![1];
    } else if (heads.length === 1 && isCall(heads[0], "when")) {
      const w = heads[0] as AstCall;
      heads = w.args!.slice(0, -1);
      guard = w.args![w.args!.length - 1];
    }
    const made = new Set<string>();
    for (const h of heads) pattern(h, bound, made, free);
    for (const n of made) inner.add(n);
    if (guard) expr(guard, inner, free);
    block(c.args[1], inner, free);
  }
}

/** clauses whose heads are expressions (cond, receive's after, a macro's): nothing bound */
function exprClauses(clauses: Ast[], bound: Bound, free: Set<string>): void {
  for (const c of clauses) {
    if (isCall(c, "->") && c.args?.length === 2) {
      expr(c.args[0], bound, free);
      block(c.args[1], bound, free);
    } else expr(c, bound, free);
  }
}

/** statements in order: a `=` among them binds for the ones after it (not after the block) */
function block(a: Ast, outer: Bound, free: Set<string>): void {
  const bound = new Set(outer);
  if (isCall(a, "__block__") && a.args) for (const s of a.args) statement(s, bound, free);
  else statement(a, bound, free);
}

function statement(a: Ast, bound: Bound, free: Set<string>): void {
  if (isCall(a, "=") && a.args?.length === 2) {
    // `a = b = value`: the value first, then each pattern
    const pats: Ast[] = [];
    let v: Ast = a;
    while (isCall(v, "=") && v.args?.length === 2) {
      pats.push(v.args[0]);
      v = v.args[1];
    }
    statement(v, bound, free);
    const made = new Set<string>();
    for (const p of pats) pattern(p, bound, made, free);
    for (const n of made) bound.add(n);
    return;
  }
  expr(a, bound, free);
}

/** the do/else/... blocks of a keyword list `[do: ..., else: ...]` */
function kwBlocks(a: Ast | undefined): [string, Ast][] | null {
  if (a === undefined || a.t !== "list") return null;
  const out: [string, Ast][] = [];
  for (const p of a.items) {
    if (p.t !== "tuple" || p.items.length !== 2 || p.items[0].t !== "atom") return null;
    out.push([p.items[0].v, p.items[1]]);
  }
  return out;
}

const clauseList = (a: Ast): Ast[] => (a.t === "list" ? a.items : [a]);

/** an expression: every variable it reads and has not bound (what it binds stays inside it: no
 *  walk changes the `bound` it is given, only a block's copy) */
function expr(a: Ast, bound: Bound, free: Set<string>): void {
  if (tooDeep) return;
  if (++depth > MAX_DEPTH) tooDeep = true;
  else exprIn(a, bound, free);
  depth--;
}

function exprIn(a: Ast, bound: Bound, free: Set<string>): void {
  switch (a.t) {
    case "list":
    case "tuple":
      for (const x of a.items) expr(x, bound, free);
      return;
    case "call":
      break;
    default:
      return;
  }
  const name = varName(a);
  if (name !== null) {
    if (name === "__ENV__") free.add(everyVar);
    else if (!bound.has(name)) free.add(name);
    return;
  }
  const args = a.args ?? [];
  const bang = bangName(a);
  if (bang !== null) {
    if (!bound.has(bang)) free.add(bang);
    return;
  }
  if (a.name === "binding" || (a.name === "dbg" && args.length === 0)) free.add(everyVar);
  if (typeof a.name !== "string") {
    expr(a.name, bound, free);
    for (const x of args) expr(x, bound, free);
    return;
  }
  switch (a.name) {
    case "fn":
      for (const n of fnFree(a)) if (!bound.has(n)) free.add(n);
      return;
    case "__block__":
      return block(a, bound, free);
    case "=":
      return statement(a, new Set(bound), free);
    case "quote":
      // only unquoted parts are read; reading every name in it over-approximates
      return everyName(a, bound, free);
    case "case":
    case "receive": {
      const kw = kwBlocks(args[args.length - 1]);
      if (kw === null) break;
      if (a.name === "case" && args.length === 2) expr(args[0], bound, free);
      for (const [k, v] of kw) {
        if (k === "do") fnClauses(clauseList(v), bound, free);
        else exprClauses(clauseList(v), bound, free);
      }
      return;
    }
    case "try": {
      const kw = kwBlocks(args[0]);
      if (kw === null || args.length !== 1) break;
      for (const [k, v] of kw) {
        if (k === "do" || k === "after") block(v, bound, free);
        else if (k === "rescue") rescueClauses(clauseList(v), bound, free);
        else fnClauses(clauseList(v), bound, free);
      }
      return;
    }
    case "with":
    case "for":
      return sequential(a.name, args, bound, free);
  }
  for (const x of args) {
    // a macro's do/else blocks (if, unless, a user's): each a scope of its own
    const kw = kwBlocks(x);
    if (kw !== null) {
      for (const [, v] of kw) {
        if (v.t === "list" && v.items.length > 0 && v.items.every((c) => isCall(c, "->"))) exprClauses(v.items, bound, free);
        else block(v, bound, free);
      }
    } else expr(x, bound, free);
  }
}

/** rescue clauses: `e in Kinds ->`, `e ->` bind e; `Kind ->` binds nothing */
function rescueClauses(clauses: Ast[], bound: Bound, free: Set<string>): void {
  for (const c of clauses) {
    if (!isCall(c, "->") || c.args?.length !== 2 || c.args[0].t !== "list" || c.args[0].items.length !== 1) {
      expr(c, bound, free);
      continue;
    }
    const head = c.args[0].items[0];
    const inner = new Set(bound);
    if (isCall(head, "in") && head.args?.length === 2) {
      const n = varName(head.args[0]);
      if (n !== null) inner.add(n);
      expr(head.args[1], bound, free);
    } else {
      const n = varName(head);
      if (n !== null) inner.add(n);
      else expr(head, bound, free);
    }
    block(c.args[1], inner, free);
  }
}

/** with and for: each `pattern <- value` binds for the clauses after it and the do block */
function sequential(kind: string, args: Ast[], bound: Bound, free: Set<string>): void {
  const inner = new Set(bound);
  let opts: [string, Ast][] = [];
  let steps = args;
  for (let i = args.length - 1; i >= 0; i--) {
    const kw = kwBlocks(args[i]);
    if (kw === null || kw.length === 0) break;
    opts = [...kw, ...opts];
    steps = args.slice(0, i);
  }
  for (const s of steps) {
    let gen: AstCall | null = null;
    let bits = false;
    if (isCall(s, "<-") && s.args?.length === 2) gen = s;
    // <<x <- bin>>: the last segment holds the generator
    else if (isCall(s, "<<>>") && s.args && s.args.length > 0 && isCall(s.args[s.args.length - 1], "<-")) {
      gen = s.args[s.args.length - 1] as AstCall;
      bits = true;
    }
    if (gen !== null && gen.args?.length === 2) {
      expr(gen.args[1], inner, free);
      const made = new Set<string>();
      if (bits) for (const seg of [...(s as AstCall).args!.slice(0, -1), gen.args[0]]) pattern(seg, inner, made, free);
      else {
        let p = gen.args[0];
        if (isCall(p, "when") && p.args?.length === 2) {
          pattern(p.args[0], inner, made, free);
          p = p.args[1];
          const withMade = new Set([...inner, ...made]);
          expr(p, withMade, free);
        } else pattern(p, inner, made, free);
      }
      for (const n of made) inner.add(n);
    } else if (kind === "with" && isCall(s, "=") && s.args?.length === 2) {
      statement(s, inner, free);
    } else expr(s, inner, free);
  }
  for (const [k, v] of opts) {
    if (k === "do") {
      // for's reduce: acc -> body clauses
      if (kind === "for" && opts.some(([o]) => o === "reduce") && v.t === "list") fnClauses(v.items, inner, free);
      else block(v, inner, free);
    } else if (k === "else") fnClauses(clauseList(v), bound, free);
    else expr(v, bound, free);
  }
}

/** a pattern: the variables it binds go to `made`; what it reads (pins, sizes, map keys) is read */
function pattern(p: Ast, bound: Bound, made: Set<string>, free: Set<string>): void {
  if (tooDeep) return;
  if (++depth > MAX_DEPTH) tooDeep = true;
  else patternIn(p, bound, made, free);
  depth--;
}

function patternIn(p: Ast, bound: Bound, made: Set<string>, free: Set<string>): void {
  switch (p.t) {
    case "list":
    case "tuple":
      for (const x of p.items) pattern(x, bound, made, free);
      return;
    case "call":
      break;
    default:
      return;
  }
  const name = varName(p);
  if (name !== null) {
    made.add(name);
    return;
  }
  const bang = bangName(p);
  if (bang !== null) {
    made.add(bang);
    return;
  }
  const args = p.args ?? [];
  if (p.name === "^") {
    for (const x of args) expr(x, bound, free);
    return;
  }
  if (p.name === "::" && args.length === 2) {
    // a segment's size and type are read, with the pattern's earlier variables around
    pattern(args[0], bound, made, free);
    expr(args[1], new Set([...bound, ...made]), free);
    return;
  }
  if (p.name === "%{}") {
    for (const x of args) {
      if (x.t === "tuple" && x.items.length === 2) {
        expr(x.items[0], bound, free);
        pattern(x.items[1], bound, made, free);
      } else if (x.t === "list") for (const kv of x.items) pattern(kv, bound, made, free);
      else pattern(x, bound, made, free);
    }
    return;
  }
  if (p.name === "when" || p.name === "@" || p.name === "unquote" || p.name === "unquote_splicing" || typeof p.name !== "string") {
    for (const x of args) expr(x, bound, free);
    if (typeof p.name !== "string") expr(p.name, bound, free);
    return;
  }
  for (const x of args) pattern(x, bound, made, free);
}

/** every variable name in `a` read (nothing bound) */
function everyName(a: Ast, bound: Bound, free: Set<string>): void {
  if (a.t === "list" || a.t === "tuple") for (const x of a.items) everyName(x, bound, free);
  if (a.t !== "call") return;
  const name = varName(a);
  if (name !== null) {
    if (name === "__ENV__") free.add(everyVar);
    else if (!bound.has(name)) free.add(name);
    return;
  }
  const bang = bangName(a);
  if (bang !== null) {
    if (!bound.has(bang)) free.add(bang);
    return;
  }
  if (a.name === "binding" || (a.name === "dbg" && (a.args ?? []).length === 0)) free.add(everyVar);
  if (typeof a.name !== "string") everyName(a.name, bound, free);
  for (const x of a.args ?? []) everyName(x, bound, free);
}

/** the variable `var!(name)` / `var!(name, Context)` names: the caller's (or that context's), not
 *  the one of the quote that wrote it (null for another call, or a context only the module's
 *  aliases would tell: then the argument is walked as any) */
function bangName(a: AstCall): string | null {
  if (a.name !== "var!" || !a.args || a.args.length < 1 || a.args.length > 2) return null;
  const v = varName(a.args[0]);
  if (v === null) return null;
  const ctx = a.args[1];
  if (ctx === undefined || (ctx.t === "atom" && ctx.v === "nil")) return plainName(v);
  if (ctx.t === "atom") return hygienicName(plainName(v), ctx.v, null);
  if (isCall(ctx, "__aliases__") && ctx.args?.every((x) => x.t === "atom") && !ctx.meta.alias) return hygienicName(plainName(v), "Elixir." + ctx.args.map((x) => (x as { v: string }).v).join("."), null);
  return null;
}
