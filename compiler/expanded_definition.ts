// Module.get_definition/2,3: a definition's clauses as Elixir 1.14's expander leaves them
// ({:v1, kind, meta, [{meta, args, guards, body}]}): each variable with its `version` (numbered per
// clause in the order the expander meets them: a match's right side before its left), aliases,
// attributes and __MODULE__ replaced, pipes unrolled, imported functions called remotely, Kernel's
// inlined functions as their :erlang BIF, `<>` and interpolation as a binary with its segment
// specs. Kernel's other macros (if, &&, raise ...) are kept as written (still valid code to define
// again, but not the case expressions Elixir expands them to).
import type { Ast, AstCall } from "../lang/ast.ts";
import { Term, atom, list, listToArray, tuple, NIL_ATOM } from "../vm/terms.ts";
import { aliasParts, isCall, call } from "./ast_util.ts";
import { expandAlias } from "./aliases.ts";
import type { ModCtx } from "./context.ts";
import { astToTerm, plainName, HYGIENE_SEP } from "./quoted.ts";
import { ERLANG_OPS, KERNEL_TO_ERLANG } from "./expressions.ts";

export interface DefinitionClause {
  name: string;
  args: Ast[];
  guard: Ast | null;
  body: Ast;
  meta: { line?: number };
  attrs: Map<string, Ast>;
  /** added by default arguments */
  defaultsOf?: boolean;
}

const A_LINE = atom("line");
const A_DOT = atom(".");

function meta(line: number | undefined, extra: Term[] = []): Term {
  return list(line === undefined ? extra : [...extra, tuple(A_LINE, line)]);
}

class Expander {
  private next = 0;
  /** the variables bound so far: name (hygienic) -> version */
  private vars = new Map<string, number>();

  constructor(private ctx: ModCtx, private attrs: Map<string, Ast>, private isLocal: (key: string) => boolean) {}

  /** the clause defaults add (p/1 of p(a, b \\ 2)): a `super` call of the full definition with
   *  its generated arguments (x0, x1 ... of context :elixir_def) and the defaults */
  defaultsClause(c: DefinitionClause, kind: string): Term {
    const param = (i: number) => tuple(atom(`x${i}`), list([tuple(atom("generated"), atom("true")), tuple(atom("version"), i)]), atom("elixir_def"));
    const body = c.body as AstCall;
    const args = (body.args ?? []).map((x) => {
      const m = isCall(x) && typeof x.name === "string" && x.args === null ? /^\$d(\d+)$/.exec(x.name) : null;
      return m ? param(Number(m[1])) : this.expr(x);
    });
    const superMeta = meta(c.meta.line, [tuple(atom("super"), tuple(atom(kind), atom(c.name)))]);
    return tuple(meta(c.meta.line), list(c.args.map((_, i) => param(i))), list([]), tuple(atom("super"), superMeta, list(args)));
  }

  clause(c: DefinitionClause, macro: boolean): Term {
    const args = (macro ? c.args.slice(1) : c.args).map((a) => this.pattern(a, new Map()));
    const guards = c.guard === null ? [] : whenParts(c.guard).map((g) => this.guardExpr(g));
    return tuple(meta(c.meta.line), list(args), list(guards), this.expr(c.body));
  }

  private variable(a: AstCall, binding: Map<string, number> | null): Term {
    const name = a.name as string;
    const sep = name.indexOf(HYGIENE_SEP);
    const ctx = a.meta.context ?? (sep >= 0 ? name.slice(sep + 1).split(HYGIENE_SEP)[0] : undefined);
    const context = ctx === undefined ? NIL_ATOM : atom(ctx);
    const plain = plainName(name);
    if (plain === "_") return tuple(atom("_"), meta(a.meta.line), context);
    let version: number | undefined;
    if (binding !== null) {
      version = binding.get(name);
      if (version === undefined) binding.set(name, (version = this.next++));
    } else version = this.vars.get(name);
    if (version === undefined) return tuple(atom(plain), meta(a.meta.line), context);
    return tuple(atom(plain), list([tuple(atom("version"), version), tuple(A_LINE, a.meta.line ?? 0)].slice(0, a.meta.line === undefined ? 1 : 2)), context);
  }

  expression(a: Ast): Term {
    return this.expr(a);
  }

  private inGuard = false;
  private guardExpr(g: Ast): Term {
    this.inGuard = true;
    try {
      return this.expr(g);
    } finally {
      this.inGuard = false;
    }
  }

  /** a pattern: its new variables are bound once it is done (a match's right side first) */
  private pattern(a: Ast, binding: Map<string, number>, top = true): Term {
    const out = this.patternIn(a, binding);
    if (top) for (const [k, v] of binding) this.vars.set(k, v);
    return out;
  }

  private patternIn(a: Ast, b: Map<string, number>): Term {
    switch (a.t) {
      case "list": return this.listOf(a.items, (x) => this.patternIn(x, b));
      case "tuple": return this.tupleOf(a, (x) => this.patternIn(x, b));
      case "call": break;
      default: return astToTerm(a);
    }
    const common = this.common(a);
    if (common !== undefined) return common;
    if (typeof a.name === "string" && a.args === null) return this.variable(a, b);
    if (isCall(a, "^") && a.args?.length === 1 && isCall(a.args[0])) return tuple(atom("^"), meta(a.meta.line), list([this.variable(a.args[0] as AstCall, null)]));
    if (isCall(a, "=") && a.args?.length === 2) {
      const right = this.patternIn(a.args[1], b);
      const left = this.patternIn(a.args[0], b);
      return tuple(atom("="), meta(a.meta.line), list([left, right]));
    }
    if (isCall(a, "<>") && a.args?.length === 2) return this.concat(a, (x) => this.patternIn(x, b));
    return this.callOf(a, (x) => this.patternIn(x, b));
  }

  private expr = (a: Ast): Term => {
    switch (a.t) {
      case "list": return this.listOf(a.items, this.expr);
      case "tuple": return this.tupleOf(a, this.expr);
      case "call": break;
      default: return astToTerm(a);
    }
    const name = a.name;
    const common = this.common(a);
    if (common !== undefined) return common;
    if (typeof name === "string" && a.args === null) return this.variable(a, null);
    const args = a.args ?? [];
    if (typeof name !== "string") {
      if (isCall(name, ".") && name.args?.length === 2 && name.args[1].t === "atom") return this.remote(a, name);
      return this.callOf(a, this.expr);
    }
    const line = a.meta.line;
    switch (name) {
      case "__block__": return tuple(atom("__block__"), list([]), list(args.map(this.expr)));
      case "=": {
        if (args.length !== 2) break;
        const right = this.expr(args[1]);
        return tuple(atom("="), meta(line), list([this.pattern(args[0], new Map()), right]));
      }
      case "|>": {
        if (args.length !== 2 || !isCall(args[1]) || args[1].args === null) break;
        const target = args[1];
        return this.expr({ ...target, args: [args[0], ...target.args!] });
      }
      case "<>": if (args.length === 2) return this.concat(a, this.expr); break;
      case "<<>>": return this.binary(a, this.expr);
      case "case": return this.clauses(a, 1);
      case "receive": case "cond": case "try": case "with": case "for": return this.clauses(a, 0);
      case "fn": return tuple(atom("fn"), meta(line), list(args.map((c) => this.arrow(c, true))));
      case "&": if (args.length === 1) return this.capture(a); break;
      case "and": case "or": {
        if (args.length !== 2) break;
        const [l, r] = args.map(this.expr);
        if (this.inGuard) return this.remoteTerm("erlang", name === "and" ? "andalso" : "orelse", line, [l, r]);
        // a case on the left operand, as Kernel's and/2, or/2 expand
        const gen = meta(line, [tuple(atom("generated"), atom("true"))]);
        const arrow = (p: Term, v: Term) => tuple(atom("->"), gen, list([list([p]), v]));
        const cl = name === "and" ? [arrow(atom("false"), atom("false")), arrow(atom("true"), r)] : [arrow(atom("false"), r), arrow(atom("true"), atom("true"))];
        return tuple(atom("case"), list([...(line === undefined ? [] : [tuple(A_LINE, line)]), tuple(atom("optimize_boolean"), atom("true"))]), list([l, list([tuple(atom("do"), list(cl))])]));
      }
      case "in": {
        // (outside guards, of a right side that is no literal list nor range: Enum.member?/2)
        if (!this.inGuard && args.length === 2 && args[1].t !== "list" && !isCall(args[1], "..") && !isCall(args[1], "..//")) {
          return this.remoteTerm("Elixir.Enum", "member?", line, [this.expr(args[1]), this.expr(args[0])]);
        }
        if (!this.inGuard || args.length !== 2 || args[1].t !== "list" || args[1].items.length === 0) break;
        const x = this.expr(args[0]);
        return args[1].items.map((i) => this.remoteTerm("erlang", "=:=", line, [x, this.expr(i)])).reduce((l, r) => this.remoteTerm("erlang", "orelse", line, [l, r]));
      }
      case "raise": {
        // Kernel.raise/1 of a message, raise/2 of a module and its attributes
        const msg = args[0];
        if (args.length === 1 && (msg.t === "str" || isCall(msg, "<<>>"))) {
          const errorInfo = list([tuple(atom("error_info"), tuple(atom("%{}"), meta(line), list([tuple(atom("module"), atom("Elixir.Exception"))])))]);
          return this.remoteTerm("erlang", "error", line, [this.remoteTerm("Elixir.RuntimeError", "exception", line, [this.expr(msg)]), atom("none"), errorInfo]);
        }
        if (args.length === 2 && isCall(msg) && aliasParts(msg)) {
          const mod = expandAlias(msg, this.ctx);
          if (mod !== null) return this.remoteTerm("erlang", "error", line, [this.remoteTerm(mod, "exception", line, [this.expr(args[1])])]);
        }
        break;
      }
    }
    const key = `${name}/${args.length}`;
    if (this.isLocal(key)) return this.callOf(a, this.expr);
    const op = ERLANG_OPS[key] ?? KERNEL_TO_ERLANG[key];
    if (op !== undefined) return this.remoteTerm("erlang", op, line, args.map(this.expr));
    if (key === "is_nil/1") {
      // Kernel's quote of `x == nil`, its meta kept
      const m = meta(line, [tuple(atom("context"), atom("Elixir.Kernel")), tuple(atom("imports"), list([tuple(2, atom("Elixir.Kernel"))]))]);
      const withLine = list(line === undefined ? [] : [tuple(A_LINE, line), ...(listToArray(m)!.slice(0, -1))]);
      return tuple(tuple(A_DOT, withLine, list([atom("erlang"), atom("==")])), withLine, list([this.expr(args[0]), NIL_ATOM]));
    }
    if (key === "elem/2") return this.remoteTerm("erlang", "element", line, [this.plusOne(args[1]), this.expr(args[0])]);
    if (key === "to_string/1") return this.remoteTerm("Elixir.String.Chars", "to_string", line, args.map(this.expr));
    if (key === "to_charlist/1") return this.remoteTerm("Elixir.List.Chars", "to_charlist", line, args.map(this.expr));
    const imported = this.ctx.imports.get(key);
    if (imported !== undefined && imported !== "Elixir.Kernel") return this.remoteTerm(imported, name, line, args.map(this.expr));
    if (imported === "Elixir.Kernel" || (imported === undefined && KERNEL_FUNCTION_CALLS.has(key))) return this.remoteTerm("Elixir.Kernel", name, line, args.map(this.expr));
    return this.callOf(a, this.expr);
  };

  /** `&name/arity` (a local function, or the function an import names), `&Mod.fun/arity`, and
   *  `&(... &1 ...)` as the fn it is */
  private capture(a: AstCall): Term {
    const body = a.args![0];
    const line = a.meta.line;
    if (isCall(body, "/") && body.args?.length === 2 && body.args[1].t === "int") {
      const [target, ar] = body.args;
      const arity = Number(ar.v);
      const named = (t: Term) => tuple(atom("&"), meta(line), list([tuple(atom("/"), list([]), list([t, arity]))]));
      const remote = (m: string, f: string) => named(tuple(tuple(A_DOT, list([]), list([atom(m), atom(f)])), list([]), list([])));
      if (isCall(target) && typeof target.name === "string" && target.args === null) {
        const key = `${target.name}/${arity}`;
        if (this.isLocal(key)) return named(tuple(atom(target.name), list([]), NIL_ATOM));
        const op = ERLANG_OPS[key] ?? KERNEL_TO_ERLANG[key];
        if (op !== undefined) return remote("erlang", op);
        const imported = this.ctx.imports.get(key);
        if (imported !== undefined) return remote(imported, target.name);
        return named(tuple(atom(target.name), list([]), NIL_ATOM));
      }
      if (isCall(target) && isCall(target.name as Ast, ".") && (target.name as AstCall).args?.length === 2) {
        const [recv, f] = (target.name as AstCall).args!;
        const m = isCall(recv) && aliasParts(recv) ? expandAlias(recv, this.ctx) : recv.t === "atom" ? recv.v : null;
        if (m !== null && f.t === "atom") return remote(m, f.v);
      }
    }
    // &(expr): a fn of as many arguments as the highest &N, named x1, x2, ... (context :elixir_fn)
    let n = 0;
    const scan = (x: Ast): void => {
      if (isCall(x, "&") && x.args?.length === 1 && x.args[0].t === "int") n = Math.max(n, Number(x.args[0].v));
      else if (x.t === "list" || x.t === "tuple") x.items.forEach(scan);
      else if (x.t === "call") {
        if (typeof x.name !== "string") scan(x.name);
        (x.args ?? []).forEach(scan);
      }
    };
    scan(body);
    const params: Term[] = [];
    const names: string[] = [];
    for (let i = 1; i <= n; i++) {
      const name = `x${i}${HYGIENE_SEP}elixir_fn`;
      names.push(name);
      const version = this.next++;
      this.vars.set(name, version);
      params.push(tuple(atom(`x${i}`), list([tuple(atom("version"), version)]), atom("elixir_fn")));
    }
    const replace = (x: Ast): Ast => {
      if (isCall(x, "&") && x.args?.length === 1 && x.args[0].t === "int") return { t: "call", name: names[Number(x.args[0].v) - 1], meta: { context: "elixir_fn" }, args: null };
      if (x.t === "list") return { ...x, items: x.items.map(replace) };
      if (x.t === "tuple") return { ...x, items: x.items.map(replace) };
      if (x.t === "call") return { ...x, name: typeof x.name === "string" ? x.name : replace(x.name), args: x.args && x.args.map(replace) };
      return x;
    };
    const out = this.expr(replace(body));
    return tuple(atom("fn"), meta(line), list([tuple(atom("->"), meta(line), list([list(params), out]))]));
  }

  /** aliases, __MODULE__ and @attr, the same in patterns and expressions */
  private common(a: AstCall): Term | undefined {
    if (aliasParts(a)) {
      const m = expandAlias(a, this.ctx);
      return m === null ? undefined : atom(m);
    }
    if (a.name === "__MODULE__" && a.args === null) return atom(this.ctx.name);
    if (a.name === "@" && a.args?.length === 1 && isCall(a.args[0]) && typeof a.args[0].name === "string") {
      const v = this.attrs.get(a.args[0].name);
      return v === undefined ? NIL_ATOM : astToTerm(v);
    }
    return undefined;
  }

  private remote(a: AstCall, dot: AstCall): Term {
    const [recv, fname] = dot.args as [Ast, { t: "atom"; v: string }];
    const args = a.args ?? [];
    const mod = isCall(recv) && aliasParts(recv) ? expandAlias(recv, this.ctx) : recv.t === "atom" ? recv.v : null;
    if (mod === "Elixir.Kernel") {
      const op = ERLANG_OPS[`${fname.v}/${args.length}`] ?? KERNEL_TO_ERLANG[`${fname.v}/${args.length}`];
      if (op !== undefined) return this.remoteTerm("erlang", op, a.meta.line, args.map(this.expr));
    }
    const receiver = mod !== null ? atom(mod) : this.expr(recv);
    const dotTerm = tuple(A_DOT, meta(dot.meta.line), list([receiver, atom(fname.v)]));
    return tuple(dotTerm, meta(a.meta.line, a.meta.no_parens ? [tuple(atom("no_parens"), atom("true"))] : []), a.args === null ? NIL_ATOM : list(args.map(this.expr)));
  }

  private remoteTerm(mod: string, name: string, line: number | undefined, args: Term[]): Term {
    return tuple(tuple(A_DOT, meta(line), list([atom(mod), atom(name)])), meta(line), list(args));
  }

  private plusOne(i: Ast): Term {
    if (i.t === "int") return Number(i.v + 1n);
    return this.remoteTerm("erlang", "+", undefined, [this.expr(i), 1]);
  }

  /** case/receive/cond/try/...: the subject (argument `subjects`) and each `->` clause scoped */
  private clauses(a: AstCall, subjects: number): Term {
    const args = a.args ?? [];
    const out: Term[] = args.slice(0, subjects).map(this.expr);
    const matches = a.name !== "cond";
    for (const opts of args.slice(subjects)) {
      if (opts.t !== "list") { out.push(this.expr(opts)); continue; }
      out.push(list(opts.items.map((kv) => {
        if (kv.t !== "tuple" || kv.items.length !== 2 || kv.items[0].t !== "atom") return this.expr(kv);
        const body = kv.items[1];
        const isClauses = body.t === "list" && body.items.length > 0 && body.items.every((c) => isCall(c, "->"));
        const v = isClauses ? list((body as { items: Ast[] }).items.map((c) => this.arrow(c, matches))) : this.expr(body);
        return tuple(atom(kv.items[0].v), v);
      })));
    }
    return tuple(atom(a.name as string), meta(a.meta.line), list(out));
  }

  /** a `->` clause: its patterns (or, for cond, conditions) and guard, then its body; its
   *  variables do not outlive it */
  private arrow(c: Ast, matches: boolean): Term {
    if (!isCall(c, "->") || c.args?.length !== 2 || c.args[0].t !== "list") return this.expr(c);
    const saved = new Map(this.vars);
    let heads = c.args[0].items;
    let guard: Ast | null = null;
    if (heads.length === 1 && isCall(heads[0], "when") && heads[0].args?.length === 2) {
      guard = heads[0].args[1];
      heads = [heads[0].args[0]];
    }
    const binding = new Map<string, number>();
    let left: Term[] = heads.map((h) => (matches ? this.pattern(h, binding, false) : this.expr(h)));
    for (const [k, v] of binding) this.vars.set(k, v);
    if (guard !== null) {
      const g = this.expr(guard);
      left = [tuple(atom("when"), meta((heads[0] as AstCall).meta?.line ?? (c as AstCall).meta.line), list([...left, g]))];
    }
    const body = this.expr(c.args[1]);
    this.vars = saved;
    return tuple(atom("->"), meta(c.meta.line), list([list(left), body]));
  }

  private callOf(a: AstCall, f: (x: Ast) => Term): Term {
    const name = typeof a.name === "string" ? atom(a.name) : f(a.name);
    return tuple(name, meta(a.meta.line, a.meta.no_parens ? [tuple(atom("no_parens"), atom("true"))] : []), a.args === null ? NIL_ATOM : list(a.args.map(f)));
  }

  private listOf(items: Ast[], f: (x: Ast) => Term): Term {
    const last = items[items.length - 1];
    if (last && isCall(last, "|") && last.args?.length === 2) {
      return list([...items.slice(0, -1).map(f), tuple(atom("|"), meta(last.meta.line), list([f(last.args[0]), f(last.args[1])]))]);
    }
    return list(items.map(f));
  }

  private tupleOf(a: Ast & { t: "tuple" }, f: (x: Ast) => Term): Term {
    if (a.items.length === 2) return tuple(f(a.items[0]), f(a.items[1]));
    return tuple(atom("{}"), meta(a.meta?.line), list(a.items.map(f)));
  }

  /** `left <> right` as the binary Elixir builds */
  private concat(a: AstCall, f: (x: Ast) => Term): Term {
    const segs = a.args!.flatMap((x) => (isCall(x, "<>") && x.args?.length === 2 ? x.args : [x]));
    return this.binary({ ...a, name: "<<>>", args: segs.map((s) => (s.t === "str" ? s : call("::", [s, call("binary", [])], a.meta))) }, f, true);
  }

  private binary(a: AstCall, f: (x: Ast) => Term, fromConcat = false): Term {
    const line = a.meta.line;
    let aligned = true;
    const segs = (a.args ?? []).map((s): Term => {
      if (s.t === "str") return tuple(atom("::"), meta(line, [tuple(atom("inferred_bitstring_spec"), atom("true"))]), list([astToTerm(s), tuple(atom("binary"), meta(line), list([]))]));
      if (isCall(s, "::") && s.args?.length === 2 && isCall(s.args[1], "binary") && (s.args[1].args ?? []).length === 0) {
        let v = s.args[0];
        // interpolation's Kernel.to_string(x) is String.Chars.to_string(x)
        const recv = isCall(v) && isCall(v.name as Ast, ".") ? (v.name as AstCall).args?.[0] : undefined;
        if (recv && ((v as AstCall).name as AstCall).args?.[1].t === "atom" && (((v as AstCall).name as AstCall).args![1] as { v: string }).v === "to_string" && (aliasParts(recv) || (recv.t === "atom" && recv.v === "Elixir.Kernel"))) {
          v = call("to_string", (v as AstCall).args ?? [], { line: (v as AstCall).meta.line ?? line });
        }
        return tuple(atom("::"), meta(fromConcat ? line : s.meta.line ?? line), list([f(v), tuple(atom("binary"), list([]), list([]))]));
      }
      aligned = false;
      return f(s);
    });
    return tuple(atom("<<>>"), meta(line, aligned ? [tuple(atom("alignment"), 0)] : []), list(segs));
  }
}

/** Kernel's functions (not macros, not inlined) an unqualified call reaches */
const KERNEL_FUNCTION_CALLS = new Set(["inspect/1", "inspect/2", "get_in/2", "put_in/3", "update_in/3", "get_and_update_in/3", "pop_in/2",
  "struct/1", "struct/2", "struct!/1", "struct!/2", "binary_slice/2", "binary_slice/3", "macro_exported?/3", "tap/2", "then/2"]);

/** the guards of `when a when b` */
export function whenParts(g: Ast): Ast[] {
  return isCall(g, "when") && g.args?.length === 2 ? [...whenParts(g.args[0]), ...whenParts(g.args[1])] : [g];
}

/** an expression as Elixir's expander leaves it (as far as Module.get_definition shows it), for
 *  compile errors that print the expanded code (Macro.to_string of it) */
export function expandedExpression(ctx: ModCtx, a: Ast): Term {
  return new Expander(ctx, new Map(), () => false).expression(a);
}

/** {:v1, kind, meta, clauses} of one definition's clauses (all of one kind) */
export function expandedDefinition(ctx: ModCtx, kind: string, clauses: DefinitionClause[], skipClauses: boolean, isLocal: (key: string) => boolean): Term {
  const macro = kind === "defmacro" || kind === "defmacrop";
  const out = skipClauses ? [] : clauses.map((c) => (c.defaultsOf ? new Expander(ctx, c.attrs, isLocal).defaultsClause(c, kind) : new Expander(ctx, c.attrs, isLocal).clause(c, macro)));
  return tuple(atom("v1"), atom(kind), meta(clauses[0].meta.line), list(out));
}
