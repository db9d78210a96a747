// The names and indexes OTP gives a module's funs, computed from the AST before the module's
// functions are emitted (beamlet lifts its fns in its own order, which is not OTP's).
//
// Names (`-f/1-fun-N-`): Erlang's v3_core numbers the funs of each function from 0, in post-order
// (a fun is named after the funs inside it), walking the code as it flattens it: the elements of a
// call's arguments, a tuple, a list, a binary and an operator's operands right to left (its
// `safe_list` folds from the right), everything else (blocks, case subjects then clauses, maps, fn
// bodies) left to right. The funs Elixir makes for a `for` (one per generator) and each `&local/N`
// take names too.
//
// Indexes (the `N` of `#Function<N.U/1 in M.f/1>`, Function.info's :index): the order of the
// make_fun instructions in the module's code. Elixir emits its functions sorted by name and arity;
// the lifted funs follow them in the reverse of the order they were lifted (v3_kernel prepends each,
// lifting a function's funs in post-order, left to right). Each fun's own make_funs are numbered
// in evaluation order. `&local/N` is an entry too (one per local function, however often captured).
// Funs the Erlang optimizer deletes take no index: a fn whose value is thrown away, a fn applied on
// the spot to as many arguments as it takes, each a variable or a literal (an argument computed
// there, by a call, an operator, a map or binary built, keeps the fun's function, with no index in
// a module, where its code calls it directly; at a script's top level it is made: compiler/
// inlined_fns.ts). Not modelled: other deletions and moves (case-of-case:
// `(c && fn ...) || fn ...`), after which OTP's later indexes differ.
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, clausesOf, keywordPairs, namedCaptureArity } from "./ast_util.ts";
import { expandPathForm } from "./path_forms.ts";
import { highestCaptureArg, markInlinedFns, simpleArg } from "./inlined_fns.ts";

/** the source node a generated fn stands for (a `for` generator's Enum.reduce fn: the generator),
 *  where the numbering finds its site */
export const generatedFnSource = new WeakMap<Ast, Ast>();

interface Site {
  kind: "fn" | "for" | "local";
  /** "name/arity" of the captured local function */
  local?: string;
  /** a make_fun of its own (a `for` over binaries only makes none) */
  indexed: boolean;
  children: Site[];
  name: number;
  index: number;
  /** Erlang's optimizer deletes it: no lifted function either */
  deleted?: boolean;
}

export interface FunctionFuns {
  name: string;
  arity: number;
  /** the function's clause bodies (null: a generated function whose funs are `virtual`) */
  bodies: Ast[];
  /** funs a generated function makes in Elixir but not in beamlet (defstruct's __struct__/1) */
  virtual?: number;
}

type Walk = { rtl: boolean; enter: (node: Ast, kind: Site["kind"], indexed: boolean) => void; exit: (node: Ast) => void; local: (node: Ast, key: string) => void };

/** the arity of a fn or of a shorthand capture (`&f(&1, x)`: its highest &N), a fun made where
 *  it is written; undefined for anything else */
function onSpotArity(x: Ast): number | undefined {
  if (!isCall(x)) return undefined;
  if (x.name === "fn") return clausesOf({ t: "list", items: x.args ?? [] })?.[0]?.args.length;
  if (x.name !== "&" || x.args?.length !== 1) return undefined;
  const body = x.args[0];
  if (body.t === "int" || namedCaptureArity(body) !== undefined) return undefined;
  return highestCaptureArg(body);
}

export class FunNumbering {
  private sites = new Map<Ast, Site>();
  /** a fn that came back from a macro expansion has a new identity: found by its position */
  private byPos = new Map<string, Site[]>();
  private nextIndex = 0;
  private fallbackNames = new Map<string, number>();
  private localIndex = new Map<string, number>();
  /** a fn whose value is thrown away (a block's statement, `_ = fn ...`) or that is applied on the
   *  spot: Erlang deletes it */
  private dead = new Set<Ast>();
  /** a fn applied on the spot to an argument computed there: kept as a function, which a module's
   *  code calls directly (its make_fun optimized away: no index); a script's top level makes it */
  private appliedComputed = new Set<Ast>();
  /** a comprehension's generator markers, visited in place of its nested funs (see comprehension) */
  private forGens = new Map<Ast, { node: Ast; indexed: boolean }>();

  /** captureKind: what `&name/arity` makes; shorthand: the `&f/n` a capture's body `f(&1, ...)`
   *  stands for, if any (compiler/lambdas.ts) */
  constructor(fns: FunctionFuns[], private captureKind: (key: string) => "local" | "lambda" | "external", private shorthand: (body: Ast) => Ast | null = () => null, private scriptTopLevel = false) {
    const sorted = [...fns].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.arity - b.arity));
    const tops: Site[][] = [];
    for (const f of sorted) {
      const top: Site[] = [];
      for (let i = 0; i < (f.virtual ?? 0); i++) top.push({ kind: "fn", indexed: true, children: [], name: i, index: -1 });
      this.buildTree(f.bodies, top);
      this.name(f.bodies, f.virtual ?? 0, f.name + "/" + f.arity);
      tops.push(top);
    }
    for (const top of tops) this.numberDirect(top);
    const lifted: Site[] = [];
    for (const top of tops) liftInto(top, lifted);
    for (let i = lifted.length - 1; i >= 0; i--) this.numberDirect(lifted[i].children);
  }

  /** the name number and index of the fn (or `&` capture) node compiled in function `fa` */
  funOf(node: Ast, fa: string): { name: number; index: number; deleted?: boolean } {
    let site = this.sites.get(node);
    if (site === undefined) {
      const same = this.byPos.get(posKey(node));
      if (same && same.length === 1) site = same[0];
    }
    if (site !== undefined) return { name: site.name, index: site.index, deleted: site.deleted };
    // made by a macro expansion the walk did not see: after every fun it knows
    const name = this.fallbackNames.get(fa) ?? 0;
    this.fallbackNames.set(fa, name + 1);
    return { name, index: this.nextIndex++ };
  }

  /** the index of `&name/arity` of a local function */
  localFunIndex(key: string): number {
    let i = this.localIndex.get(key);
    if (i === undefined) this.localIndex.set(key, (i = this.nextIndex++));
    return i;
  }

  private numberDirect(ss: Site[]): void {
    // in order, into the children of sites that make no fun; a work stack, not the JS stack, so
    // that funs nested 10,000 deep number as shallow ones do
    const todo: [Site[], number][] = [[ss, 0]];
    while (todo.length > 0) {
      const top = todo[todo.length - 1];
      if (top[1] === top[0].length) {
        todo.pop();
        continue;
      }
      const s = top[0][top[1]++];
      if (s.kind === "local") s.index = this.localFunIndex(s.local!);
      else if (s.indexed) s.index = this.nextIndex++;
      else todo.push([s.children, 0]);
    }
  }

  /** the sites of a function's funs in evaluation order, each holding the funs its code makes */
  private buildTree(bodies: Ast[], top: Site[]): void {
    const stack: Site[][] = [top];
    const add = (s: Site) => stack[stack.length - 1].push(s);
    const walk: Walk = {
      rtl: false,
      enter: (node, kind, indexed) => {
        const unmade = this.dead.has(node) || (this.appliedComputed.has(node) && !this.scriptTopLevel);
        const s: Site = { kind, indexed: indexed && !unmade, children: [], name: -1, index: -1, ...(this.dead.has(node) ? { deleted: true } : {}) };
        add(s);
        this.sites.set(node, s);
        const k = posKey(node);
        if (k !== "") this.byPos.set(k, [...(this.byPos.get(k) ?? []), s]);
        stack.push(s.children);
      },
      exit: () => void stack.pop(),
      local: (_node, key) => add({ kind: "local", local: key, indexed: true, children: [], name: -1, index: -1 }),
    };
    for (const b of bodies) this.visit(b, walk);
  }

  /** names in v3_core's order: post-order, safe lists right to left */
  private name(bodies: Ast[], first: number, _fa: string): void {
    let n = first;
    const walk: Walk = {
      rtl: true,
      enter: () => {},
      exit: (node) => {
        const s = this.sites.get(node);
        if (s) s.name = n++;
      },
      // v3_core names a `fun name/arity` too (its id), though it makes no fun of its own
      local: () => void n++,
    };
    for (const b of bodies) this.visit(b, walk);
    this.fallbackNames.set(_fa, n);
  }

  private visit(root: Ast, w: Walk): void {
    // iterative: bodies may nest deeply. A work item is an AST to visit or the end of a fun.
    type Item = Ast | { exit: Ast };
    const work: Item[] = [root];
    // push in reverse so that `seq` items are visited first-to-last
    const seq = (items: (Ast | undefined | null)[]) => {
      for (let i = items.length - 1; i >= 0; i--) { const x = items[i]; if (x) work.push(x); }
    };
    const safe = (items: Ast[]) => seq(w.rtl ? [...items].reverse() : items);
    const fun = (node: Ast, kind: Site["kind"], indexed: boolean, body: (Ast | undefined)[]) => {
      w.enter(node, kind, indexed);
      work.push({ exit: node });
      seq(body);
    };
    while (work.length > 0) {
      const a = work.pop()!;
      if (!("t" in a)) { w.exit(a.exit); continue; }
      if (a.t === "list" || a.t === "tuple") { safe(a.items); continue; }
      if (a.t !== "call" || a.args === null) continue;
      const args = a.args;
      if (typeof a.name !== "string") {
        const callee = a.name;
        if (isCall(callee, ".") && callee.args?.length === 1) {
          // f.(args): the fun first, then the arguments; a fn called on the spot with its own
          // arity is inlined (with another, it is made, and the call fails with BadArityError)
          const spot = callee.args[0];
          if (onSpotArity(spot) === args.length) this.onSpot(spot, args);
          seq([callee.args[0], ...(w.rtl ? [...args].reverse() : args)]);
        } else if (isCall(callee, ".") && callee.args?.length === 2) {
          safe([callee.args[0], ...args]);
        } else safe([callee, ...args]);
        continue;
      }
      switch (a.name) {
        case "fn": {
          const clauses = clausesOf({ t: "list", items: args }) ?? [];
          fun(a, "fn", true, clauses.map((c) => c.body));
          break;
        }
        case "&": this.capture(a, w, fun); break;
        case "quote": case "@": case "^": case "__aliases__": case "defmodule": case "alias": case "import": case "require": break;
        case "=": {
          const rhs = args[args.length - 1];
          if (isCall(args[0], "_") && args[0].args === null && isFun(rhs)) this.dead.add(rhs);
          seq([rhs]);
          break;
        }
        case "__block__": {
          args.forEach((x, i) => { if (i < args.length - 1 && isFun(x)) this.dead.add(x); });
          // (a fn bound to a variable and applied once where it is bound is inlined as one
          // applied on the spot: compiler/inlined_fns.ts)
          const inlined = new WeakSet<Ast>(), computed = new WeakSet<Ast>();
          markInlinedFns(args, inlined, undefined, computed);
          for (const x of args) {
            const fn = isCall(x, "=") && x.args?.length === 2 ? x.args[1] : null;
            if (fn !== null && inlined.has(fn)) (computed.has(fn) ? this.appliedComputed : this.dead).add(fn);
          }
          seq(args);
          break;
        }
        case "&&": case "||": case "and": case "or": case "!": case "not": seq(args); break;
        case "case": seq([args[0], ...clauseBodies(kw(args[1], "do"))]); break;
        case "cond": seq((clausesOf(kw(args[0], "do")) ?? []).flatMap((c) => [...c.args, c.body])); break;
        case "if": case "unless": {
          // Elixir's case on the condition: the falsy clause first
          const doB = kw(args[1], "do"), elseB = kw(args[1], "else");
          seq(a.name === "if" ? [args[0], elseB, doB] : [args[0], doB, elseB]);
          break;
        }
        case "with": {
          const opts = args[args.length - 1];
          const steps = args.slice(0, -1).map((s) => (isCall(s, "<-") || isCall(s, "=")) && s.args ? s.args[1] : s);
          seq([...steps, kw(opts, "do"), ...clauseBodies(kw(opts, "else"))]);
          break;
        }
        case "try": {
          const opts = keywordPairs(args[0]) ?? [];
          const part = (k: string) => opts.filter(([n]) => n === k).map(([, x]) => x);
          const handlers = opts.filter(([n]) => n === "rescue" || n === "catch").flatMap(([, x]) => clauseBodies(x));
          seq([...part("do"), ...part("else").flatMap(clauseBodies), ...handlers, ...part("after")]);
          break;
        }
        case "receive": {
          // v3_core names the after clause's funs first; its code waits for the messages first
          const after = clausesOf(kw(args[0], "after")) ?? [];
          const msgs = clauseBodies(kw(args[0], "do"));
          seq(w.rtl ? [...after.flatMap((c) => [...c.args, c.body]), ...msgs] : [...after.flatMap((c) => c.args), ...msgs, ...after.map((c) => c.body)]);
          break;
        }
        case "for": this.comprehension(a, w, seq); break;
        case "$for_call": {
          // Enum.reduce(right, acc, fun): right to left in v3_core, right first in the code
          const [right, marker] = args;
          seq(w.rtl ? [marker, right] : [right, marker]);
          break;
        }
        case "$for_gen": {
          const g = this.forGens.get(a);
          if (g === undefined) { safe(args); break; }
          fun(g.node, "for", g.indexed, args);
          break;
        }
        case "|>": {
          const [left, right] = args;
          if (isCall(right) && right.args) work.push({ ...right, args: [left, ...right.args] });
          else safe(args);
          break;
        }
        case "%{}": seq(args.flatMap((x) => (isCall(x, "|") && x.args ? [x.args[0], ...mapPairs(x.args[1])] : mapPairs(x)))); break;
        case "%": seq([args[1]]); break;
        case "<<>>": safe(args.map((s) => (isCall(s, "::") && s.args ? s.args[0] : s))); break;
        case "put_in": case "update_in": case "get_and_update_in": case "pop_in": {
          // walked as the compiler compiles them: Elixir's expansion (compiler/path_forms.ts)
          const expanded = expandPathForm(a);
          if (expanded !== null) work.push(expanded);
          else safe(args);
          break;
        }
        default:
          // (apply(fn, [args]) is inlined as f.(args) is: only with the fn's own arity)
          if (a.name === "apply" && args.length === 2 && isCall(args[0], "fn") && args[1].t === "list" &&
            clausesOf({ t: "list", items: args[0].args ?? [] })?.[0]?.args.length === args[1].items.length) this.onSpot(args[0], args[1].items);
          // (Kernel.then(value, fun) is `fun.(value)`: a fn or capture of one argument is inlined)
          if (a.name === "then" && args.length === 2 && onSpotArity(args[1]) === 1) this.onSpot(args[1], [args[0]]);
          safe(args);
      }
    }
  }

  /** a fn applied on the spot to `args` */
  private onSpot(fn: Ast, args: Ast[]): void {
    if (args.every(simpleArg)) this.dead.add(fn);
    else this.appliedComputed.add(fn);
  }

  private capture(a: AstCall, w: Walk, fun: (node: Ast, kind: Site["kind"], indexed: boolean, body: Ast[]) => void): void {
    const body = this.shorthand(a.args![0]) ?? a.args![0];
    if (body.t === "int") return; // &1 inside a capture
    if (isCall(body, "/") && body.args && body.args[1].t === "int") {
      const target = body.args[0];
      if (isCall(target) && typeof target.name === "string" && target.args === null) {
        const key = target.name + "/" + body.args[1].v;
        const kind = this.captureKind(key);
        if (kind === "local") w.local(a, key);
        else if (kind === "lambda") fun(a, "fn", true, []);
        return;
      }
      if (isCall(target) && isCall(target.name as Ast, ".")) return;
    }
    fun(a, "fn", true, [body]);
  }

  /** Elixir's `for`: a fun per generator (Enum.reduce's, or a named fun for a binary one),
   *  nested; over binaries only into a list or binary it is an Erlang comprehension (no make_fun) */
  private comprehension(a: AstCall, w: Walk, seq: (items: (Ast | undefined)[]) => void): void {
    const args = a.args!;
    const opts = args[args.length - 1];
    const quals = args.slice(0, -1);
    const isBinGen = (q: Ast) => isCall(q, "<<>>") && q.args?.length === 1 && isCall(q.args[0], "<-");
    const isGen = (q: Ast) => isCall(q, "<-") || isBinGen(q);
    const into = kw(opts, "into");
    const inline = into === undefined || (into.t === "list" && into.items.length === 0) || (into.t === "str" && into.v === "") || (isCall(into, "<<>>") && into.args?.length === 0);
    const allBin = quals.filter(isGen).every(isBinGen) && inline && kw(opts, "reduce") === undefined && kw(opts, "uniq") === undefined;
    const doB = kw(opts, "do");
    const body: Ast[] = kw(opts, "reduce") !== undefined ? clauseBodies(doB) : doB ? [doB] : [];
    // generator i's fun holds its filters, then the next generator (or the body)
    const gens: { gen: Ast; right: Ast; filters: Ast[] }[] = [];
    for (const q of quals) {
      if (isGen(q)) {
        const arrow = (isBinGen(q) ? (q as AstCall).args![0] : q) as AstCall;
        gens.push({ gen: q, right: arrow.args![1], filters: [] });
      } else if (gens.length > 0) gens[gens.length - 1].filters.push(q);
    }
    if (gens.length === 0) { seq(body); return; }
    // the items are visited in order; a generator's fun is entered when its marker comes up
    // (visit's $for_call and $for_gen: comprehensions nest deeply)
    const open = (i: number): Ast => {
      const g = gens[i];
      const inner: Ast[] = [...g.filters, ...(i + 1 < gens.length ? [nest(i + 1)] : body)];
      const marker: AstCall = { t: "call", name: "$for_gen", meta: {}, args: inner };
      const indexed = !allBin && !isBinGen(g.gen);
      this.forGens.set(marker, { node: g.gen, indexed });
      return marker;
    };
    const nest = (i: number): Ast => ({ t: "call", name: "$for_call", meta: {}, args: [gens[i].right, open(i)] });
    seq([into !== undefined && !inline ? into : undefined, nest(0)]);
  }
}

function isFun(a: Ast): boolean {
  if (!isCall(a)) return false;
  return a.name === "fn" || (a.name === "&" && a.args?.[0]?.t !== "int");
}
function kw(a: Ast | undefined, key: string): Ast | undefined {
  for (const [k, v] of keywordPairs(a) ?? []) if (k === key) return v;
  return undefined;
}
function clauseBodies(a: Ast | undefined): Ast[] {
  return (clausesOf(a) ?? []).map((c) => c.body);
}
function mapPairs(a: Ast): Ast[] {
  if (a.t === "tuple" && a.items.length === 2) return a.items;
  if (a.t === "list") return a.items.flatMap(mapPairs);
  return [a];
}
function posKey(a: Ast): string {
  const m = a.t === "call" ? a.meta : undefined;
  return m?.line !== undefined && m.column !== undefined ? `${a.t === "call" ? String(a.name) : ""}@${m.line}:${m.column}` : "";
}

/** the fun sites under `ss` in post-order (a site after the sites inside it), locals left out;
 *  iterative, as funs may nest 10,000 deep */
function liftInto(ss: Site[], out: Site[]): void {
  const todo: [Site[], number, Site | null][] = [[ss, 0, null]];
  while (todo.length > 0) {
    const top = todo[todo.length - 1];
    if (top[1] === top[0].length) {
      todo.pop();
      const owner = top[2];
      if (owner !== null && owner.indexed) out.push(owner);
      continue;
    }
    const s = top[0][top[1]++];
    if (s.kind !== "local") todo.push([s.children, 0, s]);
  }
}
