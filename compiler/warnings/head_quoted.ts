// A definition's head (patterns and guards) as Elixir 1.14's expander leaves it, for the type
// checker of heads (head_types.ts): each variable numbered, guards as the :erlang calls Kernel's
// functions and operators inline to, `in` a literal list or range unrolled, is_nil as `== nil`,
// elem/is_map_key with their :erlang argument order, binaries as segments with their types. It is
// also written back as Elixir's checker prints an expression (Kernel's names again: its
// reverse_rewrite). Anything else throws Unmodelled: the head is not checked.
import type { Ast, AstCall } from "../../lang/ast.ts";
import { Term, Float, atom, list, tuple, NIL_ATOM, int, bin } from "../../vm/terms.ts";
import { isCall, aliasParts, keywordPairs, blockItems } from "../ast_util.ts";
import { plainName, HYGIENE_SEP, astToTerm } from "../quoted.ts";
import { ERLANG_OPS, KERNEL_TO_ERLANG } from "../expressions.ts";
import { remoteGuardCallError } from "../guard_calls.ts";
import { integerLiteral } from "../constants.ts";
import { KERNEL_FUNCTIONS, KERNEL_MACROS } from "../kernel_imports.ts";
import { expandedBodySpec } from "./binary_segments.ts";

export type Q =
  | { k: "var"; key: string; name: string; ctx: string | null; line?: number }
  | { k: "_"; line?: number }
  | { k: "pin"; v: Q & { k: "var" }; line?: number }
  | { k: "atom"; v: string }
  | { k: "int"; v: bigint }
  | { k: "float"; v: number }
  | { k: "str"; v: string }
  | { k: "list"; items: Q[]; tail: Q | null; line?: number }
  | { k: "cons"; head: Q; tail: Q; line?: number }
  | { k: "tuple"; items: Q[]; line?: number }
  | { k: "map"; pairs: [Q, Q][]; line?: number }
  | { k: "struct"; module: string | null | Q; fields: string[] | null; pairs: [Q, Q][]; line?: number }
  | { k: "bin"; segs: Seg[]; line?: number }
  | { k: "match"; left: Q; right: Q; line?: number }
  | { k: "erl"; fun: string; args: Q[]; line?: number; kernelMeta?: boolean }
  | { k: "dot"; map: Q; field: string; line?: number; column?: number }
  // a map update `%{map | pairs}` in a body, and a struct's `%S{map | pairs}`
  | { k: "update"; map: Q; pairs: [Q, Q][]; line?: number }
  | { k: "structUpdate"; module: string; fields: string[]; update: Q & { k: "update" }; line?: number }
  // __STACKTRACE__ in a rescue or catch clause
  | { k: "stacktrace"; line?: number }
  // expr.fun() in a body: expr is an atom (a module)
  | { k: "dotcall"; recv: Q; fun: string; line?: number; column?: number }
  | { k: "ellipsis" }
  | { k: "term"; t: Term; line?: number }
  // a call in a body (what the checker types dynamic once its arguments are typed); shown: how the
  // checker prints it (null: not followed here, a message showing it is not given)
  | { k: "call"; fun: Q | null; args: Q[]; shown: ((args: Term[], fun: Term | null) => Term) | null; line?: number }
  // a capture: dynamic, its inside not typed
  | { k: "capture"; shown: Term | null; line?: number }
  // case, cond, if, fn, receive and the like: a subject typed, then each clause in a context of its
  // own (what a clause binds does not leave it)
  | { k: "clauses"; subject: Q | null; clauses: QClause[]; line?: number }
  // with and for: steps typed in order, each in the context the ones before left (the checker
  // carries it through them and out, unlike a case's clauses)
  // (a block's value is its last step's; with's and for's is dynamic)
  | { k: "flow"; steps: Q[]; block?: boolean; line?: number }
  // a generator or with clause `pattern when guards <- expr`: the head typed first, then expr, the
  // two not unified
  | { k: "gen"; pattern: Q; guards: Q[]; expr: Q; line?: number };

/** a clause of a clause form: its head (patterns, guards; generated: a conflict there is not
 *  reported, as for the clauses Kernel's macros write), a test (cond's), its body */
export interface QClause { patterns: Q[]; guards: Q[]; test: Q | null; body: Q[]; generated: boolean }

/** a binary's segment: its value, its type names, its specifiers as written (null: none, the type
 *  inferred) */
export interface Seg {
  expr: Q;
  types: string[];
  spec: Ast | null;
  inferred: boolean;
  line?: number;
  ellipsis?: boolean;
}

/** something this model does not follow: the head is not checked */
export class Unmodelled extends Error {}

const SEGMENT_NAMES = new Set(["integer", "float", "bits", "bitstring", "bytes", "binary", "utf8", "utf16", "utf32",
  "signed", "unsigned", "big", "little", "native", "size", "unit"]);

// Kernel's operators and inlined functions: the :erlang function each calls (compiler/expressions.ts's
// tables), kept when a guard may call it (compiler/guard_calls.ts)
function guardBif(key: string): string | undefined {
  const erl = ERLANG_OPS[key] ?? KERNEL_TO_ERLANG[key];
  return erl !== undefined && remoteGuardCallError("erlang", erl, Number(key.slice(key.lastIndexOf("/") + 1))) === null ? erl : undefined;
}

// the other way, "fun/arity" of :erlang to Kernel's name (elixir_rewrite's erl_to_ex of them)
const KERNEL_OF_ERLANG = new Map<string, string>([["andalso/2", "and"], ["orelse/2", "or"], ["is_map_key/2", "is_map_key"]]);
for (const [key, erl] of Object.entries({ ...KERNEL_TO_ERLANG, ...ERLANG_OPS })) {
  const i = key.lastIndexOf("/");
  KERNEL_OF_ERLANG.set(`${erl}/${key.slice(i + 1)}`, key.slice(0, i));
}

/** Kernel's name of the :erlang function fun/arity it inlines, if any */
export function kernelNameOf(fun: string, arity: number): string | undefined {
  return KERNEL_OF_ERLANG.get(`${fun}/${arity}`);
}

export const BITWISE_FUNS = new Set(["band/2", "bor/2", "bxor/2", "bnot/1", "bsl/2", "bsr/2"]);

/** the forms a body's expression may not be followed into (clauses, special forms, Kernel macros
 *  that expand to them; Kernel's other macros are KERNEL_MACROS) */
const BODY_MACROS = new Set(["case", "cond", "receive", "try", "for", "with", "fn", "quote", "unquote", "unquote_splicing", "super",
  "import", "require", "alias", "__aliases__", "__MODULE__", "__DIR__", "__ENV__", "__CALLER__", "__STACKTRACE__", "if", "unless",
  "&&", "||", "!", "and", "or", "in", "@", "..", "..//", "|", "::", "^", ".", "def", "defp", "defmacro", "defmodule", "var!", "binding", "__block__"]);

export interface HeadEnv {
  /** the module an alias names (null: unknown) */
  resolve: (alias: Ast) => string | null;
  /** a struct's field names (undefined: no struct known) */
  fields: (module: string) => string[] | undefined;
  /** a struct's fields with their defaults (null: one not written back here), for a struct built
   *  in a body, which the expander fills in */
  defaults?: (module: string) => { key: string; value: Ast | null }[] | undefined;
  /** whether a local call name/arity is a function of the module's own (another may be an
   *  imported macro, ExUnit's assert say, whose expansion is not followed) */
  localFunction?: (name: string, arity: number) => boolean;
}

export class HeadQuoter {
  private vars = new Map<string, Q & { k: "var" }>();
  constructor(private env: HeadEnv) {}
  /** the variables bound so far (a head's, then a body's statements'), by name and context, each
   *  to its current version: a body's match binding a name again makes a new variable, as the
   *  expander's counter does */
  private versions = new Map<string, number>();
  /** the last version given to each name, kept across scopes: a variable bound in a with or for
   *  (whose context the checker carries out) is never one bound after it */
  private lastVersions = new Map<string, number>();
  /** while a body's pattern is quoted: the variables it binds (a name twice in it is one variable) */
  private binding: Map<string, string> | null = null;
  /** while a head is quoted: its variables are bound */
  private inHead = false;
  /** while a body's expression is quoted */
  private inBody = false;

  private variable(a: AstCall): Q {
    const name = a.name as string;
    const plain = plainName(name);
    if (plain === "_") return { k: "_", line: a.meta.line };
    const sep = name.indexOf(HYGIENE_SEP);
    const ctx = a.meta.context ?? (sep >= 0 ? name.slice(sep + 1).split(HYGIENE_SEP)[0] : null);
    const base = `${plain}\u0000${ctx ?? ""}`;
    let key = base;
    if (this.binding !== null) {
      let bound = this.binding.get(base);
      if (bound === undefined) {
        const v = (this.lastVersions.get(base) ?? 0) + 1;
        this.lastVersions.set(base, v);
        bound = `${base}\u0001${v}`;
      }
      key = bound;
      this.binding.set(base, key);
    } else if (this.inHead) {
      if (!this.versions.has(base)) this.versions.set(base, 0);
    } else {
      const v = this.versions.get(base);
      if (v !== undefined && v > 0) key = `${base}\u0001${v}`;
    }
    return { k: "var", key, name: plain, ctx, line: a.meta.line };
  }

  /** a head's pattern: its variables bound for the body after it */
  headPattern(a: Ast): Q {
    return this.within("inHead", () => this.pattern(a));
  }

  /** runs f with one of the quoting modes on, as it was after */
  private within<T>(mode: "inHead" | "inBody", f: () => T): T {
    const outer = this[mode];
    this[mode] = true;
    try {
      return f();
    } finally {
      this[mode] = outer;
    }
  }

  /** a variable read in a body: one bound before (else it may be a call without parentheses) */
  private read(a: AstCall): Q {
    const v = this.variable(a);
    if (v.k !== "var" || !this.versions.has(v.key.split("\u0001")[0])) throw new Unmodelled();
    return v;
  }

  /** the pattern of a match in a body: its variables are new ones, bound once it is quoted */
  private bodyPattern(a: Ast): Q {
    return this.bodyPatterns([a])[0];
  }

  /** patterns binding together (a clause's head: a name twice in it is one variable) */
  private bodyPatterns(ps: Ast[]): Q[] {
    const outer = this.binding;
    this.binding = new Map();
    try {
      const qs = ps.map((a) => this.pattern(a));
      for (const [base, key] of this.binding) this.versions.set(base, Number(key.split("\u0001")[1]));
      return qs;
    } finally {
      this.binding = outer;
    }
  }

  /** an expression of a function's body as the checker's of_expr sees it: literals, variables,
   *  containers, binaries, matches, calls (their arguments typed, their value dynamic), `.field`,
   *  map updates, blocks and the clause forms; another macro throws Unmodelled: the body is not
   *  followed past it */
  expr(a: Ast): Q {
    return this.within("inBody", () => this.bodyExpr(a));
  }

  private bodyExpr(a: Ast): Q {
    const p = this.plain(a, (x) => this.expr(x));
    if (p) return p;
    const c = a as AstCall;
    const line = c.meta.line;
    if (c.name === "__STACKTRACE__" && c.args === null) return { k: "stacktrace", line };
    // (an alias is the atom it expands to)
    if (c.name === "__aliases__") {
      const module = this.env.resolve(c);
      if (module === null) throw new Unmodelled();
      return { k: "atom", v: module };
    }
    if (typeof c.name === "string" && c.args === null) return this.read(c);
    const args = c.args ?? [];
    if (typeof c.name !== "string") return this.remoteCall(c);
    const key = `${c.name}/${args.length}`;
    const form = this.clauseForm(c, key);
    if (form !== null) return form;
    switch (key) {
      case "=/2": {
        // (the value first: the pattern's variables are new ones after it)
        const right = this.expr(args[1]);
        return { k: "match", left: this.bodyPattern(args[0]), right, line };
      }
      case "|>/2": {
        const [value, call] = args;
        if (!isCall(call) || call.args === null || (typeof call.name === "string" && (BODY_MACROS.has(call.name) || KERNEL_MACROS[call.name]?.includes(call.args.length + 1))))
          throw new Unmodelled();
        return this.expr({ ...call, args: [value, ...call.args] });
      }
      case "&/1": {
        const [x] = args;
        const named = isCall(x, "/") && x.args?.length === 2 && x.args[1].t === "int";
        return { k: "capture", shown: named ? astToTerm(c) : null, line };
      }
      case "to_string/1": case "to_charlist/1": {
        // (Kernel's macros calling String.Chars / List.Chars)
        const [module, fun] = key === "to_string/1" ? ["Elixir.String.Chars", "to_string"] : ["Elixir.List.Chars", "to_charlist"];
        return { k: "call", fun: null, args: [this.expr(args[0])], shown: (ts) => tuple(tuple(A("."), meta(line), list([A(module), A(fun)])), meta(line), list(ts)), line };
      }
      case "is_nil/1": return { k: "erl", fun: "==", args: [this.expr(args[0]), { k: "atom", v: "nil" }], line };
      case "raise/1": case "raise/2":
        // (:erlang.error of the exception built from the arguments)
        return { k: "call", fun: null, args: args.map((x) => this.expr(x)), shown: null, line };
      case "in/2": {
        // (Kernel.in in a body: comparisons of the left side with a literal list's items or a
        // range's bounds, else Enum.member?(right, left); nothing refined)
        const [left, right] = args;
        const literal = right.t === "list" || isCall(right, "..") || isCall(right, "..//");
        const [l, r] = literal ? [this.expr(left), this.expr(right)] : [null, this.expr(right)];
        return { k: "call", fun: null, args: l === null ? [r, this.expr(left)] : [l, r], shown: null, line };
      }
      case "binding/0":
        // (Kernel's macro: a list of the variables bound, each typed as read, none refined; not
        // written back here as the checker shows it)
        return { k: "call", fun: null, args: [], shown: null, line };
      case "-/1": case "+/1":
        if (args[0].t === "int" || args[0].t === "float") {
          const n = args[0];
          if (n.t === "int") return { k: "int", v: c.name === "-" ? -n.v : n.v };
          return { k: "float", v: c.name === "-" ? -n.v : n.v };
        }
        break;
    }
    if (c.name === "%{}") {
      if (args.length === 1 && isCall(args[0], "|")) return this.update(args[0], line);
      if (args.some((x) => isCall(x, "|"))) throw new Unmodelled();
      return { k: "map", pairs: this.pairs(args, (x) => this.expr(x)), line };
    }
    if (c.name === "%") {
      const [name, map] = args;
      if (isCall(map, "%{}") && map.args?.length === 1 && isCall(map.args[0], "|")) {
        const module = name.t === "atom" ? name.v : aliasParts(name) ? this.env.resolve(name) : null;
        const fields = module === null ? undefined : this.env.fields(module);
        if (module === null || !fields) throw new Unmodelled();
        return { k: "structUpdate", module, fields, update: this.update(map.args[0], map.meta.line), line };
      }
      if (isCall(map, "%{}") && map.args?.some((x) => isCall(x, "|"))) throw new Unmodelled();
      const q = this.struct(c, (x) => this.expr(x));
      if (q.k !== "struct" || typeof q.module !== "string") throw new Unmodelled();
      // (the expander writes the fields not given first, with their defaults, in key order, then
      // the given ones as written; past 32 keys a map's order is not followed here)
      const fields = this.env.defaults?.(q.module);
      if (!fields || fields.length > 31) throw new Unmodelled();
      const given = new Set(q.pairs.map(([k]) => (k.k === "atom" ? k.v : "")));
      const missing = fields.filter((f) => f.key !== "__struct__" && !given.has(f.key)).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
      const filled: [Q, Q][] = missing.map((f) => {
        if (f.value === null) throw new Unmodelled();
        return [{ k: "atom", v: f.key }, this.expr(f.value)];
      });
      return { ...q, pairs: [...filled, ...q.pairs] };
    }
    if (c.name === "__block__") return args.length === 0 ? { k: "atom", v: "nil" } : { k: "flow", steps: args.map((x) => this.expr(x)), block: true, line };
    if (c.name === "<<>>") return this.binary(c, (x) => this.expr(x));
    if (c.name === "<>" && args.length === 2) return this.concat(c, (x) => this.expr(x));
    if (c.name === "{}") return { k: "tuple", items: args.map((x) => this.expr(x)), line };
    const bif = guardBif(key) ?? (key === "not/1" ? "not" : undefined);
    if (bif !== undefined && !BODY_MACROS.has(c.name)) return { k: "erl", fun: bif, args: args.map((x) => this.expr(x)), line };
    if (BODY_MACROS.has(c.name) || KERNEL_MACROS[c.name]?.includes(args.length) || !/^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(c.name)) throw new Unmodelled();
    if (!KERNEL_FUNCTIONS[c.name]?.includes(args.length) && !this.env.localFunction?.(c.name, args.length)) throw new Unmodelled();
    const name = c.name;
    return { k: "call", fun: null, args: args.map((x) => this.expr(x)), shown: (ts) => tuple(A(name), meta(line), list(ts)), line };
  }

  /** `map | pairs` of a map update */
  private update(bar: AstCall, line: number | undefined): Q & { k: "update" } {
    const [map, kv] = bar.args ?? [];
    if (!map || kv?.t !== "list") throw new Unmodelled();
    const target = this.expr(map);
    return { k: "update", map: target, pairs: this.pairs(kv.items, (x) => this.expr(x)), line };
  }

  /** Kernel's clause forms and the macros that expand to them, as the checker walks them (a
   *  subject, then each clause in a context of its own), or null for another call */
  private clauseForm(c: AstCall, key: string): Q | null {
    const args = c.args ?? [];
    const line = c.meta.line;
    // (a branch of the case a Kernel macro writes: its generated clause heads cannot conflict)
    const branch = (body: Ast[]): QClause => ({ patterns: [], guards: [], test: null, body: this.scoped(() => body.map((x) => this.expr(x))), generated: true });
    switch (key) {
      case "if/2": case "unless/2": {
        const subject = this.expr(args[0]);
        const kw = keywordPairs(args[1]);
        if (!kw || kw.some(([k]) => k !== "do" && k !== "else")) throw new Unmodelled();
        return { k: "clauses", subject, clauses: kw.map(([, v]) => branch(blockItems(v))), line };
      }
      case "&&/2": case "||/2": case "and/2": case "or/2": {
        const subject = this.expr(args[0]);
        return { k: "clauses", subject, clauses: [branch([args[1]])], line };
      }
      case "!/1": return { k: "clauses", subject: this.expr(args[0]), clauses: [], line };
      case "case/2": {
        const subject = this.expr(args[0]);
        const kw = keywordPairs(args[1]);
        if (!kw || kw.length !== 1 || kw[0][0] !== "do") throw new Unmodelled();
        return { k: "clauses", subject, clauses: this.arrows(kw[0][1]), line };
      }
      case "cond/1": {
        const kw = keywordPairs(args[0]);
        if (!kw || kw.length !== 1 || kw[0][0] !== "do" || kw[0][1].t !== "list") throw new Unmodelled();
        const clauses = kw[0][1].items.map((a): QClause => {
          if (!isCall(a, "->") || a.args?.length !== 2 || a.args[0].t !== "list" || a.args[0].items.length !== 1) throw new Unmodelled();
          const [head, body] = a.args;
          return this.scoped(() => ({ patterns: [], guards: [], test: this.expr((head as { items: Ast[] }).items[0]), body: blockItems(body).map((x) => this.expr(x)), generated: false }));
        });
        return { k: "clauses", subject: null, clauses, line };
      }
    }
    if (c.name === "fn" && args.length > 0) return { k: "clauses", subject: null, clauses: this.arrows({ t: "list", items: args }), line };
    if ((c.name === "with" || c.name === "for") && args.length > 0) return this.flow(c);
    if (key === "try/1") return this.tryForm(c);
    if (key === "receive/1") return this.receiveForm(c);
    return null;
  }

  /** with and for: their clauses, each seeing what the ones before bound, then for's options, the
   *  body, with's else clauses */
  private flow(c: AstCall): Q {
    let args = c.args!;
    const line = c.meta.line;
    const isFor = c.name === "for";
    let kw = keywordPairs(args[args.length - 1]);
    // (`for x <- xs, reduce: 0 do ... end`: two keyword lists, one to the expander)
    const inner = args.length > 1 ? keywordPairs(args[args.length - 2]) : null;
    if (kw && inner && inner.length > 0) {
      kw = [...inner, ...kw];
      args = args.slice(0, -1);
    }
    const body = kw?.find(([k]) => k === "do");
    if (!kw || !body || kw.some(([k]) => !(isFor ? ["do", "into", "reduce", "uniq"] : ["do", "else"]).includes(k))) throw new Unmodelled();
    // (for's options are expanded outside its clauses; the checker types them after the clauses)
    const options = kw.filter(([k]) => k === "into" || k === "reduce").map(([, v]) => this.expr(v));
    const reduce = kw.some(([k]) => k === "reduce");
    const steps = this.scoped(() => {
      const clauses = args.slice(0, -1).map((a) => this.flowClause(a, isFor));
      const done: Q[] = reduce ? [{ k: "clauses", subject: null, clauses: this.arrows(body[1]), line }] : blockItems(body[1]).map((x) => this.expr(x));
      return [...clauses, ...options, ...done];
    });
    const elses = kw.filter(([k]) => k === "else").map(([, v]): Q => ({ k: "clauses", subject: null, clauses: this.arrows(v), line }));
    return { k: "flow", steps: [...steps, ...elses], line };
  }

  /** a clause of with or for: a generator (`<-`, for's bitstring one), or an expression (a filter,
   *  with's bare match) */
  private flowClause(a: Ast, isFor: boolean): Q {
    const line = (a as AstCall).meta?.line;
    if (isCall(a, "<-") && a.args?.length === 2) {
      const expr = this.expr(a.args[1]);
      const { patterns, guard } = splitWhen([a.args[0]]);
      if (patterns.length !== 1) throw new Unmodelled();
      const pattern = this.bodyPattern(patterns[0]);
      return { k: "gen", pattern, guards: this.guards(guard), expr, line };
    }
    const segs = isCall(a, "<<>>") ? a.args ?? [] : [];
    const last = segs[segs.length - 1];
    if (isFor && isCall(last, "<-") && last.args?.length === 2) {
      const expr = this.expr(last.args[1]);
      const pattern = this.bodyPattern({ ...(a as AstCall), args: [...segs.slice(0, -1), last.args[0]] });
      return { k: "gen", pattern, guards: [], expr, line };
    }
    return this.expr(a);
  }

  /** try: its do block, rescue, catch and else clauses and after block as written, each in a
   *  context of its own */
  private tryForm(c: AstCall): Q {
    const kw = keywordPairs(c.args![0]);
    if (!kw || !kw.some(([k]) => k === "do")) throw new Unmodelled();
    const clauses = kw.flatMap(([k, v]): QClause[] => {
      switch (k) {
        case "do": case "after": return [this.blockClause(v)];
        case "catch": case "else": return this.arrows(v);
        case "rescue": return this.rescues(v);
        default: throw new Unmodelled();
      }
    });
    return { k: "clauses", subject: null, clauses, line: c.meta.line };
  }

  /** rescue clauses: the variable of `e in [...]` or `e` is new, of any type */
  private rescues(list: Ast): QClause[] {
    if (list.t !== "list") throw new Unmodelled();
    return list.items.map((a) => {
      if (!isCall(a, "->") || a.args?.length !== 2 || a.args[0].t !== "list" || a.args[0].items.length !== 1) throw new Unmodelled();
      const [head, body] = a.args as [{ t: "list"; items: Ast[] }, Ast];
      let v = head.items[0];
      if (isCall(v, "in") && v.args?.length === 2) v = v.args[0];
      const bound = v.t === "call" && typeof v.name === "string" && v.args === null;
      return this.scoped(() => ({ patterns: bound ? [this.bodyPattern(v)] : [], guards: [], test: null, body: blockItems(body).map((x) => this.expr(x)), generated: false }));
    });
  }

  /** receive: its clauses, then after's timeout and body */
  private receiveForm(c: AstCall): Q {
    const kw = keywordPairs(c.args![0]);
    if (!kw || kw.some(([k]) => k !== "do" && k !== "after")) throw new Unmodelled();
    const clauses = kw.flatMap(([k, v]): QClause[] => {
      if (k === "do") return blockItems(v).length === 0 ? [] : this.arrows(v);
      if (v.t !== "list" || v.items.length !== 1) throw new Unmodelled();
      const a = v.items[0];
      if (!isCall(a, "->") || a.args?.length !== 2 || a.args[0].t !== "list" || a.args[0].items.length !== 1) throw new Unmodelled();
      const [head, body] = a.args as [{ t: "list"; items: Ast[] }, Ast];
      return [this.scoped(() => ({ patterns: [], guards: [], test: this.expr(head.items[0]), body: blockItems(body).map((x) => this.expr(x)), generated: false }))];
    });
    return { k: "clauses", subject: null, clauses, line: c.meta.line };
  }

  /** a block run in a context of its own (try's do and after) */
  private blockClause(block: Ast): QClause {
    return this.scoped(() => ({ patterns: [], guards: [], test: null, body: blockItems(block).map((x) => this.expr(x)), generated: false }));
  }

  /** a clause's guard and the guards of `when`s nested in it */
  private guards(guard: Ast | null): Q[] {
    const guards: Q[] = [];
    for (let g = guard; g !== null;) {
      if (isCall(g, "when") && g.args?.length === 2) { guards.push(this.guard(g.args[0])); g = g.args[1]; } else { guards.push(this.guard(g)); g = null; }
    }
    return guards;
  }

  /** `->` clauses: each head's patterns bind new variables, seen by its guards and body only */
  private arrows(list: Ast): QClause[] {
    if (list.t !== "list") throw new Unmodelled();
    return list.items.map((a) => {
      if (!isCall(a, "->") || a.args?.length !== 2 || a.args[0].t !== "list") throw new Unmodelled();
      const [head, body] = a.args as [{ t: "list"; items: Ast[] }, Ast];
      const { patterns, guard } = splitWhen(head.items);
      return this.scoped(() => {
        const ps = this.bodyPatterns(patterns);
        return { patterns: ps, guards: this.guards(guard), test: null, body: blockItems(body).map((x) => this.expr(x)), generated: false };
      });
    });
  }

  /** `f`, whose bindings (a clause's) are forgotten after it */
  private scoped<R>(f: () => R): R {
    const saved = new Map(this.versions);
    try {
      return f();
    } finally {
      this.versions = saved;
    }
  }

  /** Mod.f(args), :mod.f(args) and f.(args) */
  private remoteCall(c: AstCall): Q {
    const dot = c.name as AstCall;
    const args = c.args ?? [];
    const line = c.meta.line;
    if (!isCall(dot, ".")) throw new Unmodelled();
    if (dot.args?.length === 1) {
      const fun = this.expr(dot.args[0]);
      return { k: "call", fun, args: args.map((x) => this.expr(x)), shown: (ts, f) => tuple(tuple(A("."), meta(line), list([f!])), meta(line), list(ts)), line };
    }
    if (dot.args?.length !== 2 || dot.args[1].t !== "atom") throw new Unmodelled();
    const [recv, f] = dot.args;
    const fun = f.v;
    const module = recv.t === "atom" ? recv.v : isCall(recv) && aliasParts(recv) ? this.moduleOf(recv) : null;
    if (module === null) {
      if (isCall(recv) && aliasParts(recv)) throw new Unmodelled();
      // (expr.field and expr.fun(): the checker unifies expr with a map having the field, or an
      // atom; expr.fun(args) types expr and the arguments only)
      const target = this.expr(recv);
      const column = c.meta.column;
      if (args.length === 0) return c.meta.no_parens ? { k: "dot", map: target, field: fun, line, column } : { k: "dotcall", recv: target, fun, line, column };
      return { k: "call", fun: target, args: args.map((x) => this.expr(x)), shown: (ts, r) => tuple(tuple(A("."), meta(line), list([r!, A(fun)])), meta(line), list(ts)), line };
    }
    if (module === "erlang") return { k: "erl", fun, args: args.map((x) => this.expr(x)), line };
    // (interpolation's Kernel.to_string, as Elixir expands it)
    const shownModule = module === "Elixir.Kernel" && fun === "to_string" && args.length === 1 ? "Elixir.String.Chars" : module;
    if (module === "Elixir.Kernel" && shownModule === module && (BODY_MACROS.has(fun) || KERNEL_MACROS[fun]?.includes(args.length))) throw new Unmodelled();
    return { k: "call", fun: null, args: args.map((x) => this.expr(x)), shown: (ts) => tuple(tuple(A("."), meta(line), list([A(shownModule), A(fun)])), meta(line), list(ts)), line };
  }

  /** a literal, tuple or list (its items by `of`), or null for a call */
  private plain(a: Ast, of: (a: Ast) => Q): Q | null {
    switch (a.t) {
      case "int": return { k: "int", v: a.v };
      case "float": return { k: "float", v: a.v };
      case "atom": return { k: "atom", v: a.v };
      case "str": return { k: "str", v: a.v };
      case "tuple": return { k: "tuple", items: a.items.map(of), line: a.meta?.line };
      case "list": return this.listOf(a.items, of);
      case "call": return null;
    }
  }

  pattern(a: Ast): Q {
    const p = this.plain(a, (x) => this.pattern(x));
    if (p) return p;
    const c = a as AstCall;
    if (typeof c.name === "string" && c.args === null) return this.variable(c);
    const args = c.args ?? [];
    switch (c.name) {
      case "=": if (args.length === 2) return { k: "match", left: this.pattern(args[0]), right: this.pattern(args[1]), line: c.meta.line }; break;
      case "^":
        if (this.binding !== null && args.length === 1 && isCall(args[0]) && typeof args[0].name === "string" && args[0].args === null) {
          const outer = this.binding;
          this.binding = null;
          try {
            const v = this.read(args[0]);
            return { k: "pin", v: v as Q & { k: "var" }, line: c.meta.line };
          } finally {
            this.binding = outer;
          }
        }
        break;
      case "-": case "+":
        if (args.length === 1 && (args[0].t === "int" || args[0].t === "float")) {
          const n = args[0];
          if (n.t === "int") return { k: "int", v: c.name === "-" ? -n.v : n.v };
          return { k: "float", v: c.name === "-" ? -n.v : n.v };
        }
        break;
      case "%{}": return { k: "map", pairs: this.pairs(args, (x) => this.pattern(x)), line: c.meta.line };
      case "%": return this.struct(c, (x) => this.pattern(x));
      case "<<>>": return this.binary(c, (x) => this.pattern(x));
      case "<>": if (args.length === 2) return this.concat(c, (x) => this.pattern(x)); break;
      case "++":
        // (a literal list's elements before the rest: [97, 98 | x] of 'ab' ++ x)
        if (args.length === 2 && args[0].t === "list" && args[0].items.length > 0 && !args[0].items.some((i) => isCall(i, "|")))
          return { k: "list", items: args[0].items.map((x) => this.pattern(x)), tail: this.pattern(args[1]), line: c.meta.line };
        break;
    }
    throw new Unmodelled();
  }

  guard(a: Ast): Q {
    const p = this.plain(a, (x) => this.guard(x));
    if (p) return p;
    const c = a as AstCall;
    const line = c.meta.line;
    if (typeof c.name === "string" && c.args === null) {
      const v = this.variable(c);
      if (v.k !== "var") throw new Unmodelled();
      return v;
    }
    const args = c.args ?? [];
    if (typeof c.name !== "string") {
      const dot = c.name;
      if (!isCall(dot, ".") || dot.args?.length !== 2) throw new Unmodelled();
      const [recv, f] = dot.args;
      // var.field
      if (c.meta.no_parens && args.length === 0 && f.t === "atom" && isCall(recv) && typeof recv.name === "string" && recv.args === null)
        return { k: "dot", map: this.guard(recv), field: f.v, line };
      // Bitwise.band(a, b) and the like
      if (f.t === "atom" && isCall(recv) && this.moduleOf(recv) === "Elixir.Bitwise" && BITWISE_FUNS.has(`${f.v}/${args.length}`))
        return { k: "erl", fun: f.v, args: args.map((x) => this.guard(x)), line };
      throw new Unmodelled();
    }
    const key = `${c.name}/${args.length}`;
    switch (key) {
      case "and/2": case "or/2":
        return { k: "erl", fun: c.name === "and" ? "andalso" : "orelse", args: args.map((x) => this.guard(x)), line };
      case "is_nil/1": return { k: "erl", fun: "==", args: [this.guard(args[0]), { k: "atom", v: "nil" }], line, kernelMeta: true };
      case "elem/2": {
        if (args[1].t !== "int") throw new Unmodelled();
        return { k: "erl", fun: "element", args: [{ k: "int", v: args[1].v + 1n }, this.guard(args[0])], line };
      }
      case "is_map_key/2": return { k: "erl", fun: "is_map_key", args: [this.guard(args[1]), this.guard(args[0])], line };
      case "in/2": return this.inGuard(c);
      case "is_struct/1": case "is_struct/2": case "is_exception/1": case "is_exception/2": return this.structGuard(c);
      case "&&&/2": case "|||/2": case "^^^/2": case "<<</2": case ">>>/2": case "~~~/1": {
        const fun = { "&&&": "band", "|||": "bor", "^^^": "bxor", "<<<": "bsl", ">>>": "bsr", "~~~": "bnot" }[c.name]!;
        return { k: "erl", fun, args: args.map((x) => this.guard(x)), line };
      }
      case "-/1": case "+/1":
        if (args[0].t === "int" || args[0].t === "float") {
          // (a negative literal is the number itself)
          const n = args[0];
          if (n.t === "int") return { k: "int", v: c.name === "-" ? -n.v : n.v };
          return { k: "float", v: c.name === "-" ? -n.v : n.v };
        }
        break;
    }
    if (c.name === "%{}") return { k: "map", pairs: this.pairs(args, (x) => this.guard(x)), line };
    if (c.name === "<>" && args.length === 2) return this.concat(c, (x) => this.guard(x));
    if (c.name === "<<>>") return this.binary(c, (x) => this.guard(x));
    const bif = guardBif(key);
    if (bif !== undefined) return { k: "erl", fun: bif, args: args.map((x) => this.guard(x)), line };
    throw new Unmodelled();
  }

  /** `x in [a, b]` and `x in first..last(//step)` as Kernel.in/2 expands them in a guard */
  private inGuard(c: AstCall): Q {
    const [l, r] = c.args!;
    const line = c.meta.line;
    const x = this.guard(l);
    const erl = (fun: string, args: Q[]): Q => ({ k: "erl", fun, args, line });
    if (r.t === "list") {
      if (r.items.some((i) => isCall(i, "|"))) throw new Unmodelled();
      if (r.items.length === 0) return { k: "atom", v: "false" };
      const items = r.items.map((i) => this.guard(i));
      // (left-nested: (a === 1 or a === 2) or a === 3)
      return items.map((i) => erl("=:=", [x, i])).reduce((acc, e) => erl("orelse", [acc, e]));
    }
    const num = (a: Ast): bigint | null => integerLiteral(a) ?? null;
    const range = isCall(r, "..") && r.args?.length === 2 ? r.args : isCall(r, "..//") && r.args?.length === 3 ? r.args : null;
    if (range) {
      const [a, b, step] = range.map(num);
      if (a === null || b === null || (range.length === 3 && (step === null || step <= 0n))) throw new Unmodelled();
      // (a decreasing range without a step: its bounds tested the other way round)
      if (a > b && range.length === 3) throw new Unmodelled();
      const bounds = a <= b ? [erl(">=", [x, { k: "int", v: a }]), erl("=<", [x, { k: "int", v: b }])] : [erl("=<", [x, { k: "int", v: a }]), erl(">=", [x, { k: "int", v: b }])];
      const within = erl("andalso", [erl("is_integer", [x]), erl("andalso", bounds)]);
      if (range.length === 2 || step === 1n) return within;
      // (a step: is_integer(x) and (x >= a and x <= b) and rem(x - a, step) === 0)
      return erl("andalso", [within, erl("=:=", [erl("rem", [erl("-", [x, { k: "int", v: a }]), { k: "int", v: step! }]), { k: "int", v: 0n }])]);
    }
    throw new Unmodelled();
  }

  /** whether a guard quoted so far calls is_struct or is_exception: what their expansion teaches
   *  the checker (traces of a variable given a type twice) is not followed into a body */
  structGuards = false;

  /** is_struct/1,2 and is_exception/1,2 as Kernel expands them in a guard */
  private structGuard(c: AstCall): Q {
    this.structGuards = true;
    const line = c.meta.line;
    const erl = (fun: string, args: Q[]): Q => ({ k: "erl", fun, args, line });
    const and = (l: Q, r: Q) => erl("andalso", [l, r]);
    const [x, name] = c.args!.map((a) => this.guard(a.t === "call" && aliasParts(a) ? this.aliasAtom(a) : a));
    const key = (k: string): Q => ({ k: "atom", v: k });
    const struct = name === undefined
      ? and(and(erl("is_map", [x]), erl("is_map_key", [key("__struct__"), x])), erl("is_atom", [erl("map_get", [key("__struct__"), x])]))
      : and(and(and(erl("is_map", [x]), erl("orelse", [erl("is_atom", [name]), key("fail")])), erl("is_map_key", [key("__struct__"), x])), erl("==", [erl("map_get", [key("__struct__"), x]), name]));
    if (c.name === "is_struct") return struct;
    const exception = name === undefined ? struct : struct;
    return and(and(exception, erl("is_map_key", [key("__exception__"), x])), erl("==", [erl("map_get", [key("__exception__"), x]), key("true")]));
  }

  /** the module an alias names (one the walker did not see, as written) */
  private moduleOf(a: Ast): string | null {
    const parts = aliasParts(a);
    if (!parts) return null;
    return this.env.resolve(a) ?? (parts.every((p) => typeof p === "string") ? `Elixir.${parts.join(".")}` : null);
  }

  private aliasAtom(a: Ast): Ast {
    const m = this.moduleOf(a);
    if (m === null) throw new Unmodelled();
    return { t: "atom", v: m };
  }

  private pairs(args: Ast[], of: (a: Ast) => Q): [Q, Q][] {
    return args.map((p) => {
      if (p.t !== "tuple" || p.items.length !== 2) throw new Unmodelled();
      return [of(p.items[0]), of(p.items[1])];
    });
  }

  private listOf(items: Ast[], of: (a: Ast) => Q): Q {
    const last = items[items.length - 1];
    if (last && isCall(last, "|") && last.args?.length === 2) {
      return { k: "list", items: [...items.slice(0, -1).map(of), of(last.args[0])], tail: of(last.args[1]), line: last.meta.line };
    }
    return { k: "list", items: items.map(of), tail: null };
  }

  private struct(c: AstCall, of: (a: Ast) => Q): Q {
    const [name, map] = c.args ?? [];
    if (!name || !isCall(map, "%{}")) throw new Unmodelled();
    const pairs = this.pairs(map.args ?? [], of);
    if (isCall(name) && typeof name.name === "string" && name.args === null) {
      const v = this.variable(name);
      if (v.k === "_") return { k: "struct", module: null, fields: null, pairs, line: c.meta.line };
      throw new Unmodelled();
    }
    const module = name.t === "atom" ? name.v : aliasParts(name) ? this.env.resolve(name) : null;
    if (module === null) throw new Unmodelled();
    const fields = this.env.fields(module);
    if (!fields) throw new Unmodelled();
    return { k: "struct", module, fields, pairs, line: c.meta.line };
  }

  private binary(c: AstCall, of: (a: Ast) => Q): Q {
    return { k: "bin", segs: (c.args ?? []).map((s) => this.segment(s, of)), line: c.meta.line };
  }

  private segment(s: Ast, of: (a: Ast) => Q): Seg {
    if (isCall(s, "::") && s.args?.length === 2) {
      const [value, spec] = s.args;
      const parts: Ast[] = [];
      const walk = (x: Ast): void => {
        if (isCall(x, "-") && x.args?.length === 2) { walk(x.args[0]); walk(x.args[1]); return; }
        // (a bare number is its size)
        if (x.t === "int") { parts.push({ t: "call", name: "size", meta: {}, args: [x] }); return; }
        if (isCall(x) && typeof x.name === "string" && SEGMENT_NAMES.has(x.name)) { parts.push(x); return; }
        throw new Unmodelled();
      };
      walk(spec);
      if (value.t === "str" || isCall(value, "<<>>")) throw new Unmodelled();
      const names = parts.map((p) => (p as AstCall).name as string);
      // (a body's segments are written back as its expansion has them, a head's as written)
      const bodySpec = this.inBody ? expandedBodySpec(spec) : null;
      if (this.inBody && bodySpec === null) throw new Unmodelled();
      return { expr: of(value), types: names, spec: bodySpec ?? expandedSpec(parts), inferred: false, line: s.meta.line };
    }
    if (s.t === "str") return { expr: of(s), types: ["binary"], spec: null, inferred: true, line: undefined };
    if (s.t === "float") return { expr: of(s), types: ["float"], spec: null, inferred: true, line: undefined };
    if (s.t === "call" && s.name === "<<>>") throw new Unmodelled();
    return { expr: of(s), types: ["integer"], spec: null, inferred: true, line: s.t === "call" ? s.meta.line : undefined };
  }

  /** `"a" <> rest` as the binary it expands to: <<"a", rest::binary>> */
  private concat(c: AstCall, of: (a: Ast) => Q): Q {
    const parts: Ast[] = [];
    const flat = (x: Ast): void => {
      if (isCall(x, "<>") && x.args?.length === 2) { flat(x.args[0]); flat(x.args[1]); } else parts.push(x);
    };
    flat(c);
    const segs = parts.map((p, i): Seg => {
      if (p.t === "str") return { expr: of(p), types: ["binary"], spec: null, inferred: true, line: c.meta.line };
      if (isCall(p, "<<>>")) throw new Unmodelled();
      const spec: Ast = { t: "call", name: "binary", meta: {}, args: null };
      void i;
      return { expr: of(p), types: ["binary"], spec, inferred: false, line: c.meta.line };
    });
    return { k: "bin", segs, line: c.meta.line };
  }
}

// ---------------------------------------------------------------------------------------------
// written back for messages

const A = atom;
const meta = (line: number | undefined): Term => list(line === undefined ? [] : [tuple(A("line"), line)]);

export function qToTerm(q: Q): Term {
  switch (q.k) {
    case "var": return tuple(A(q.name), meta(q.line), q.ctx === null ? NIL_ATOM : A(q.ctx));
    case "_": return tuple(A("_"), meta(q.line), NIL_ATOM);
    case "pin": return tuple(A("^"), meta(q.line), list([qToTerm(q.v)]));
    case "atom": return A(q.v);
    case "int": return int(q.v);
    case "float": return new Float(q.v);
    case "str": return bin(q.v);
    case "list": {
      const items = q.items.map(qToTerm);
      if (q.tail === null) return list(items);
      const last = items.pop()!;
      return list([...items, tuple(A("|"), list([]), list([last, qToTerm(q.tail)]))]);
    }
    case "cons": return tuple(A("|"), list([]), list([qToTerm(q.head), qToTerm(q.tail)]));
    case "tuple": return q.items.length === 2 ? tuple(qToTerm(q.items[0]), qToTerm(q.items[1])) : tuple(A("{}"), meta(q.line), list(q.items.map(qToTerm)));
    case "map": return tuple(A("%{}"), meta(q.line), list(q.pairs.map(([k, v]) => tuple(qToTerm(k), qToTerm(v)))));
    case "struct": {
      const name = q.module === null ? tuple(A("_"), list([]), NIL_ATOM) : typeof q.module === "string" ? A(q.module) : qToTerm(q.module);
      return tuple(A("%"), meta(q.line), list([name, tuple(A("%{}"), meta(q.line), list(q.pairs.map(([k, v]) => tuple(qToTerm(k), qToTerm(v)))))]));
    }
    case "bin": return tuple(A("<<>>"), meta(q.line), list(q.segs.map(segTerm)));
    case "match": return tuple(A("="), meta(q.line), list([qToTerm(q.left), qToTerm(q.right)]));
    case "dot": return tuple(tuple(A("."), meta(q.line), list([qToTerm(q.map), A(q.field)])), list([tuple(A("no_parens"), A("true")), ...(q.line === undefined ? [] : [tuple(A("line"), q.line)])]), list([]));
    case "update": return tuple(A("%{}"), meta(q.line), list([tuple(A("|"), meta(q.line), list([qToTerm(q.map), list(q.pairs.map(([k, v]) => tuple(qToTerm(k), qToTerm(v))))]))]));
    case "structUpdate": return tuple(A("%"), meta(q.line), list([A(q.module), qToTerm(q.update)]));
    case "stacktrace": return tuple(A("__STACKTRACE__"), meta(q.line), NIL_ATOM);
    case "dotcall": return tuple(tuple(A("."), meta(q.line), list([qToTerm(q.recv), A(q.fun)])), meta(q.line), list([]));
    case "ellipsis": return tuple(A("..."), list([]), A("Elixir.Module.Types.Of"));
    case "term": return q.t;
    case "call": {
      if (q.shown === null) throw new Unmodelled();
      return q.shown(q.args.map(qToTerm), q.fun === null ? null : qToTerm(q.fun));
    }
    case "capture": {
      if (q.shown === null) throw new Unmodelled();
      return q.shown;
    }
    case "flow":
      if (!q.block) throw new Unmodelled();
      return tuple(A("__block__"), list([]), list(q.steps.map(qToTerm)));
    case "clauses": case "gen": throw new Unmodelled();
    case "erl": {
      const args = q.args.map(qToTerm);
      const key = `${q.fun}/${q.args.length}`;
      if (q.fun === "element" && q.args.length === 2 && q.args[0].k === "int")
        return tuple(A("elem"), meta(q.line), list([args[1], int(q.args[0].v - 1n)]));
      if (q.fun === "is_map_key" && q.args.length === 2) return tuple(A("is_map_key"), meta(q.line), list([args[1], args[0]]));
      if (BITWISE_FUNS.has(key)) return tuple(tuple(A("."), list([]), list([A("Elixir.Bitwise"), A(q.fun)])), meta(q.line), list(args));
      const kernel = kernelNameOf(q.fun, q.args.length);
      if (kernel !== undefined) return tuple(A(kernel), meta(q.line), list(args));
      return tuple(tuple(A("."), list([]), list([A("erlang"), A(q.fun)])), meta(q.line), list(args));
    }
  }
}

/** a clause head's patterns and its guard (`p1, p2 when g`) */
function splitWhen(items: Ast[]): { patterns: Ast[]; guard: Ast | null } {
  if (items.length === 1 && isCall(items[0], "when") && (items[0].args?.length ?? 0) >= 2) {
    const w = items[0].args!;
    return { patterns: w.slice(0, -1), guard: w[w.length - 1] };
  }
  return { patterns: items, guard: null };
}

function segTerm(s: Seg): Term {
  if (s.ellipsis) return tuple(A("..."), list([]), A("Elixir.Module.Types.Of"));
  if (s.inferred) {
    const type = s.types[0];
    return tuple(A("::"), list([tuple(A("inferred_bitstring_spec"), A("true"))]), list([qToTerm(s.expr), tuple(A(type), list([]), list([]))]));
  }
  return tuple(A("::"), meta(s.line), list([qToTerm(s.expr), astToTerm(s.spec!)]));
}

const TYPE_NAMES = new Set(["integer", "float", "bits", "bitstring", "bytes", "binary", "utf8", "utf16", "utf32"]);
const ENDIANNESS = new Set(["big", "little", "native"]);
const SIGNEDNESS = new Set(["signed", "unsigned"]);

/** a segment's specifiers as the expander writes them: the type (integer when none), endianness,
 *  signedness, then size and unit as written */
function expandedSpec(parts: Ast[]): Ast {
  const named = (p: Ast) => (p as AstCall).name as string;
  const types = parts.filter((p) => TYPE_NAMES.has(named(p)));
  if (types.length > 1) throw new Unmodelled();
  const type: Ast = types[0] ? { ...(types[0] as AstCall), args: [] } : { t: "call", name: "integer", meta: {}, args: [] };
  const order = [type, ...parts.filter((p) => ENDIANNESS.has(named(p))), ...parts.filter((p) => SIGNEDNESS.has(named(p))),
    ...parts.filter((p) => named(p) === "size" || named(p) === "unit")];
  return order.map((p) => (TYPE_NAMES.has(named(p)) || ENDIANNESS.has(named(p)) || SIGNEDNESS.has(named(p)) ? { ...(p as AstCall), meta: {}, args: [] } : { ...(p as AstCall), meta: {} }))
    .reduce((l, r) => ({ t: "call", name: "-", meta: {}, args: [l, r] }));
}
