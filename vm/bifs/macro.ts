// BIFs behind the Macro module (lib/macro.ex): Macro.to_string, and the expansion's line and
// hygiene counter for Macro.expand (the same linify the compiler applies).
import { defineBifs } from "./registry.ts";
import { Atom, Bin, ExtFun, Term, Tuple, atom, bin, binLiteral, bool, isInt, tuple, list, listToArray, NIL, NIL_ATOM, TRUE } from "../terms.ts";
import { badarg, ErlangError, exception } from "../errors.ts";
import { codeFrame } from "../code_frame.ts";
import { bifErrorFrame } from "../error_info.ts";
import { macroToBinary } from "./macro_to_string.ts";
import { linify } from "../../compiler/macros.ts";
import { collectDefinition } from "../../compiler/module_body.ts";
import { compiling } from "../../compiler/compiling.ts";
import { valueAst, opaqueValueAst, opaqueValue } from "../../compiler/quoted.ts";
import { unescapeSigil, SigilEscapeError } from "../../compiler/unescape.ts";
import { deprecatedEscapes } from "../../compiler/warnings/escapes.ts";
import { literalTerm } from "../../compiler/patterns.ts";
import type { Ast, AstCall } from "../../lang/ast.ts";
import type { ModCtx, FnCtx } from "../../compiler/context.ts";
import { isCall, keywordPairs } from "../../compiler/ast_util.ts";
import { unescapeAt, EscapeFailure } from "../../lang/quoted_text.ts";
import { inspect } from "../inspect.ts";
import { mapFromEntries } from "../map.ts";
import { elixirRaise } from "../errors.ts";
import { classifyAtomForMacro, inspectAtomKey, inspectRemoteCall } from "../inspect.ts";

const SPECIAL_FORMS: Record<string, number[]> = {
  "%": [2], "%{}": [-1], "&": [1], ".": [2], "::": [2], "<<>>": [-1], "=": [2], "^": [1], __CALLER__: [0], __DIR__: [0],
  __ENV__: [0], __MODULE__: [0], __STACKTRACE__: [0], __aliases__: [-1], __block__: [-1], alias: [1, 2], case: [2],
  cond: [1], fn: [-1], for: [-1], import: [1, 2], quote: [1, 2], receive: [1], require: [1, 2], super: [-1], try: [1],
  unquote: [1], unquote_splicing: [1], with: [-1], "{}": [-1], "|": [2], "->": [-1],
};
const OPERATORS: Record<string, number[]> = {
  "@": [1], ".": [2], "+": [1, 2], "-": [1, 2], "!": [1], "^": [1], not: [1], "~~~": [1], "**": [2], "*": [2], "/": [2],
  "++": [2], "--": [2], "+++": [2], "---": [2], "..": [0, 2], "<>": [2], in: [2], "|>": [2], "<<<": [2], ">>>": [2],
  "<<~": [2], "~>>": [2], "<~": [2], "~>": [2], "<~>": [2], "<|>": [2], "<": [2], ">": [2], "<=": [2], ">=": [2], "==": [2],
  "!=": [2], "=~": [2], "===": [2], "!==": [2], "&&": [2], "&&&": [2], and: [2], "||": [2], "|||": [2], or: [2], "=": [2],
  "&": [1], "|": [2], "::": [2], when: [2], "<-": [2], "\\\\": [2], "..//": [3], "^^^": [2],
};

function arityIn(table: Record<string, number[]>, name: Term, arity: Term): Term {
  if (!(name instanceof Atom) || !isInt(arity)) badarg();
  const as = table[(name as Atom).name];
  return bool(!!as && (as.includes(Number(arity)) || as.includes(-1)));
}

defineBifs("beamlet", {
  // a module body running at compile time hands back a definition or an attribute
  // (with the values Elixir's def and @attr give: {name, arity}, :ok)
  "module_body_define/1": ([quoted]) => collectDefinition(tuple(atom("def"), quoted)),
  "module_body_attribute/2": ([name, value]) => {
    collectDefinition(tuple(atom("attr"), name, value));
    return atom("ok");
  },
});

// ---- Module's compile-time attribute functions (the module must be being compiled) -------------

// where Elixir 1.14's lib/module.ex raises that error: the check (assert_not_compiled!/3, or
// assert_not_readonly!/2 for the functions that change the module) under the function's frames
const NOT_COMPILED: [string, number, number] = ["assert_not_compiled!", 3, 2485];
const NOT_READONLY: [string, number, number] = ["assert_not_readonly!", 2, 2500];
const COMPILED_CHECKS: Record<string, [[string, number, number], [string, number, number][]]> = {
  "attributes_in/1": [NOT_COMPILED, [["attributes_in", 1, 1178]]],
  "defines?/2": [NOT_COMPILED, [["defines?", 2, 1094]]],
  "defines?/3": [NOT_COMPILED, [["defines?", 3, 1122]]],
  "definitions_in/1": [NOT_COMPILED, [["definitions_in", 1, 1232]]],
  "definitions_in/2": [NOT_COMPILED, [["definitions_in", 2, 1257]]],
  "overridables_in/1": [NOT_COMPILED, [["overridables_in", 1, 1207]]],
  "has_attribute?/2": [NOT_COMPILED, [["has_attribute?", 2, 1541]]],
  "get_attribute/2": [NOT_COMPILED, [["__get_attribute__", 4, 2119], ["get_attribute", 3, 1505]]],
  "get_attribute/3": [NOT_COMPILED, [["__get_attribute__", 4, 2119], ["get_attribute", 3, 1505]]],
  "delete_attribute/2": [NOT_READONLY, [["delete_attribute", 2, 1567]]],
  "delete_definition/2": [NOT_READONLY, [["delete_definition", 2, 1319]]],
  "make_overridable/2": [NOT_READONLY, [["make_overridable", 2, 1345]]],
  "put_attribute/3": [NOT_READONLY, [["__put_attribute__", 5, 2197]]],
  "__get_attribute__/4": [NOT_COMPILED, [["__get_attribute__", 4, 2119]]],
  "__put_attribute__/5": [NOT_READONLY, [["__put_attribute__", 5, 2197]]],
  "register_attribute/3": [NOT_READONLY, [["register_attribute", 3, 1622]]],
};

function compilingCtx(mod: Term, fun: string, arity: number, instead?: string) {
  const ctx = mod instanceof Atom ? compiling.get(mod.name) : undefined;
  if (!ctx) {
    const name = mod instanceof Atom ? inspect(mod) : inspect(mod);
    // (get_attribute/3 and the functions @ expands to go through get_attribute/2's and
    // put_attribute/3's checks: their messages name those)
    const [shown, shownArity] = fun === "get_attribute" || fun === "__get_attribute__" ? ["get_attribute", 2] : fun === "__put_attribute__" ? ["put_attribute", 3] : [fun, arity];
    const reason = exception("ArgumentError", { message: bin(`could not call Module.${shown}/${shownArity} because the module ${name} is already compiled${instead ? ". " + instead : ""}`) });
    const e = new ErlangError("error", reason);
    const check = COMPILED_CHECKS[`${fun}/${arity}`];
    if (check) {
      e.callee = codeFrame("Elixir.Module", check[0][0], check[0][1], "lib/module.ex", check[0][2]);
      e.calleeBelow = check[1].map(([f, a, l]) => codeFrame("Elixir.Module", f, a, "lib/module.ex", l));
    }
    throw e;
  }
  return ctx!;
}
// the attributes Elixir 1.14 registers in every module it opens (has_attribute? is true for them)
const BUILTIN_ATTRIBUTES = [
  "after_compile", "after_verify", "before_compile", "behaviour", "callback", "compile", "derive", "dialyzer",
  "external_resource", "macrocallback", "moduledoc", "on_definition", "opaque", "optional_callbacks", "spec", "type", "typep",
];

function attrName(t: Term): string {
  if (!(t instanceof Atom)) badarg();
  return (t as Atom).name;
}
function attrValue(ctx: { attrs: Map<string, Ast>; attrReads: Set<string> }, name: string): Term | undefined {
  const a = ctx.attrs.get(name);
  // (a read before the attribute is set is no use of it: `@pre 1` after a `use` whose __using__
  // read :pre is still "set but never used")
  if (a === undefined) return undefined;
  ctx.attrReads.add(name);
  return opaqueValue(a) ?? literalTerm(a) ?? attrTerm(a, ctx as ModCtx) ?? NIL_ATOM;
}

/** the attributes Elixir keeps as {line, doc}: Module.get_attribute gives that pair, @name the doc */
const DOC_ATTRIBUTES = new Set(["doc", "moduledoc", "typedoc"]);

/** Module.get_attribute's value: a documentation attribute with the line it was set at */
function storedValue(ctx: ModCtx, name: string): Term | undefined {
  const v = attrValue(ctx, name);
  if (v === undefined || !DOC_ATTRIBUTES.has(name)) return v;
  return tuple(ctx.docLines.get(name) ?? 0, v);
}

/**
 * The value of an attribute whose declaration the compiler kept as code that is no literal but
 * a constant all the same: an alias (`@target Helpers.Formatter`), a remote capture
 * (`&String.upcase/1`, also what a computed value holding an external fun is kept as), and
 * lists, tuples and maps of those; undefined for anything else.
 */
function attrTerm(a: Ast, mod: ModCtx): Term | undefined {
  const lit = literalTerm(a, { mod } as FnCtx);
  if (lit !== undefined) return lit;
  const all = (xs: Ast[]): Term[] | undefined => {
    const out: Term[] = [];
    for (const x of xs) {
      const t = attrTerm(x, mod);
      if (t === undefined) return undefined;
      out.push(t);
    }
    return out;
  };
  if (a.t === "tuple") {
    const items = all(a.items);
    return items && tuple(...items);
  }
  if (a.t === "list") {
    const last = a.items[a.items.length - 1];
    if (last !== undefined && isCall(last, "|")) {
      const items = all([...a.items.slice(0, -1), ...last.args!]);
      return items && list(items.slice(0, -1), items[items.length - 1]);
    }
    const items = all(a.items);
    return items && list(items);
  }
  if (isCall(a, "%{}") && a.args) {
    const entries: [Term, Term][] = [];
    for (const item of a.args) {
      const pairs: [Ast, Ast][] = item.t === "tuple" && item.items.length === 2 ? [[item.items[0], item.items[1]]] : (keywordPairs(item) ?? []).map(([k, v]) => [{ t: "atom", v: k } as Ast, v]);
      if (pairs.length === 0) return undefined;
      for (const [k, v] of pairs) {
        const kv = all([k, v]);
        if (!kv) return undefined;
        entries.push([kv[0], kv[1]]);
      }
    }
    return mapFromEntries(entries);
  }
  // &Mod.fun/arity
  const slash = isCall(a, "&") && a.args?.length === 1 ? a.args[0] : undefined;
  if (slash && isCall(slash, "/") && slash.args?.length === 2 && slash.args[1].t === "int") {
    const target = slash.args[0];
    const dot = target.t === "call" && typeof target.name === "object" ? target.name : undefined;
    if (dot && isCall(dot, ".") && dot.args?.length === 2 && dot.args[1].t === "atom" && (target as AstCall).args?.length === 0) {
      const m = attrTerm(dot.args[0], mod);
      if (m instanceof Atom) return new ExtFun(m, atom(dot.args[1].v), Number(slash.args[1].v));
    }
  }
  return undefined;
}
function putAttr(ctx: ModCtx, name: string, value: Term, line?: Term): void {
  if (DOC_ATTRIBUTES.has(name)) {
    // (@doc x in code the body runs is set at its line; Module.put_attribute gives {line, doc})
    const pair = line !== undefined && isInt(line) ? tuple(line, value) : value;
    if (!(pair instanceof Tuple && pair.items.length === 2 && isInt(pair.items[0]))) {
      const e = new ErlangError("error", exception("ArgumentError", { message: bin(`@${name} is a built-in module attribute for documentation. When set dynamically, it should be {line, doc} (where "doc" is either false, nil, a string, or a keyword list), got: ${inspect(value)}`) }));
      // (raised by Elixir 1.14's lib/module.ex check, under the functions that put the attribute)
      e.callee = codeFrame("Elixir.Module", "preprocess_attribute", 2, "lib/module.ex", 2309);
      e.calleeBelow = [codeFrame("Elixir.Module", "put_attribute", 7, "lib/module.ex", 2251), codeFrame("Elixir.Module", "__put_attribute__", 5, "lib/module.ex", 2199)];
      throw e;
    }
    // (a keyword list is metadata: the doc stays)
    if (listToArray(pair.items[1])?.length) return;
    ctx.docLines.set(name, Number(pair.items[0]));
    value = pair.items[1];
  }
  const ast = valueAst(value) ?? opaqueValueAst(value);
  ctx.registeredUnset.delete(name);
  ctx.attrsPut.add(name);
  if (ctx.accumulate.has(name)) {
    const prev = ctx.attrs.get(name);
    ctx.attrs.set(name, { t: "list", items: [ast!, ...(prev && prev.t === "list" ? prev.items : [])] });
  } else ctx.attrs.set(name, ast!);
}

defineBifs("Elixir.Module", {
  "register_attribute/3": ([m, n, opts]) => {
    const ctx = compilingCtx(m, "register_attribute", 3);
    const name = attrName(n);
    const flag = (key: string) => (listToArray(opts) ?? []).some((x) => x instanceof Tuple && x.items[0] === atom(key) && x.items[1] === TRUE);
    const acc = flag("accumulate");
    if (flag("persist") && !ctx.persisted.includes(name)) ctx.persisted.push(name);
    // a registered attribute reads as nil (or []) without the "undefined module attribute" warning
    ctx.attrsPut.add(name);
    if (!acc && !ctx.attrs.has(name)) ctx.registeredUnset.add(name);
    // (an attribute that held a single value starts accumulating afresh: Elixir drops the value)
    if (acc && !ctx.accumulate.has(name)) {
      ctx.accumulate.add(name);
      ctx.attrs.set(name, { t: "list", items: [] });
    }
    return atom("ok");
  },
  "put_attribute/3": ([m, n, v]) => {
    putAttr(compilingCtx(m, "put_attribute", 3), attrName(n), v);
    return atom("ok");
  },
  // what @name expands to in a module's body (line and traces are Elixir's tracing, not kept here)
  "__put_attribute__/5": ([m, n, v, line]) => {
    putAttr(compilingCtx(m, "__put_attribute__", 5), attrName(n), v, line);
    return atom("ok");
  },
  "__get_attribute__/4": ([m, n, line], bctx) => {
    const ctx = compilingCtx(m, "__get_attribute__", 4, USE_INFO_OR_DOCS);
    const name = attrName(n);
    const value = attrValue(ctx, name);
    // (at a line, line 0 too, a read of an attribute neither set nor registered warns, as Elixir's
    // does at once, naming the module's body; Module.get_attribute reads at no line)
    if (value === undefined && isInt(line) && !ctx.attrsPut.has(name) && !BUILTIN_ATTRIBUTES.includes(name)) {
      const at = Number(line) === 0 ? "" : `:${line}`;
      bctx.write(2, `warning: undefined module attribute @${name}, please remove access to @${name} or explicitly set it before access\n  ${ctx.shownFile()}${at}: ${inspect(m)} (module)\n\n`);
    }
    return value ?? NIL_ATOM;
  },
  "get_attribute/2": ([m, n]) => storedValue(compilingCtx(m, "get_attribute", 2, USE_INFO_OR_DOCS), attrName(n)) ?? NIL_ATOM,
  "get_attribute/3": ([m, n, d]) => storedValue(compilingCtx(m, "get_attribute", 3, USE_INFO_OR_DOCS), attrName(n)) ?? d,
  "has_attribute?/2": ([m, n]) => {
    const ctx = compilingCtx(m, "has_attribute?", 2);
    const name = attrName(n);
    return bool(ctx.attrs.has(name) || ctx.registeredUnset.has(name) || BUILTIN_ATTRIBUTES.includes(name));
  },
  "attributes_in/1": ([m]) => {
    if (!(m instanceof Atom)) clauseOf("attributes_in", [m]);
    const ctx = compilingCtx(m, "attributes_in", 1);
    return list([...new Set([...BUILTIN_ATTRIBUTES, ...ctx.attrs.keys(), ...ctx.attrsPut])].map((a) => atom(a)));
  },
  "delete_attribute/2": ([m, n]) => {
    const ctx = compilingCtx(m, "delete_attribute", 2);
    const name = attrName(n);
    const v = storedValue(ctx, name) ?? NIL_ATOM;
    ctx.registeredUnset.delete(name);
    // an accumulating attribute stays registered, emptied (as Elixir's Module does)
    if (ctx.accumulate.has(name)) ctx.attrs.set(name, { t: "list", items: [] });
    else ctx.attrs.delete(name);
    return v;
  },
  // Elixir 1.14's tail-calls Kernel.Typespec.defines_type?/2, which reads the module's data tables
  // (an :ets.lookup_element that fails with badkey unless the module is open)
  "defines_type?/2": ([m, fa]) => {
    const clause = (frame: Tuple): never => { const e = new ErlangError("error", atom("function_clause")); e.callee = frame; throw e; };
    if (!(m instanceof Atom)) clause(codeFrame("Elixir.Module", "defines_type?", [m, fa], "lib/module.ex", 1139));
    const arity = fa instanceof Tuple && fa.items.length === 2 && fa.items[0] instanceof Atom && isInt(fa.items[1]) ? Number(fa.items[1]) : -1;
    if (arity < 0 || arity > 255) clause(codeFrame("Elixir.Kernel.Typespec", "defines_type?", [m, fa], "lib/kernel/typespec.ex", 65));
    const ctx = compiling.get((m as Atom).name);
    if (!ctx) {
      const e = new ErlangError("error", atom("badarg"));
      e.diagnosis = { args: [[2, "not a key that exists in the table"]], cause: "badkey" };
      e.callee = bifErrorFrame("ets", "lookup_element", [atom("elixir_modules"), m, 2], e.diagnosis);
      e.calleeBelow = [codeFrame("elixir_module", "data_tables", 1, "src/elixir_module.erl", 27), codeFrame("Elixir.Kernel.Typespec", "defines_type?", 2, "lib/kernel/typespec.ex", 67)];
      throw e;
    }
    const name = (fa as Tuple).items[0];
    return bool(["type", "typep", "opaque"].some((kind) => (listToArray(attrValue(ctx, kind) ?? NIL) ?? []).some((t) => typeSignatureIs(t, name, arity))));
  },
  "open?/1": ([m]) => bool(m instanceof Atom && compiling.has(m.name)),
  "defines?/2": ([m, fa]) => {
    if (!(m instanceof Atom) || !isFunctionName(fa)) clauseOf("defines?", [m, fa]);
    return bool(defined(compilingCtx(m, "defines?", 2, USE_EXPORTED), fa) !== undefined);
  },
  "defines?/3": ([m, fa, k]) => {
    if (!(m instanceof Atom) || !isFunctionName(fa) || !isKind(k)) clauseOf("defines?", [m, fa, k]);
    return bool(defined(compilingCtx(m, "defines?", 3, USE_EXPORTED), fa)?.kind === (k as Atom).name);
  },
  "definitions_in/1": ([m]) => {
    if (!(m instanceof Atom)) clauseOf("definitions_in", [m]);
    return list(compilingCtx(m, "definitions_in", 1, USE_INFO).definedSoFar().map((d) => tuple(atom(d.name), d.arity)));
  },
  "definitions_in/2": ([m, k]) => {
    if (!(m instanceof Atom) || !isKind(k)) clauseOf("definitions_in", [m, k]);
    const ctx = compilingCtx(m, "definitions_in", 2, USE_INFO);
    return list(ctx.definedSoFar().filter((d) => d.kind === (k as Atom).name).map((d) => tuple(atom(d.name), d.arity)));
  },
  "get_definition/2": ([m, fa]) => getDefinition(m, fa, NIL, 2),
  "get_definition/3": ([m, fa, opts]) => getDefinition(m, fa, opts, 3),
  "delete_definition/2": ([m, fa]) => {
    if (!(m instanceof Atom) || !isFunctionName(fa)) clauseOf("delete_definition", [m, fa]);
    const ctx = compilingCtx(m, "delete_definition", 2);
    return bool(ctx.deleteDefinition(((fa as Tuple).items[0] as Atom).name, Number((fa as Tuple).items[1])));
  },
  "overridable?/2": ([m, fa]) => bool(!!defined(compilingCtx(m, "overridable?", 2), fa)?.overridable),
  "overridables_in/1": ([m]) => list(compilingCtx(m, "overridables_in", 1).definedSoFar().filter((d) => d.overridable).map((d) => tuple(atom(d.name), d.arity))),
});

function getDefinition(m: Term, fa: Term, opts: Term, arity: number): Term {
  const items = listToArray(opts);
  if (!(m instanceof Atom) || !isFunctionName(fa) || items === null) clauseOf("get_definition", arity === 2 ? [m, fa] : [m, fa, opts]);
  const ctx = compilingCtx(m, "get_definition", arity);
  const skip = items!.some((x) => x instanceof Tuple && x.items[0] === atom("skip_clauses") && x.items[1] === TRUE);
  return ctx.getDefinition(((fa as Tuple).items[0] as Atom).name, Number((fa as Tuple).items[1]), skip) ?? NIL_ATOM;
}

// what Elixir's Module suggests instead once the module is compiled
const USE_EXPORTED = "Use Kernel.function_exported?/3 and Kernel.macro_exported?/3 to check for public functions and macros instead";
const USE_INFO = "Use the Module.__info__/1 callback to get public functions and macros instead";
const USE_INFO_OR_DOCS = "Use the Module.__info__/1 callback or Code.fetch_docs/1 instead";

/** {kind, {:"::", _, [{name, _, args}, _]}, env} (an accumulated @type) names name/arity */
function typeSignatureIs(t: Term, name: Term, arity: number): boolean {
  const spec = t instanceof Tuple ? t.items[1] : undefined;
  const head = spec instanceof Tuple && spec.items[0] === atom("::") ? listToArray(spec.items[2])?.[0] : undefined;
  if (!(head instanceof Tuple) || head.items.length !== 3 || head.items[0] !== name) return false;
  const args = head.items[2];
  return args instanceof Atom ? arity === 0 : (listToArray(args)?.length ?? -1) === arity;
}

/** a FunctionClauseError of Module.fun (its clauses' guards refuse the arguments) */
function clauseOf(fun: string, args: Term[]): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom("Elixir.Module"), atom(fun), list(args), NIL);
  throw e;
}

function isFunctionName(fa: Term): boolean {
  return fa instanceof Tuple && fa.items.length === 2 && fa.items[0] instanceof Atom && isInt(fa.items[1]) && Number(fa.items[1]) >= 0;
}

function isKind(k: Term): boolean {
  return k instanceof Atom && ["def", "defp", "defmacro", "defmacrop"].includes(k.name);
}

/** the definition `{name, arity}` names, if defined so far */
function defined(ctx: { definedSoFar: () => { name: string; arity: number; kind: string; overridable: boolean }[] }, fa: Term) {
  if (!isFunctionName(fa)) badarg();
  const [name, arity] = [(fa as Tuple).items[0] as Atom, Number((fa as Tuple).items[1])];
  return ctx.definedSoFar().find((d) => d.name === name.name && d.arity === arity);
}

defineBifs("beamlet_macro", {
  "to_string/1": ([t]) => macroToBinary(t),
  "unescape_string/1": ([t]) => {
    if (!(t instanceof Bin)) return badarg();
    try {
      return binLiteral(unescapeSigil(t.toString()));
    } catch (e) {
      if (e instanceof SigilEscapeError) elixirRaise("ArgumentError", e.message);
      throw e;
    }
  },
  // Macro.unescape_string/2's `\x...` or `\u...` at the start of t: {the bytes it stands for, the
  // rest}; a bad one raises ArgumentError as the sigil's does, a deprecated form warns on stderr
  "unescape_escape/1": ([t], ctx) => {
    if (!(t instanceof Bin)) return badarg();
    const bytes = t.bytes;
    let head = "";
    for (let i = 0; i < Math.min(bytes.length, 12) && bytes[i] < 0x80; i++) head += String.fromCharCode(bytes[i]);
    let decoded: [string, number];
    try {
      decoded = unescapeAt(head, 0);
    } catch (e) {
      if (e instanceof EscapeFailure) elixirRaise("ArgumentError", e.quoted!.prefix.replace(/\. Syntax error after: $/, ""));
      throw e;
    }
    const [text, next] = decoded;
    for (const w of deprecatedEscapes(head.slice(0, next))) ctx.write(2, `warning: ${w}\n`);
    return tuple(binLiteral(text), t.slice(next, bytes.length));
  },
  "linify/4": ([t, line, receiver, counter]) => linify(t, isInt(line) ? Number(line) : 0, receiver as Atom, isInt(counter) ? counter as number | bigint : badarg()),
  "special_form?/2": ([n, a]) => arityIn(SPECIAL_FORMS, n, a),
  "operator?/2": ([n, a]) => arityIn(OPERATORS, n, a),
  "inspect_atom_key/1": ([a]) => bin(inspectAtomKey(a as Atom)),
  "classify_atom/1": ([a]) => {
    if (!(a instanceof Atom)) badarg();
    return atom(classifyAtomForMacro(a as Atom));
  },
  "inspect_atom_remote_call/1": ([a]) => {
    if (!(a instanceof Atom)) badarg();
    return bin(inspectRemoteCall(a as Atom));
  },
});

defineBifs("beamlet_module", {
  // Module.make_overridable/2 (lib/module.ex) of one {name, arity}: false when not defined so far
  "make_overridable/2": ([m, fa]) => {
    const ctx = compilingCtx(m, "make_overridable", 2);
    if (defined(ctx, fa) === undefined) return atom("false");
    ctx.makeOverridable([[((fa as Tuple).items[0] as Atom).name, Number((fa as Tuple).items[1])]]);
    return TRUE;
  },
  // the struct of a module still being compiled, once its defstruct ran (Macro.struct!/2 in its
  // own macros' expansion, as Elixir reads the module's :__struct__ attribute); nil before
  "compiling_struct/1": ([m]) => {
    const fields = m instanceof Atom ? compiling.get(m.name)?.ownStruct?.fields : undefined;
    if (!fields) return NIL_ATOM;
    const entries: [Term, Term][] = [[atom("__struct__"), m]];
    for (const [k, x] of fields) entries.push([atom(k), opaqueValue(x) ?? literalTerm(x) ?? NIL_ATOM]);
    return mapFromEntries(entries);
  },
});
