// `quote`: the body becomes code that builds its quoted form at run time, with `unquote(x)`
// evaluated in place and `unquote_splicing(xs)` spliced into lists and arguments. The metadata is
// what Elixir 1.14 puts there: `imports:`/`context:` on imported calls, `alias:` on aliases,
// `keep:` with `location: :keep`, and the quote's context on every variable (hygiene).
import type { Ast, AstCall } from "../lang/ast.ts";
import type { ModCtx } from "./context.ts";
import { isCall, keywordPairs, call, atomA, listA, tupleA } from "./ast_util.ts";
import { expandAlias } from "./aliases.ts";
import { KERNEL_FUNCTIONS, KERNEL_MACROS } from "./kernel_imports.ts";
import { plainName, astToTerm } from "./quoted.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { isScriptModule } from "./script_module.ts";
import { Expand, foldTree } from "./tree_fold.ts";
import { raiseAtCompileTime } from "./macros.ts";
import { atom, bin, charlist, list, tuple } from "../vm/terms.ts";

interface QuoteState {
  context: string;
  unquote: boolean;
  keep: boolean;
  /** the file in `keep:` given by the file: option (else the quote's own, with location: :keep) */
  keepFile?: Ast;
  line: Ast | null;
  generated: boolean;
  mod: ModCtx;
  /** each node keeps its own line (the code itself, as Macro.escape would give it) */
  ownLines?: boolean;
  /** this node is a definition's head: Elixir's quote puts its context in the head's meta */
  head?: boolean;
  /** this node is the argument list of `Mod.def(head, ...)`: its first item is the head */
  headFirst?: boolean;
}

/** the calls whose first argument (a definition's head) Elixir's quote annotates with its context */
const DEFINITIONS = new Set(["def", "defp", "defmacro", "defmacrop", "@"]);

/** Kernel.SpecialForms: never recorded as imports */
const SPECIAL = new Set([
  "%", "%{}", "&", ".", "::", "<<>>", "=", "^", "__CALLER__", "__DIR__", "__ENV__", "__MODULE__", "__STACKTRACE__",
  "__aliases__", "__block__", "alias", "case", "cond", "fn", "for", "import", "quote", "receive", "require", "super",
  "try", "unquote", "unquote_splicing", "with", "{}",
]);

/** the module a quote in this module gives its variables as context */
export function quoteContext(mod: ModCtx): string {
  return isScriptModule(mod.name) ? "Elixir" : mod.name;
}

/** the quoted form of `a` itself, variables in the given context ("nil": the caller's), as a builder */
export function compileQuoteWith(a: Ast, mod: ModCtx, context: string, ownLines = false): Ast {
  return quoteAst(a, { context, unquote: true, keep: false, line: null, generated: false, mod, ownLines });
}

/** `quote opts do body end` -> an AST that builds the quoted term */
/** the options quote takes (elixir_expand's) */
const QUOTE_OPTIONS = new Set(["context", "location", "line", "file", "unquote", "bind_quoted", "generated"]);

/** the values of quote's options as Elixir expands them: every keyword list but the last, whose
 *  :do is the body (one keyword list alone: all of it but its :do) */
export function quoteOptionValues(a: AstCall): Ast[] {
  const args = a.args ?? [];
  const lists = args.length === 1 ? args : args.slice(0, -1);
  return lists.flatMap((x) => (keywordPairs(x) ?? []).filter(([k]) => args.length > 1 || k !== "do").map(([, v]) => v));
}

/** `trace`: the trace of an error in the options where the quote is (ExprCompiler.expansionTrace) */
export function compileQuote(a: AstCall, mod: ModCtx, trace?: "none"): Ast {
  const args = a.args ?? [];
  // the options, then the keyword list with :do (quote(opts, do: body); quote(line: 1, do: body)
  // has both in one)
  const pairs: [string, Ast][] = [];
  let body: Ast | undefined;
  for (const x of args) {
    const kv = keywordPairs(x);
    if (!kv) {
      // (options that are no keyword list: refused by elixir_expand's validate_opts, called from expand_opts)
      if (x !== args[args.length - 1]) return mod.error(`invalid options for quote, expected a keyword list, got: ${macroToString(astToTerm(x))}`, a.meta.line, trace, a, [null, null]);
      return mod.error("invalid arguments for quote", a.meta.line);
    }
    if (x === args[args.length - 1]) body = kv.find(([k]) => k === "do")?.[1];
    pairs.push(...(args.length === 1 ? kv.filter(([k]) => k !== "do") : x === args[args.length - 1] ? [] : kv));
  }
  if (body === undefined) return mod.error("missing :do option in \"quote\"", a.meta.line);
  // (each key refused in validate_opts' list comprehension, under expand_opts: a :do among the
  // options too, as `quote do: case x do ... end` gives them, the do/end block going to quote)
  const unsupported = pairs.find(([k]) => !QUOTE_OPTIONS.has(k));
  if (unsupported) return mod.error(`unsupported option :${unsupported[0]} given to quote`, a.meta.line, trace, a, [null]);
  const opt = (k: string) => pairs.find(([x]) => x === k)?.[1];
  const st: QuoteState = { context: quoteContext(mod), unquote: true, keep: false, line: null, generated: false, mod };
  const ctxOpt = opt("context");
  if (ctxOpt) st.context = expandAlias(ctxOpt, mod) ?? mod.error("invalid :context for quote, expected a compile time atom or alias", a.meta.line);
  const uq = opt("unquote");
  if (uq && uq.t === "atom" && uq.v === "false") st.unquote = false;
  const loc = opt("location");
  if (loc && loc.t === "atom" && loc.v === "keep") st.keep = true;
  // (file: puts that file and each node's own line in keep:, the line: option then unused)
  const file = opt("file");
  if (!st.keep && file && !(file.t === "atom" && file.v === "nil")) {
    st.keep = true;
    st.keepFile = file;
  }
  const line = opt("line");
  if (line) st.line = line;
  const gen = opt("generated");
  if (gen && gen.t === "atom" && gen.v === "true") st.generated = true;
  const bind = opt("bind_quoted");
  if (bind) {
    const kv = keywordPairs(bind);
    if (!kv) return mod.error(`invalid :bind_quoted for quote, expected a keyword list of variable names, got: ${macroToString(astToTerm(bind))}`, a.meta.line, trace, a, []);
    st.unquote = false;
    const assigns = kv.map(([k, val]) =>
      tupleA([atomA("="), listA([]), listA([tupleA([atomA(k), listA([tupleA([atomA("line"), { t: "int", v: BigInt(a.meta.line ?? 0) }])]), atomA(st.context)]), val])]));
    return tupleA([atomA("__block__"), listA([]), listA([...assigns, quoteAst(body, st)])]);
  }
  // a body that is one unquote_splicing outside a block (`quote(do: unquote_splicing(xs))`: the
  // parser makes a do/end block or parentheses of one a block) splices into nothing
  if (isCall(body, "unquote_splicing") && body.args?.length === 1 && st.unquote) {
    const message = "unquote_splicing only works inside arguments and block contexts, wrap it in parens if you want it to work with one-liners";
    // (raised by elixir_quote; in a definition, under the module body's frame at the def, as
    // the body expands it)
    const quoteFrame = tuple(atom("elixir_quote"), atom("argument_error"), 1, list([tuple(atom("file"), charlist("src/elixir_quote.erl")), tuple(atom("line"), 505)]));
    const defLine = isScriptModule(mod.name) ? undefined : mod.currentClauseLine;
    const bodyFrame = defLine === undefined ? [] : [tuple(atom(`elixir_compiler_${Math.max(0, mod.nextCompilerIndex - 1)}`), atom("__MODULE__"), 1, list([tuple(atom("file"), charlist(mod.file)), tuple(atom("line"), defLine)]))];
    raiseAtCompileTime(mod, body.meta.line ?? a.meta.line ?? 0, "ArgumentError", message, { message: bin(message) }, "\n    (elixir 1.14.0) src/elixir_quote.erl:505: :elixir_quote.argument_error/1", defLine === undefined ? undefined : [quoteFrame, ...bodyFrame]);
  }
  return quoteAst(body, st);
}

function metaList(a: Ast, st: QuoteState, extra: Ast[] = []): Ast {
  const out: Ast[] = [];
  const m = a.t === "call" ? a.meta : a.t === "tuple" ? a.meta : undefined;
  // as Elixir's quote: :generated, then :keep put before the node's own meta, which keeps the
  // parser's order (its line last, dropped unless kept or given by the line: option)
  if (st.generated) out.push(tupleA([atomA("generated"), atomA("true")]));
  if (st.keep) out.push(tupleA([atomA("keep"), tupleA([st.keepFile ?? { t: "str", v: st.mod.file }, { t: "int", v: BigInt(m?.line ?? 0) }])]));
  // (Elixir's quote gives `f -1` the context as its ambiguous_op)
  if (m?.ambiguous_op) out.push(tupleA([atomA("ambiguous_op"), atomA(st.context)]));
  if (m?.delimiter !== undefined) out.push(tupleA([atomA("delimiter"), { t: "str", v: m.delimiter }]));
  if (m?.indentation !== undefined) out.push(tupleA([atomA("indentation"), { t: "int", v: BigInt(m.indentation) }]));
  if (m?.no_parens) out.push(tupleA([atomA("no_parens"), atomA("true")]));
  if (!st.keep && st.line) out.push(tupleA([atomA("line"), st.line]));
  else if (!st.keep && st.ownLines && m?.line) out.push(tupleA([atomA("line"), { t: "int", v: BigInt(m.line) }]));
  out.push(...extra);
  return listA(out);
}

/** [{arity, module}] of the imported functions and macros called `name` (Elixir's find_imports) */
function importsOf(name: string, st: QuoteState): [number, string][] {
  const found = new Map<number, string>();
  for (const n of KERNEL_FUNCTIONS[name] ?? []) found.set(n, "Elixir.Kernel");
  for (const n of KERNEL_MACROS[name] ?? []) found.set(n, "Elixir.Kernel");
  for (const table of [st.mod.imports, st.mod.importedMacros]) {
    for (const [key, m] of table) {
      const i = key.lastIndexOf("/");
      if (key.slice(0, i) === name) found.set(Number(key.slice(i + 1)), m);
    }
  }
  return [...found].sort((x, y) => x[0] - y[0]);
}

type Quoting = { a: Ast; st: QuoteState };

/** the builder of `a`'s quoted form, walked on an explicit stack (quotes nest 10,000 deep) */
function quoteAst(a: Ast, st: QuoteState): Ast {
  return foldTree<Quoting, Ast>({ a, st }, (n) => quoteNode(n.a, n.st));
}

/** a list of quoted items, `unquote_splicing(xs)` spliced in with ++; `then` makes the node of it */
function quoteList(items: Ast[], st: QuoteState, then: (list: Ast) => Ast = (l) => l, firstSt = st): Expand<Quoting, Ast> {
  // `[a, unquote_splicing(xs) | t]`: the splice and the tail are joined at run time (tail_list)
  const last = items[items.length - 1];
  if (st.unquote && last && isCall(last, "|") && last.args?.length === 2 && isCall(last.args[0], "unquote_splicing") && last.args[0].args?.length === 1) {
    const spliced = last.args[0].args[0];
    const before = items.slice(0, -1);
    return new Expand([{ a: last.args[1], st }, { a: listA(before), st }], ([right, prefix]) =>
      then(runtime("tail_list", [spliced, right, prefix])));
  }
  const kids: Quoting[] = [];
  const spliced: (Ast | null)[] = [];
  for (const [i, it] of items.entries()) {
    if (st.unquote && isCall(it, "unquote_splicing") && it.args?.length === 1) spliced.push(it.args[0]);
    else {
      spliced.push(null);
      kids.push({ a: it, st: i === 0 ? firstSt : st });
    }
  }
  return new Expand(kids, (quoted) => {
    const parts: Ast[] = [];
    let run: Ast[] = [];
    let k = 0;
    for (const s of spliced) {
      if (s === null) run.push(quoted[k++]);
      else {
        if (run.length) parts.push(listA(run));
        run = [];
        parts.push(s);
      }
    }
    if (parts.length === 0) return then(listA(run));
    // each spliced value is checked to be a list (:elixir_quote.list/2) and joined to what follows
    let acc: Ast = listA(run);
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i];
      const isSplice = spliced.includes(p);
      acc = isSplice ? runtime("list", [p, acc]) : (acc.t === "list" && acc.items.length === 0 ? p : call("++", [p, acc]));
    }
    return then(acc);
  });
}

function quoteNode(a: Ast, st: QuoteState): Ast | Expand<Quoting, Ast> {
  // a definition's head carries the context itself, not its own children
  const headCtx: Ast[] = st.head ? [tupleA([atomA("context"), atomA(st.context)])] : [];
  const headFirst = st.headFirst;
  if (st.head || st.headFirst) st = { ...st, head: false, headFirst: false };
  switch (a.t) {
    case "int": case "float": case "atom": case "str": return a;
    case "list": return quoteList(a.items, st, undefined, headFirst ? { ...st, head: true } : st);
    case "tuple":
      // a pair holding an unquote_splicing is quoted as the {} it becomes once spliced
      if (a.items.length === 2 && !(st.unquote && a.items.some((x) => isCall(x, "unquote_splicing") && x.args?.length === 1))) return new Expand([{ a: a.items[0], st }, { a: a.items[1], st }], ([x, y]) => tupleA([x, y]));
      return quoteList(a.items, st, (items) => tupleA([atomA("{}"), metaList(a, st), items]));
    case "call": break;
  }
  const name = a.name;
  if (typeof name === "string") {
    if (a.args === null) {
      const ctx = a.meta.context ?? st.context;
      return tupleA([atomA(plainName(name)), metaList(a, st, withImports(name, st, headCtx)), atomA(ctx)]);
    }
    if (st.unquote && name === "unquote" && a.args.length === 1) return a.args[0];
    if (name === "quote" && st.unquote) {
      // (Elixir's quote marks a nested quote with its context: a macro's expansion then gives it
      // the expansion's counter, so the variables it unquotes stay the caller's)
      const ctxMeta = tupleA([atomA("context"), atomA(st.context)]);
      return quoteList(a.args, { ...st, unquote: false }, (args) => tupleA([atomA("quote"), metaList(a, st, [ctxMeta]), args]));
    }
    if (name === "__aliases__") {
      const first = a.args[0];
      // (only an alias that starts with a name, not Elixir. nor __MODULE__., can be an alias's:
      // the others have no alias: in their meta)
      const named = first?.t === "atom" && first.v !== "Elixir";
      const full = named ? st.mod.aliases.get(first.v) : undefined;
      const aliasMeta = named ? [tupleA([atomA("alias"), atomA(full ?? "false")])] : [];
      return quoteList(a.args, st, (args) => tupleA([atomA("__aliases__"), metaList(a, st, aliasMeta), args]));
    }
    if (name === "&") {
      const imported = capturedImport(a, st);
      if (imported) {
        const extra = [tupleA([atomA("imports"), listA([imported])]), tupleA([atomA("context"), atomA(st.context)])];
        return quoteList(a.args, st, (args) => tupleA([atomA(name), metaList(a, st, extra), args]));
      }
    }
    // import/alias/require carry the quote's context (their lexical effect is the caller's)
    const lexical = ["import", "alias", "require"].includes(name) && a.args.length > 0;
    const extra = lexical ? [tupleA([atomA("context"), atomA(st.context)])] : withImports(name, st, headCtx);
    const firstSt = DEFINITIONS.has(name) && a.args[0]?.t === "call" ? { ...st, head: true } : st;
    return quoteList(a.args, st, (args) => tupleA([atomA(name), metaList(a, st, extra), args]), firstSt);
  }
  if (st.unquote) {
    // `Left.unquote(name)` and `Left.unquote(name)(args)`: the call is made at run time
    const head: Ast = name;
    const dotUq = unquotedDot(a);
    if (dotUq) return quoteDotCall(dotUq.dot, dotUq.left, dotUq.expr, null, st);
    if (a.args !== null && head.t === "call") {
      const inner = unquotedDot(head);
      if (inner) return quoteDotCall(inner.dot, inner.left, inner.expr, a.args, st);
    }
  }
  // `Kernel.def(head, ...)`: the head is annotated as in `def(head, ...)`
  const argsSt = isRemoteDefinition(name) && a.args?.[0]?.t === "call" ? { ...st, headFirst: true } : st;
  // a call of a call (`f.(x)`, `Mod.f(x)`): its head quoted, then its arguments as a list
  const kids: Quoting[] = a.args === null ? [{ a: name, st }] : [{ a: name, st }, { a: listA(a.args), st: argsSt }];
  return new Expand(kids, ([head, args]) => tupleA([head, metaList(a, st, headCtx), args ?? atomA("nil")]));
}

/** `Left.unquote(expr)`: its dot node, Left and expr */
function unquotedDot(a: AstCall): { dot: AstCall; left: Ast; expr: Ast } | null {
  const d = a.name;
  if (typeof d === "string" || d.t !== "call" || d.name !== "." || d.args?.length !== 2) return null;
  const [left, right] = d.args;
  if (right.t !== "atom" || right.v !== "unquote" || a.args?.length !== 1) return null;
  return { dot: d, left, expr: a.args[0] };
}

/** Elixir's quote of an unquoted dot call: `:elixir_quote.dot(meta, left, name, args, context)`
 *  builds the call when the name is known */
function quoteDotCall(dot: AstCall, left: Ast, expr: Ast, args: Ast[] | null, st: QuoteState): Expand<Quoting, Ast> {
  const kids: Quoting[] = [{ a: left, st }];
  if (args !== null) kids.push({ a: listA(args), st });
  return new Expand(kids, ([qLeft, qArgs]) => {
    const remote: Ast = { t: "call", name: ".", meta: {}, args: [atomA("elixir_quote"), atomA("dot")] };
    return { t: "call", name: remote, meta: {}, args: [metaList(dot, st), qLeft, expr, qArgs ?? atomA("nil"), atomA(st.context)] };
  });
}

/** `{:context, ctx}, {:imports, [...]}` when `name` is imported where the quote is (Elixir's
 *  import_meta), or else the given meta */
function withImports(name: string, st: QuoteState, otherwise: Ast[]): Ast[] {
  if (SPECIAL.has(name)) return otherwise;
  const imps = importsOf(name, st);
  if (imps.length === 0) return otherwise;
  return [
    tupleA([atomA("context"), atomA(st.context)]),
    tupleA([atomA("imports"), listA(imps.map(([n, m]) => tupleA([{ t: "int", v: BigInt(n) }, atomA(m)])))]),
  ];
}

/** `&name/arity` of an imported function: `{arity, module}` of the import */
function capturedImport(a: AstCall, st: QuoteState): Ast | null {
  const slash = a.args?.[0];
  if (a.args?.length !== 1 || !slash || !isCall(slash, "/") || slash.args?.length !== 2) return null;
  const [f, n] = slash.args;
  if (f.t !== "call" || typeof f.name !== "string" || f.args !== null || n.t !== "int") return null;
  const found = importsOf(f.name, st).find(([k]) => BigInt(k) === n.v);
  return found ? tupleA([n, atomA(found[1])]) : null;
}

/** `Mod.def`, `Mod.defp`, ... `Mod.@` */
function isRemoteDefinition(d: Ast): boolean {
  return d.t === "call" && d.name === "." && d.args?.length === 2 && d.args[1].t === "atom" && DEFINITIONS.has(d.args[1].v);
}

/** a call of :elixir_quote's run-time half */
function runtime(fun: string, args: Ast[]): Ast {
  return { t: "call", name: { t: "call", name: ".", meta: {}, args: [atomA("elixir_quote"), atomA(fun)] }, meta: {}, args };
}
