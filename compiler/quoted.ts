// Quoted terms <-> the compiler's AST. A macro receives its arguments as quoted terms and returns
// one; both are Elixir's own quoted form, so the conversion is 1:1. A variable's identity is its
// name plus its context and counter (hygiene): a quoted variable with a context is given a name
// no source variable can have ("x\u0001M\u00017"), and gets its context back when quoted again.
import type { Ast, Meta } from "../lang/ast.ts";
import { CompileError } from "../lang/compile_error.ts";
import { Atom, Bin, Cons, ExtFun, Float, Nil, Pid, Term, Tuple, atom, binLiteral, isInt, list, listToArray, tuple, NIL, TRUE } from "../vm/terms.ts";
import { inspect } from "../vm/inspect.ts";
import { isMap as isMapTerm } from "../vm/terms.ts";
import { writtenNode } from "./written_node.ts";
import { mapKeys, mapValues } from "../vm/map.ts";

function mapEntries(m: Term): [Term, Term][] {
  const ks = mapKeys(m as never), vs = mapValues(m as never);
  return ks.map((k, i) => [k, vs[i]]);
}

export const HYGIENE_SEP = "\u0001";

/** the source name of a (possibly hygienic) variable */
export function plainName(name: string): string {
  const i = name.indexOf(HYGIENE_SEP);
  return i < 0 ? name : name.slice(0, i);
}
export function isHygienic(name: string): boolean {
  return name.includes(HYGIENE_SEP);
}
/** names that look like variables in quoted form but are special forms (never renamed) */
const SPECIAL_VARS = new Set(["__MODULE__", "__DIR__", "__ENV__", "__CALLER__", "__STACKTRACE__", "_"]);

/** the name a quoted variable {name, meta, context} is compiled under */
export function hygienicName(name: string, context: string | null, counter: number | bigint | null): string {
  if (context === null || SPECIAL_VARS.has(name)) return name;
  return name + HYGIENE_SEP + context + (counter !== null ? HYGIENE_SEP + counter : "");
}

// ---- AST -> quoted term -------------------------------------------------------------------------

const A_DELIMITER = atom("delimiter"), A_INDENTATION = atom("indentation");
const A_LINE = atom("line"), A_NO_PARENS = atom("no_parens"), A_COUNTER = atom("counter"), A_ALIAS = atom("alias"), A_KEEP = atom("keep");

function metaTerm(m: Meta | undefined): Term {
  if (m?.quoted !== undefined) return m.quoted as Term;
  const out: Term[] = [];
  if (m?.delimiter !== undefined) out.push(tuple(atom("delimiter"), binLiteral(m.delimiter)));
  if (m?.indentation !== undefined) out.push(tuple(atom("indentation"), m.indentation));
  if (m?.no_parens) out.push(tuple(A_NO_PARENS, TRUE));
  if (m?.line !== undefined) out.push(tuple(A_LINE, m.line));
  return list(out);
}

/** remote functions met in quoted code, compiled as their captures: quoted again, they are the
 *  function itself, as in Elixir (a macro's argument `unquote(&String.upcase/1).(x)` holds it) */
const funLiterals = new WeakMap<Ast, ExtFun>();

/** a node without children as its quoted term; undefined for a node with children */
function leafTerm(a: Ast): Term | undefined {
  switch (a.t) {
    case "int": return a.v >= -9007199254740991n && a.v <= 9007199254740991n ? Number(a.v) : a.v;
    case "float": return new Float(a.v);
    case "atom": return atom(a.v);
    case "str": return binLiteral(a.v);
    case "call":
      if (a.name === "&") return funLiterals.get(a);
      if (a.name === "__beamlet_opaque_value__") return opaqueValue(a);
      if (a.args === null && typeof a.name === "string") {
        const ctx = a.meta.context;
        return tuple(atom(plainName(a.name)), metaTerm(a.meta), ctx === undefined ? atom("nil") : atom(ctx));
      }
      return undefined;
    default: return undefined;
  }
}

function childrenOf(a: Ast): Ast[] {
  if (a.t === "list" || a.t === "tuple") return a.items;
  if (a.t !== "call") return [];
  const args = a.args ?? [];
  return typeof a.name === "string" ? args : [a.name, ...args];
}

function build(a: Ast, kids: Term[]): Term {
  if (a.t === "list") return list(kids);
  if (a.t === "tuple") return kids.length === 2 ? tuple(kids[0], kids[1]) : tuple(atom("{}"), metaTerm(a.meta), list(kids));
  if (a.t !== "call") throw new Error("unreachable");
  const name = typeof a.name === "string" ? atom(a.name) : kids[0];
  const args = typeof a.name === "string" ? kids : kids.slice(1);
  return tuple(name, metaTerm(a.meta), a.args === null ? atom("nil") : list(args));
}

/** an AST as the quoted term a macro receives (meta: [line: n], as Elixir's compiler passes it).
 *  A work stack, not JS recursion: a def of a 5,000-step operator chain is saved as quoted code. */
export function astToTerm(root: Ast): Term {
  return astToTermShared(root);
}

/** astToTerm, taking the terms of subtrees already quoted from `memo` and recording the new ones
 *  there (a subtree quoted again and again is then shared, as the BEAM shares it) */
export function astToTermShared(root: Ast, memo?: WeakMap<Ast, Term>): Term {
  const top = leafTerm(root) ?? memo?.get(root);
  if (top !== undefined) return top;
  type Frame = { a: Ast; kids: Ast[]; out: Term[] };
  const stack: Frame[] = [{ a: root, kids: childrenOf(root), out: [] }];
  for (;;) {
    const f = stack[stack.length - 1];
    if (f.out.length < f.kids.length) {
      const child = f.kids[f.out.length];
      const t = leafTerm(child) ?? memo?.get(child);
      if (t !== undefined) f.out.push(t);
      else stack.push({ a: child, kids: childrenOf(child), out: [] });
      continue;
    }
    stack.pop();
    const t = build(f.a, f.out);
    memo?.set(f.a, t);
    if (stack.length === 0) return t;
    stack[stack.length - 1].out.push(t);
  }
}

// ---- quoted term -> AST -------------------------------------------------------------------------

export class InvalidQuoted extends Error {
  constructor(readonly term: Term) {
    super("invalid quoted expression");
  }
}

function kw(meta: Term, key: Atom): Term | undefined {
  for (let c = meta; c instanceof Cons; c = c.tail) {
    const it = c.head;
    if (it instanceof Tuple && it.items.length === 2 && it.items[0] === key) return it.items[1];
  }
  return undefined;
}

function metaOf(meta: Term, fallbackLine: number | undefined): Meta {
  const m: Meta = { quoted: meta };
  const line = kw(meta, A_LINE);
  // quote location: :keep's {file, line}: where the macro's code was written
  const keep = kw(meta, A_KEEP);
  const kept = keep instanceof Tuple && keep.items.length === 2 && keep.items[0] instanceof Bin && typeof keep.items[1] === "number" ? keep.items : null;
  if (typeof line === "number") m.line = line;
  else if (kept) m.line = kept[1] as number;
  else if (fallbackLine !== undefined) m.line = fallbackLine;
  if (kept) {
    m.keepFile = (kept[0] as Bin).toString();
    m.keepLine = kept[1] as number;
  }
  if (kw(meta, A_NO_PARENS) === TRUE) m.no_parens = true;
  // a sigil's (a macro's argument, `test "x" do quote(do: ~r/a/) end`): quoting it again keeps them
  const delimiter = kw(meta, A_DELIMITER);
  if (delimiter instanceof Bin) m.delimiter = delimiter.toString();
  const indentation = kw(meta, A_INDENTATION);
  if (typeof indentation === "number") m.indentation = indentation;
  const alias = kw(meta, A_ALIAS);
  if (alias instanceof Atom) m.alias = alias.name === "false" ? false : alias.name;
  const counter = kw(meta, A_COUNTER);
  if (typeof counter === "number") m.counter = counter;
  return m;
}

/** the text of a binary as the parser would give it (raw bytes as lone surrogates) */
function binText(b: Bin): string {
  const s = b.toString();
  if (!s.includes("\ufffd")) return s;
  // not valid UTF-8: keep each byte that is not part of a valid sequence as U+DC80+byte
  let out = "";
  const bytes = b.bytes;
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    const seq = n > 0 && i + n <= bytes.length ? bytes.subarray(i, i + n) : null;
    const txt = seq ? new TextDecoder("utf-8", { fatal: false }).decode(seq) : "\ufffd";
    if (seq && !txt.includes("\ufffd")) { out += txt; i += n; } else { out += String.fromCharCode(0xdc00 + c); i++; }
  }
  return out;
}

/** while termToAstMarkingInvalid runs: the placeholders it put for terms that are no quoted code */
let marking: Ast[] | null = null;
const invalidTerms = new WeakMap<Ast, Term>();

function refuse(t: Term): Ast {
  if (marking === null) throw new InvalidQuoted(t);
  const a: Ast = { t: "call", name: "__beamlet_invalid_quoted__", meta: {}, args: [] };
  invalidTerms.set(a, t);
  marking.push(a);
  return a;
}

/** termToAst where each term that is no quoted code becomes a placeholder (invalidQuotedTerm
 *  gives the term back), for code Elixir expands in parts: the placeholders in their order */
export function termToAstMarkingInvalid(t: Term, line: number, pids: boolean): { ast: Ast; invalid: Ast[] } {
  const invalid: Ast[] = [];
  const outer = marking;
  marking = invalid;
  try {
    return { ast: termToAst(t, line, pids), invalid };
  } finally {
    marking = outer;
  }
}

/** the term a placeholder of termToAstMarkingInvalid stands for (written node, or a copy of it) */
export function invalidQuotedTerm(a: Ast): Term | undefined {
  return a.t === "call" && a.name === "__beamlet_invalid_quoted__" ? invalidTerms.get(a) ?? invalidTerms.get(writtenNode(a)) : undefined;
}

/**
 * A quoted term as an AST; throws InvalidQuoted on a term that is not valid quoted code.
 * `line` is given to nodes without one (Elixir puts the caller's line on a macro's expansion).
 */
export function termToAst(t: Term, line?: number, pids = false): Ast {
  if (typeof t === "number" || typeof t === "bigint") return { t: "int", v: BigInt(t) };
  if (t instanceof Float) return { t: "float", v: t.value };
  if (t instanceof Atom) return { t: "atom", v: t.name };
  if (t instanceof Bin) return { t: "str", v: binText(t) };
  if (t instanceof Nil) return { t: "list", items: [] };
  if (t instanceof Cons) {
    const items: Ast[] = [];
    let c: Term = t;
    for (; c instanceof Cons; c = c.tail) items.push(termToAst(c.head, line, pids));
    if (!(c instanceof Nil)) return refuse(t);
    return { t: "list", items };
  }
  if (t instanceof Tuple) {
    const it = t.items;
    if (it.length === 2) return { t: "tuple", items: [termToAst(it[0], line, pids), termToAst(it[1], line, pids)] };
    if (it.length !== 3 || listToArray(it[1]) === null) return refuse(t);
    const [name, meta, args] = it;
    const m = metaOf(meta, line);
    if (name === atom("{}") && listToArray(args) !== null) {
      return { t: "tuple", items: listToArray(args)!.map((x) => termToAst(x, line, pids)), meta: m };
    }
    if (name instanceof Atom && args instanceof Atom) {
      const counter = kw(meta, A_COUNTER);
      const ctx = args.name === "nil" ? null : args.name;
      if (ctx !== null) m.context = ctx;
      return { t: "call", name: hygienicName(name.name, ctx, isInt(counter) ? counter as number | bigint : null), meta: m, args: null };
    }
    const argv = listToArray(args);
    if (argv === null) return refuse(t);
    const nameAst: string | Ast = name instanceof Atom ? name.name : termToAst(name, line, pids);
    if (typeof nameAst !== "string" && nameAst.t !== "call" && !(nameAst.t === "atom")) return refuse(t);
    return { t: "call", name: nameAst, meta: m, args: argv.map((x) => termToAst(x, line, pids)) };
  }
  // a remote function is valid quoted code, its capture (`unquote(&String.upcase/1).(x)`)
  if (t instanceof ExtFun) {
    const a = valueLeaf(t) as Ast;
    funLiterals.set(a, t);
    return a;
  }
  // outside a function (a module body, a script's top level) a pid is a value the code may hold
  if (pids && t instanceof Pid) return opaqueValueAst(t);
  return refuse(t);
}

/** termToAst, reporting an invalid term as Elixir's CompileError */
export function termToAstOrError(t: Term, file: string, line: number, pids = false): Ast {
  try {
    return termToAst(t, line, pids);
  } catch (e) {
    if (e instanceof InvalidQuoted) throw invalidQuotedError(e.term, file, line);
    throw e;
  }
}

/** Elixir's CompileError for a term that is no quoted code */
export function invalidQuotedError(t: Term, file: string, line: number): CompileError {
  const err = new CompileError("CompileError", file, line, null, `invalid quoted expression: ${inspect(t)}\n\nPlease make sure your quoted expressions are made of valid AST nodes. If you would like to introduce a value into the AST, such as a four-element tuple or a map, make sure to call Macro.escape/1 before`);
  err.noLine = true;
  return err;
}

export { NIL };

type ValueFrame = { t: Term; kids: Term[]; improper: boolean; out: Ast[] };
const COMPOSITE_VALUE = Symbol("composite");

/** a value without parts as its AST, null when code cannot spell it, COMPOSITE_VALUE for a list,
 *  tuple or map */
function valueLeaf(t: Term): Ast | null | typeof COMPOSITE_VALUE {
  if (typeof t === "number" || typeof t === "bigint") return { t: "int", v: BigInt(t) };
  if (t instanceof Float) return { t: "float", v: t.value };
  if (t instanceof Atom) return { t: "atom", v: t.name };
  if (t instanceof Bin) return { t: "str", v: binText(t) };
  if (t instanceof Nil) return { t: "list", items: [] };
  if (t instanceof Cons || t instanceof Tuple || isMapTerm(t)) return COMPOSITE_VALUE;
  // a remote function escapes as its capture, &Mod.fun/arity
  if (t instanceof ExtFun) {
    const target: Ast = { t: "call", name: { t: "call", name: ".", args: [{ t: "atom", v: t.module.name }, { t: "atom", v: t.name.name }], meta: {} }, args: [], meta: { no_parens: true } };
    return { t: "call", name: "&", args: [{ t: "call", name: "/", args: [target, { t: "int", v: BigInt(t.arity) }], meta: {} }], meta: {} };
  }
  return null;
}

function valueFrame(t: Term): ValueFrame {
  if (t instanceof Cons) {
    const kids: Term[] = [];
    let c: Term = t;
    for (; c instanceof Cons; c = c.tail) kids.push(c.head);
    const improper = !(c instanceof Nil);
    if (improper) kids.push(c);
    return { t, kids, improper, out: [] };
  }
  if (t instanceof Tuple) return { t, kids: t.items, improper: false, out: [] };
  const kids: Term[] = [];
  for (const [k, v] of mapEntries(t)) kids.push(k, v);
  return { t, kids, improper: false, out: [] };
}

function valueBuild(f: ValueFrame): Ast {
  if (f.t instanceof Cons) {
    const items = f.out;
    if (f.improper) {
      const tail = items.pop()!;
      const last = items.pop()!;
      items.push({ t: "call", name: "|", meta: {}, args: [last, tail] });
    }
    return { t: "list", items };
  }
  if (f.t instanceof Tuple) return { t: "tuple", items: f.out };
  const pairs: Ast[] = [];
  for (let i = 0; i < f.out.length; i += 2) pairs.push({ t: "tuple", items: [f.out[i], f.out[i + 1]] });
  return { t: "call", name: "%{}", meta: {}, args: pairs };
}

/** a value as an AST that builds it (Macro.escape), or null for values code cannot spell (pids,
 *  funs). A work stack, not JS recursion: values (a saved module body) can be thousands deep. */
export function valueAst(root: Term): Ast | null {
  const top = valueLeaf(root);
  if (top !== COMPOSITE_VALUE) return top;
  const stack: ValueFrame[] = [valueFrame(root)];
  for (;;) {
    const f = stack[stack.length - 1];
    if (f.out.length < f.kids.length) {
      const kid = f.kids[f.out.length];
      const leaf = valueLeaf(kid);
      if (leaf === null) return null;
      if (leaf === COMPOSITE_VALUE) stack.push(valueFrame(kid));
      else f.out.push(leaf);
      continue;
    }
    stack.pop();
    const a = valueBuild(f);
    if (stack.length === 0) return a;
    stack[stack.length - 1].out.push(a);
  }
}

// A module attribute may hold a value code cannot spell (`@f fn x -> x end`, a pid from
// Module.put_attribute): the attribute keeps an opaque AST node standing for the term. The module
// body and Module.get_attribute read the term; a function reading it cannot inject it (Elixir
// raises there, at compile time).
const opaqueValues = new WeakMap<Ast, Term>();

/** values a module body computed, handed back as their ASTs (valueAst): they are evaluated
 *  already, also the ones no literal (a list of remote captures, `[&String.length/1]`) */
const computedValues = new WeakSet<Ast>();

export function computedValueAst(a: Ast): Ast {
  computedValues.add(a);
  return a;
}

export function isComputedValue(a: Ast): boolean {
  return computedValues.has(a);
}

export function opaqueValueAst(t: Term): Ast {
  const a: Ast = { t: "call", name: "__beamlet_opaque_value__", meta: {}, args: [] };
  opaqueValues.set(a, t);
  return a;
}

export function opaqueValue(a: Ast | undefined): Term | undefined {
  // (a module body's code is compiled from copies: compiler/written_node.ts)
  return a === undefined ? undefined : opaqueValues.get(a) ?? (a.t === "call" && a.name === "__beamlet_opaque_value__" ? opaqueValues.get(writtenNode(a)) : undefined);
}

/** the first part of `t` code cannot spell (what Macro.escape names when it refuses `t`) */
export function firstUnescapable(t: Term): Term {
  const todo: Term[] = [t];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (valueLeaf(x) === null) return x;
    if (valueLeaf(x) === COMPOSITE_VALUE) todo.push(...valueFrame(x).kids.reverse());
  }
  return t;
}

/**
 * A definition's code quoted with location: :keep, as Elixir's store_definition relinifies it:
 * each node the quote made (its meta holding `keep: {file, line}`) takes the kept line, the
 * `keep` entry dropped; the caller's code unquoted into it keeps its lines.
 */
export function keptLines(a: Ast): Ast {
  switch (a.t) {
    case "list": return { t: "list", items: a.items.map(keptLines) };
    case "tuple": return { ...a, items: a.items.map(keptLines) };
    case "call": {
      const name = typeof a.name === "string" ? a.name : keptLines(a.name);
      const args = a.args === null ? null : a.args.map(keptLines);
      let meta = a.meta;
      if (meta.keepLine !== undefined) {
        const { keepFile: _f, keepLine, ...rest } = meta;
        meta = { ...rest, line: keepLine };
        if (meta.quoted !== undefined) {
          const others: Term[] = [];
          for (let c = meta.quoted as Term; c instanceof Cons; c = c.tail) {
            const it = c.head;
            if (!(it instanceof Tuple && it.items.length === 2 && (it.items[0] === A_KEEP || it.items[0] === A_LINE))) others.push(it);
          }
          meta.quoted = list([tuple(A_LINE, keepLine), ...others]);
        }
      }
      return { t: "call", name, meta, args };
    }
    default: return a;
  }
}
