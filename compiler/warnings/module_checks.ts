// Warnings about one module's definitions, in Elixir 1.14's order: while expanding, each clause's
// own (undefined attribute reads, unused variables, terms a block drops), then what storing the
// clause finds (clauses of one function apart, @doc on a private function, defaults in a function
// of several clauses); then unused private functions (not reachable from a public one or the
// module body, by name), the Erlang compiler's (erlang_checks.ts, with function clauses that
// cannot match), and attributes set but never read (last set first).
import type { Ast, AstCall } from "../../lang/ast.ts";
import type { DiscouragedType } from "../typespec_check.ts";
import { isCall, isVar, blockItems, keywordPairs, lineOf, fileAttribute } from "../ast_util.ts";
import { astKids } from "../ast_walk.ts";
import { ExUnitForms, isExUnitForm } from "./ex_unit_forms.ts";
import { VariableChecker } from "./variables.ts";
import { expansionOf } from "../macro_expansions.ts";
import { plainName } from "../quoted.ts";
import { erlangCheckOrder, type Warning } from "./warning.ts";
import { attributesUsed, attributesKept, attributesSetByMacros, discouragedTypesMet, parseTransformsSet, localCallsMade, definitionsMade, importDispatched, behavioursDeclared, overridablesMade } from "../compiling.ts";
import { inspectLiteral } from "./literals.ts";
import { ErlangChecks, matchesAnything } from "./erlang_checks.ts";
import { nomatchWarnings } from "./nomatch_patterns.ts";
import { ALWAYS_SAME, alwaysFalse } from "./constant_guards.ts";
import { deprecationWarning } from "../deprecations.ts";
import { localAttributes } from "./remote_attributes.ts";
import { behaviourWarnings, moduleRef, type Callbacks, type Definition } from "./behaviours.ts";
import { sigilEscapeWarnings } from "./escapes.ts";
import { shadowedClauses } from "./shadowed_clauses.ts";
import { ELIXIR_ACCUMULATED } from "../registered_attributes.ts";

/** what the module checks need to know of the rest of the file */
export interface ModuleContext {
  line: number;
  /** a module's callbacks when the file defines it: null when it has none */
  fileCallbacks: (m: string) => Callbacks | null | undefined;
  exists: (m: string) => boolean;
  /** a defimpl's module: the protocol it implements (its behaviour) */
  protocol?: string;
}

const DEFINITIONS = new Set(["def", "defp", "defmacro", "defmacrop", "defdelegate", "defguard", "defguardp"]);

/** the `use`d modules that declare a behaviour (`use` of any other may declare one unseen) */
const USE_BEHAVIOURS = new Set(["Elixir.GenServer", "Elixir.Supervisor", "Elixir.Application", "Elixir.DynamicSupervisor"]);
const USE_WITHOUT_BEHAVIOUR = new Set(["Elixir.Agent", "Elixir.Task", "Elixir.Bitwise"]);

/** attributes every module has registered (accumulating): reading one unset gives [] */
const REGISTERED_BY_ELIXIR = new Set([...ELIXIR_ACCUMULATED, "moduledoc"]);

/** attributes Elixir reads itself: never "set but never used" */
const RESERVED_ATTRIBUTES = new Set([
  "moduledoc", "doc", "typedoc", "impl", "behaviour", "vsn", "spec", "type", "typep", "opaque", "callback",
  "macrocallback", "optional_callbacks", "derive", "enforce_keys", "compile", "dialyzer", "external_resource",
  "on_load", "after_compile", "before_compile", "on_definition", "deprecated", "file", "fallback_to_any",
  "nifs", "behavior",
]);

interface Clause {
  kind: string;
  name: string;
  arity: number;
  minArity: number;
  line: number;
  args: Ast[];
  guard: Ast | null;
  body: Ast[];
  /** a head without a body (`def f(a, b \\ 1)`) */
  header: boolean;
  /** named by `unquote(:name)` */
  unquoted?: boolean;
}

/** the atom of `unquote(:name)`, else null */
function unquotedAtom(x: Ast): string | null {
  if (!isCall(x, "unquote") || x.args?.length !== 1) return null;
  const [v] = x.args;
  return v.t === "atom" ? v.v : null;
}

/** a def/defp/defmacro/defmacrop form as a clause, or null when its head is not plain */
export function defClause(a: AstCall): Clause | null {
  const [head0, kw] = a.args ?? [];
  if (!head0) return null;
  let head = head0;
  let guard: Ast | null = null;
  if (isCall(head, "when") && head.args?.length === 2) {
    guard = head.args[1];
    head = head.args[0];
  }
  if (head.t !== "call") return null;
  // a name unquoted from a literal atom (`def unquote(:f)()`) is that name
  const name = typeof head.name === "string" ? head.name : unquotedAtom(head.name);
  if (name === null || name === "unquote") return null;
  const args = head.args ?? [];
  const defaults = args.filter((x) => isCall(x, "\\\\")).length;
  const pairs = keywordPairs(kw);
  const doBody = pairs?.find(([k]) => k === "do")?.[1];
  // `def f do ... rescue ... end` is a try around the body
  const body = pairs && pairs.some(([k]) => k !== "do") ? [{ t: "call" as const, name: "try", meta: a.meta, args: [kw] }] : blockItems(doBody);
  return {
    kind: a.name as string,
    name,
    arity: args.length,
    minArity: args.length - defaults,
    line: lineOf(a) ?? 0,
    args: args.map((x) => (isCall(x, "\\\\") && x.args ? x.args[0] : x)),
    guard,
    body,
    header: !pairs,
    ...(typeof head.name === "string" ? {} : { unquoted: true }),
  };
}

/** the definitions and defoverridables a call of the program's own macro in a module body
 *  expanded to, in order (through the macro calls in that expansion): their clauses (headers too)
 *  and the "name/arity"s made overridable */
function macroDefinitionOrder(item: Ast): (Clause | string[])[] {
  const expanded = isCall(item) ? expansionOf(item) : undefined;
  if (!expanded) return [];
  return blockItems(expanded).flatMap((x): (Clause | string[])[] => {
    if (!isCall(x)) return [];
    if (["def", "defp", "defmacro", "defmacrop"].includes(x.name as string)) {
      const c = defClause(x);
      // (`def f, do: ...` in a quote: f is a variable of the macro's context)
      return c ? [{ ...c, name: plainName(c.name) }] : [];
    }
    const made = makeOverridableSpec(x);
    if (x.name === "defoverridable" || made !== undefined) return [overridablesMade.get(x) ?? overridableKeys(made ?? x.args?.[0])];
    return macroDefinitionOrder(x);
  });
}

function overridableKeys(spec: Ast | undefined): string[] {
  return (keywordPairs(spec) ?? []).filter(([, n]) => n.t === "int").map(([k, n]) => `${k}/${(n as { v: bigint }).v}`);
}

/** the clauses with bodies a call of the program's own macro in a module body expanded to
 *  (through the macro calls in that expansion) */
function macroDefinitions(item: Ast): Clause[] {
  const expanded = isCall(item) ? expansionOf(item) : undefined;
  if (!expanded) return [];
  return blockItems(expanded).flatMap((x) => {
    if (!isCall(x)) return [];
    if (["def", "defp", "defmacro", "defmacrop"].includes(x.name as string)) {
      const c = defClause(x);
      return c && !c.header ? [c] : [];
    }
    return macroDefinitions(x);
  });
}

/** code holding an unquote fragment (outside a quote) */
function hasUnquote(root: Ast): boolean {
  let found = false;
  walkCalls(root, (a) => {
    if (a.name === "quote") return [];
    if (a.name === "unquote" || a.name === "unquote_splicing") found = true;
    return found ? [] : astKids(a);
  });
  return found;
}

/** a definition's head, guard and body, whatever its name (`def unquote(name)(x)`) */
function anyDefClause(a: AstCall): { args: Ast[]; guard: Ast | null; body: Ast[] } | null {
  let [head, kw] = a.args ?? [];
  if (!head) return null;
  let guard: Ast | null = null;
  if (isCall(head, "when") && head.args?.length === 2) [head, guard] = head.args;
  if (head.t !== "call") return null;
  const pairs = keywordPairs(kw);
  if (!pairs) return null;
  const doBody = pairs.find(([k]) => k === "do")?.[1];
  const body = pairs.some(([k]) => k !== "do") ? [{ t: "call" as const, name: "try", meta: a.meta, args: [kw] }] : blockItems(doBody);
  return { args: (head.args ?? []).map((x) => (isCall(x, "\\\\") && x.args ? x.args[0] : x)), guard, body };
}

/** the definitions (and tests) written inside module-body code, by line: their variables are
 *  the defined function's, checked once per clause the code defined */
function nestedDefinitions(root: Ast, exUnit: boolean): Map<number, { args: Ast[]; guard: Ast | null; body: Ast[] }> {
  const found = new Map<number, { args: Ast[]; guard: Ast | null; body: Ast[] }>();
  walkCalls(root, (a) => {
    if (a.name === "quote" || a.name === "defmodule" || a.name === "fn") return [];
    const line = lineOf(a);
    if (a !== root && line !== undefined && typeof a.name === "string" && ["def", "defp", "defmacro", "defmacrop"].includes(a.name)) {
      const form = anyDefClause(a);
      if (form) found.set(line, form);
      return [];
    }
    if (a !== root && line !== undefined && exUnit && a.name === "test" && (a.args?.length === 2 || a.args?.length === 3)) {
      const args = a.args;
      const body = keywordPairs(args[args.length - 1])?.find(([k]) => k === "do")?.[1];
      if (body !== undefined) found.set(line, { args: args.length === 3 ? [args[1]] : [], guard: null, body: blockItems(body) });
      return [];
    }
    return astKids(a);
  });
  return found;
}

/** walks code in source order with a work list (code nests 5,000 deep in a def), giving `visit`
 *  each call with the count of arguments a pipe adds to it; visit returns the code to walk under it */
function walkCalls(root: Ast, visit: (call: AstCall, piped: number) => readonly Ast[]): void {
  const todo: [Ast, number][] = [[root, 0]];
  const later = (items: readonly Ast[]) => {
    for (let i = items.length - 1; i >= 0; i--) todo.push([items[i], 0]);
  };
  while (todo.length > 0) {
    const [a, piped] = todo.pop()!;
    if (a.t === "list" || a.t === "tuple") later(a.items);
    if (a.t !== "call") continue;
    if (a.name === "|>" && a.args?.length === 2) todo.push([a.args[1], 1], [a.args[0], 0]);
    else later(visit(a, piped));
  }
}

/** local calls made by `root`: "name/arity" (pipes add the piped argument) */
function localCalls(root: Ast, out: Set<string>): void {
  walkCalls(root, (a, piped) => {
    if (typeof a.name !== "string") return [a.name, ...(a.args ?? [])];
    if (a.name === "&" && a.args?.length === 1 && isCall(a.args[0], "/") && a.args[0].args) {
      const [f, n] = a.args[0].args;
      if (f.t === "call" && typeof f.name === "string" && f.args === null && n.t === "int") out.add(`${f.name}/${n.v}`);
      return [];
    }
    if (a.args === null) {
      out.add(`${a.name}/0`);
      return [];
    }
    out.add(`${a.name}/${a.args.length + piped}`);
    return a.args;
  });
}

/** the module of a `use` (null when not a plain name), undefined when `a` is no `use` */
function usedModule(a: Ast): string | null | undefined {
  return isCall(a, "use") && a.args?.length ? moduleRef(a.args[0]) : undefined;
}

/** calls in module-body code that Elixir warns of as it expands the body: deprecated functions,
 *  and reading the application environment (compile_env is meant there) */
function deprecatedCalls(root: Ast, out: (message: string, line: number | undefined) => void, moduleBody = true, exUnit = false): void {
  walkCalls(root, (a, piped) => {
    if (a.name === "quote" || a.name === "defmodule") return [];
    // a definition's code (a def in a `for`, a test or a setup in a describe) is a function's:
    // Elixir warns of its calls as it checks that function (compiler/warnings/lexical.ts)
    if (typeof a.name === "string" && (DEFINITION_FORMS.has(a.name) || (exUnit && isExUnitForm(a) && a.name !== "describe"))) return [];
    if (isCall(a.name as Ast, ".") && a.args !== null) {
      const [m, f] = (a.name as AstCall).args ?? [];
      const parts = m && isCall(m, "__aliases__") && m.args?.every((x) => x.t === "atom") ? m.args.map((x) => (x as { v: string }).v) : null;
      const mod = m?.t === "atom" ? m.v : parts ? "Elixir." + parts.join(".") : null;
      const arity = a.args.length + piped;
      const message = mod && f?.t === "atom" ? deprecationWarning(mod, f.v, arity) : undefined;
      if (message) out(message, lineOf(a));
      if (moduleBody && mod === "Elixir.Application" && f?.t === "atom" && ["get_env", "fetch_env", "fetch_env!"].includes(f.v)) {
        out(`Application.${f.v}/${arity} is discouraged in the module body, use Application.compile_env/3 instead`, lineOf(a));
      }
    }
    return astKids(a);
  });
}

const DEFINITION_FORMS = new Set(["def", "defp", "defmacro", "defmacrop", "defguard", "defguardp"]);

/** the attribute a Module.put_attribute/register_attribute call names (a literal atom) */
function attributePut(a: AstCall): string | undefined {
  if (!isCall(a.name as Ast, ".") || a.args?.length !== 3) return undefined;
  const [m, f] = (a.name as AstCall).args ?? [];
  if (!isCall(m, "__aliases__") || m.args?.length !== 1 || m.args[0].t !== "atom" || m.args[0].v !== "Module") return undefined;
  if (f?.t !== "atom" || (f.v !== "put_attribute" && f.v !== "register_attribute")) return undefined;
  return a.args[1].t === "atom" ? a.args[1].v : undefined;
}
function sourcePuts(body: Ast): Set<string> {
  const names = new Set<string>();
  walkCalls(body, (a) => {
    if (a.name === "quote" || a.name === "defmodule") return [];
    const put = attributePut(a);
    if (put) names.add(put);
    return astKids(a);
  });
  return names;
}

/** a clause that matches anything: only variables as arguments and no guard */
function matchesAll(c: Clause): boolean {
  return matchesAnything(c.args, c.guard);
}

export function moduleWarnings(name: string, writtenBody: Ast, file: string, context?: ModuleContext): Warning[] {
  const body = localAttributes(writtenBody);
  const display = name.replace(/^Elixir\./, "");
  const out: Warning[] = [];
  const clauses: Clause[] = [];
  const attrSets = new Map<string, number>();
  const attrReads = new Set<string>();
  // (every attribute the source reads, whichever value)
  const readInSource = new Set<string>();
  // set by code a macro generated (use, a template) or by Module.put_attribute: the compiler saw
  // them. One the source itself puts (Module.put_attribute(__MODULE__, :x, v)) counts from there on.
  const putInSource = sourcePuts(body);
  const putSoFar = new Set<string>();
  const setWhileCompiling = new Set([...(attributesSetByMacros.get(name) ?? [])].filter((a) => !putInSource.has(a)));
  // (defimpl sets @protocol and @for before its body)
  if (context?.protocol !== undefined) setWhileCompiling.add("protocol").add("for");
  const bodyCalls = new Set<string>();
  /** [clause count so far, "name/arity"s] at each defoverridable */
  const overridden: [number, string[]][] = [];
  /** for the Erlang compiler's "cannot match": the clauses the body defined, those a call of the
   *  program's own macro defined too (at the call's line, `viaMacro`: their bodies are checked
   *  elsewhere), and the "name/arity"s each defoverridable releases, in order */
  const definitionOrder: ({ c: Clause; viaMacro: boolean } | string[])[] = [];

  // the reads warned of in the code of a definition a macro (a test, the program's own) wrote:
  // the walk of the macro call's arguments that follows warns of the others only
  // (by name and line: a macro's definitions hold copies of its arguments' nodes)
  const readsWarned = new Map<string, number>();
  const warnedBefore = (attr: string, a: Ast): boolean => {
    const key = `${attr}:${lineOf(a) ?? 0}`;
    const n = readsWarned.get(key) ?? 0;
    if (n > 0) readsWarned.set(key, n - 1);
    return n > 0;
  };
  // attribute reads inside `a`, with a warning for those never set before (in source order)
  // (on a work list, what is done after a node's operands among them: code nests thousands deep)
  const attrs = (root: Ast, where: string): void => {
    const todo: (Ast | (() => void))[] = [root];
    const later = (kids: readonly Ast[]) => {
      for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
    };
    while (todo.length > 0) {
      const a = todo.pop()!;
      if (typeof a === "function") {
        a();
        continue;
      }
      if (a.t === "list" || a.t === "tuple") {
        later(a.items);
        continue;
      }
      if (a.t !== "call") continue;
      if (a.name === "@" && a.args?.length === 1 && a.args[0].t === "call" && typeof a.args[0].name === "string") {
        const attr = a.args[0].name;
        const value = a.args[0].args;
        if (value === null || value.length === 0) {
          // (a read before any set does not count as a use of a later one)
          if (attrSets.has(attr)) attrReads.add(attr), readInSource.add(attr);
          if (!attrSets.has(attr) && !putSoFar.has(attr) && !setWhileCompiling.has(attr) && !REGISTERED_BY_ELIXIR.has(attr) && !warnedBefore(attr, a)) {
            out.push({ message: `undefined module attribute @${attr}, please remove access to @${attr} or explicitly set it before access`, file, line: lineOf(a) ?? 0, where: `${display} (module)` });
          }
        } else if (value.length === 1) {
          // set inside module-body code (`x = (@a 1)`, a `for` around defs): its value first
          todo.push(() => {
            attrSets.set(attr, lineOf(a) ?? 0);
            attrReads.delete(attr);
          });
          todo.push(value[0]);
        }
        continue;
      }
      if (a.name === "quote" || a.name === "defmodule") {
        if (a.name === "defmodule" && a.args?.[0]) todo.push(a.args[0]);
        continue;
      }
      // (a put counts once its arguments are read)
      const put = attributePut(a);
      if (put) todo.push(() => putSoFar.add(put));
      later(astKids(a));
    }
  };

  const attributeRead = (a: AstCall, ws: Warning[]): void => {
    // (an attribute a macro's quote reads is named without the quote's context)
    const attr = plainName((a.args![0] as AstCall).name as string);
    if (attrSets.has(attr)) attrReads.add(attr), readInSource.add(attr);
    if (!attrSets.has(attr) && !putSoFar.has(attr) && !setWhileCompiling.has(attr) && !REGISTERED_BY_ELIXIR.has(attr)) {
      readsWarned.set(`${attr}:${lineOf(a) ?? 0}`, (readsWarned.get(`${attr}:${lineOf(a) ?? 0}`) ?? 0) + 1);
      ws.push({ message: `undefined module attribute @${attr}, please remove access to @${attr} or explicitly set it before access`, file, line: lineOf(a) ?? 0, where: `${display} (module)` });
    }
  };
  // Elixir expands the whole body before it runs it: the warnings of the body's own code (and its
  // unused variables) come before those of the definitions, which are expanded as the body stores them
  const bodyPhase: Warning[] = [];
  const bodyWarning = (message: string, line: number | undefined) => bodyPhase.push({ message, file, line, where: display });
  // the clauses the body defined, in order (a `for` around a def defines one per element)
  const made = definitionsMade.get(name) ?? [];
  /** the variables of a clause the body defined from the source form `form` at `line`, once per
   *  clause defined there, each under the name it got when the body ran (`readsChecked`: the
   *  attribute reads were checked with the code around) */
  const shownName = (n: string) => (/^[a-z_][A-Za-z0-9_]*[?!]?$/.test(n) ? n : inspectLiteral({ t: "atom", v: n }).replace(/^:/, ""));
  const generatedClauses = (forms: Map<number, { args: Ast[]; guard: Ast | null; body: Ast[] }>, within: (line: number) => boolean, readsChecked = false) => {
    for (const d of made) {
      const form = within(d.line) ? forms.get(d.line) : undefined;
      if (!form) continue;
      const macro = d.name.startsWith("MACRO-");
      const fname = macro ? d.name.slice(6) : d.name;
      const shown = shownName(fname);
      const vars = new VariableChecker(file, `${display}.${shown}/${macro ? d.arity - 1 : d.arity}`, readsChecked ? () => undefined : attributeRead);
      vars.clause(form.args, form.guard, form.body);
      out.push(...vars.warnings);
    }
  };
  const declared: { module: string; viaUse: boolean; protocol?: boolean; defines?: string[] }[] = context?.protocol ? [{ module: context.protocol, viaUse: false, protocol: true }] : [];
  let unknownUse = false;
  const defs: Definition[] = [];
  let pendingImpl: boolean | string | undefined;
  /** the @doc waiting for the next definition: its line, when it is a text */
  let pendingDoc: number | null = null;
  /** that @doc's value: a text, false (or nil), or metadata only (a keyword list) */
  let pendingDocValue: "text" | "false" | "meta" | null = null;
  /** the line of the @typedoc waiting for the next type (a text) */
  let pendingTypedoc: number | null = null;
  /** what a definition takes as Elixir stores it: its @doc, @impl and @deprecated (a read of one
   *  after it is of an attribute not set) */
  const taken = (...names: string[]) => {
    for (const n of names) attrSets.delete(n);
  };
  /** a type takes the @typedoc before it (a private one discards it, with a warning), a callback
   *  the @doc */
  const typespecTakes = (kind: string, spec: Ast, line: number): void => {
    if (kind === "typedoc") {
      pendingTypedoc = spec.t === "atom" && (spec.v === "false" || spec.v === "nil") ? null : line;
    } else if (kind === "type" || kind === "typep" || kind === "opaque") {
      const head = isCall(spec, "::") && spec.args?.length === 2 ? spec.args[0] : undefined;
      if (kind === "typep" && pendingTypedoc !== null && isCall(head) && typeof head.name === "string") {
        out.push({ message: `type ${head.name}/${head.args?.length ?? 0} is private, @typedoc's are always discarded for private types`, file, line: pendingTypedoc });
      }
      pendingTypedoc = null;
      taken("typedoc");
    } else if (kind === "callback" || kind === "macrocallback") {
      pendingDoc = null;
      pendingDocValue = null;
      taken("doc");
    }
  };
  /** public definitions' docs as Elixir stores them: the line of the entry (the first clause's
   *  @doc, or the clause), and whether its doc is a text so far */
  const docEntries = new Map<string, { line: number; text: boolean }>();
  const stored = new Map<string, { kind: string; line: number; defaultsWithBody: boolean }>();
  let lastKey = "";

  // a test module: ExUnit's test and setup macros define functions, whose variables are checked so
  const exUnit = blockItems(body).some((it) => usedModule(it) === "Elixir.ExUnit.Case") ? new ExUnitForms() : null;
  /** test bodies, each followed by the `:ok` ExUnit ends it with (for the Erlang compiler's checks) */
  const testBodies: Ast[][] = [];
  /** the file `@file` gave the next definition (Elixir warns of its code there) */
  let nextFile: string | undefined;
  for (const item of blockItems(body)) {
    const atFile = fileAttribute(item);
    if (atFile !== null) nextFile = atFile;
    if (exUnit && isExUnitForm(item)) {
      for (const def of exUnit.definitions(item)) {
        const vars = new VariableChecker(file, `${display}.${def.display}/1`, attributeRead);
        const ok = { t: "atom", v: "ok" } as Ast;
        // (ExUnit ends a test's block with :ok, the block nested whole: a lone expression is then
        // dropped by the outer block, and told as one, a block's last is the inner block's value)
        vars.clause(def.arg ? [def.arg] : [], null, def.effectsOnly && def.body.length === 1 ? [...def.body, ok] : def.body);
        out.push(...vars.warnings);
        if (def.effectsOnly) testBodies.push([...def.body, ok]);
      }
    }
    // definitions a call of the program's own macro wrote (Gen.make(:foo), use Gen): what Elixir
    // finds in their bodies, at the call's line
    // (ExUnit's test and setup are checked as such above)
    for (const c of exUnit && isExUnitForm(item) ? [] : macroDefinitions(item)) {
      const vars = new VariableChecker(file, `${display}.${c.name}/${c.arity}`, attributeRead).expandedAt(lineOf(item));
      vars.clause(c.args, c.guard, c.body);
      out.push(...vars.warnings);
      testBodies.push(c.body);
    }
    if (!(exUnit && isExUnitForm(item))) {
      for (const x of macroDefinitionOrder(item)) definitionOrder.push(Array.isArray(x) ? x : { c: { ...x, line: lineOf(item) ?? x.line }, viaMacro: true });
    }
    // defguard(p) defines a macro: it takes the pending @doc, which a private one discards
    if (isCall(item, "defguard") || isCall(item, "defguardp")) {
      const head0 = item.args?.[0];
      const head = head0 && isCall(head0, "when") && head0.args?.length === 2 ? head0.args[0] : head0;
      if (item.name === "defguardp" && pendingDoc !== null && head && head.t === "call" && typeof head.name === "string") {
        const key = `${head.name}/${(head.args ?? []).length}`;
        out.push({ message: `defmacrop ${key} is private, @doc attribute is always discarded for private functions/macros/types`, file, line: pendingDoc, where: `${display}.${key}` });
      }
      pendingDoc = null;
      pendingDocValue = null;
      taken("doc", "impl", "deprecated");
      // a private guard is a private macro: "macro f/1 is unused" when nothing calls it
      if (item.name === "defguardp" && head && head.t === "call" && typeof head.name === "string" && head.name !== "unquote") {
        const args = head.args ?? [];
        const guard = head0 && isCall(head0, "when") ? head0.args![1] : null;
        clauses.push({ kind: "defmacrop", name: head.name, arity: args.length, minArity: args.length, line: lineOf(item) ?? 0, args, guard: null, body: guard ? [guard] : [], header: false });
      }
    }
    // defdelegate defines public functions: callbacks a behaviour requires among them (each head
    // of the deprecated list form too), with the pending @impl
    if (isCall(item, "defdelegate")) {
      const first = item.args?.[0];
      for (let head of first?.t === "list" ? first.items : [first]) {
        if (head && isCall(head, "when") && head.args?.length === 2) head = head.args[0];
        if (!head || head.t !== "call" || typeof head.name !== "string" || head.name === "unquote") continue;
        const arity = (head.args ?? []).length;
        if (!stored.has(`${head.name}/${arity}`) && !defs.some((d) => d.name === head!.name && d.arity === arity)) {
          defs.push({ kind: "def", name: head.name as string, arity, line: lineOf(item) ?? 0, impl: pendingImpl });
        }
      }
      pendingImpl = undefined;
    }
    if (item.t === "call" && ["def", "defp", "defmacro", "defmacrop"].includes(item.name as string)) {
      const c = defClause(item);
      if (!c) {
        // a name unquoted (`def unquote(name)(x)`): as the body defined it
        const form = anyDefClause(item);
        if (form && lineOf(item) !== undefined) generatedClauses(new Map([[lineOf(item)!, form]]), () => true);
        continue;
      }
      clauses.push(c);
      definitionOrder.push({ c, viaMacro: false });
      const where = `${display}.${c.unquoted ? shownName(c.name) : c.name}/${c.arity}`;
      if (c.header) attrs(item, display);
      else {
        const defFile = nextFile ?? file;
        sigilEscapeWarnings(item, defFile, out);
        // (one with unquote fragments: its variables as the body made it, the fragments' values
        // in place, `def f(x), do: unquote(Macro.var(:x, nil))` reads x)
        const asMade = hasUnquote(item) ? (definitionsMade.get(name) ?? []).find((d) => d.form && d.line === c.line && d.name === c.name && d.arity === c.arity)?.form : undefined;
        const form = asMade ?? c;
        const vars = new VariableChecker(defFile, where, attributeRead);
        vars.clause(form.args, form.guard, form.body);
        out.push(...vars.warnings);
        nextFile = undefined;
      }
      // what Elixir finds as it stores the clause
      const key = `${c.name}/${c.arity}`;
      const prev = stored.get(key);
      // (after a clause with defaults and a body, or on a clause that declares them late)
      if (prev?.defaultsWithBody || (prev && c.minArity < c.arity)) {
        out.push({ message: `${c.kind} ${key} has multiple clauses and also declares default values. In such cases, the default values should be defined in a header. Instead of:\n\n    def foo(:first_clause, b \\\\ :default) do ... end\n    def foo(:second_clause, b) do ... end\n\none should write:\n\n    def foo(a, b \\\\ :default)\n    def foo(:first_clause, b) do ... end\n    def foo(:second_clause, b) do ... end\n`, file, line: c.line });
      }
      if (prev && c.header) {
        out.push({ message: `function head for ${c.kind} ${key} must come at the top of its direct implementation. Instead of:\n\n    def add(a, b), do: a + b\n    def add(a, b)\n\none should write:\n\n    def add(a, b)\n    def add(a, b), do: a + b\n`, file, line: c.line });
      }
      if (prev && lastKey !== key) {
        // (Elixir names the arity only when the definition just before is of another name)
        const sameName = lastKey.slice(0, lastKey.lastIndexOf("/")) === c.name;
        out.push({ message: `clauses with the same name ${sameName ? "" : "and arity (number of arguments) "}should be grouped together, "${prev.kind} ${key}" was previously defined (${file}:${prev.line})`, file, line: c.line });
      }
      if (pendingDoc !== null && (c.kind === "defp" || c.kind === "defmacrop")) {
        out.push({ message: `${c.kind} ${key} is private, @doc attribute is always discarded for private functions/macros/types`, file, line: pendingDoc, where });
      }
      if (c.kind === "def" || c.kind === "defmacro") {
        // Elixir's compile_doc: a text @doc on another clause with a body, when the function has
        // a text doc already, replaces it with a warning
        const docKey = `${c.kind}:${key}`;
        const entry = docEntries.get(docKey);
        if (!entry) docEntries.set(docKey, { line: pendingDocValue === "text" ? pendingDoc! : c.line, text: pendingDocValue === "text" });
        else {
          if (entry.text && pendingDocValue === "text" && !c.header) {
            out.push({ message: `redefining @doc attribute previously set at line ${entry.line}.\n\nPlease remove the duplicate docs. If instead you want to override a previously defined @doc, attach the @doc attribute to a function head (the function signature not followed by any do-block). For example:\n\n    @doc \"\"\"\n    new docs\n    \"\"\"\n    def ${c.name}(...)\n`, file, line: pendingDoc!, where });
          }
          if (pendingDocValue === "text" || pendingDocValue === "false") entry.text = pendingDocValue === "text";
        }
      }
      pendingDoc = null;
      pendingDocValue = null;
      taken("doc", "impl", "deprecated");
      if (!prev) defs.push({ kind: c.kind, name: c.name, arity: c.arity, line: c.line, impl: pendingImpl });
      pendingImpl = undefined;
      stored.set(key, { kind: prev?.kind ?? c.kind, line: prev?.line ?? c.line, defaultsWithBody: !c.header && c.minArity < c.arity });
      lastKey = key;
      continue;
    }
    if (isCall(item, "@") && item.args?.length === 1 && item.args[0].t === "call" && typeof item.args[0].name === "string" && item.args[0].args?.length === 1) {
      if (item.args[0].name === "behaviour") {
        const m = moduleRef(item.args[0].args[0]);
        if (m) declared.push({ module: m, viaUse: false });
        else unknownUse = true;
      }
      if (item.args[0].name === "impl") {
        const v = item.args[0].args[0];
        pendingImpl = v.t === "atom" && (v.v === "true" || v.v === "false") ? v.v === "true" : moduleRef(v) ?? true;
      }
      if (item.args[0].name === "doc") {
        const v = item.args[0].args[0];
        pendingDoc = v.t === "atom" && (v.v === "false" || v.v === "nil") ? null : lineOf(item) ?? 0;
        pendingDocValue = v.t === "atom" && (v.v === "false" || v.v === "nil") ? "false"
          : v.t === "str" || isCall(v, "<<>>") || isCall(v, "sigil_s") || isCall(v, "sigil_S") ? "text" : "meta";
      }
      attrs(item.args[0].args[0], display);
      deprecatedCalls(item.args[0].args[0], bodyWarning);
      attrSets.set(item.args[0].name, lineOf(item) ?? 0);
      typespecTakes(item.args[0].name, item.args[0].args[0], lineOf(item) ?? 0);
      // (a value set again is a new one: reads of the earlier value do not use it)
      attrReads.delete(item.args[0].name);
      // (a typespec names types, not functions: `@spec f() :: t` calls no f)
      if (!TYPESPECS.has(item.args[0].name)) localCalls(item.args[0].args[0], bodyCalls);
      continue;
    }
    if (isCall(item, "defmodule") || isCall(item, "defimpl") || isCall(item, "defprotocol")) {
      // (a name computed by the body's code, `defmodule @name`, reads what it names)
      if (!isCall(item, "defimpl") && (item as AstCall).args?.[0]) attrs((item as AstCall).args![0], display);
      continue;
    }
    // defoverridable: the clauses defined next replace the earlier ones (no "cannot match")
    // (Module.make_overridable(__MODULE__, [name: arity]) too)
    const made = makeOverridableSpec(item);
    if (isCall(item, "defoverridable") || made !== undefined) {
      const keys = overridablesMade.get(item) ?? overridableKeys(made ?? (item as unknown as AstCall).args?.[0]);
      overridden.push([clauses.length, keys]);
      definitionOrder.push(keys);
      // (a definition that overrides one is a new one: its defaults are its own)
      for (const key of keys) stored.delete(key);
      continue;
    }
    // defexception declares the Exception behaviour and defines exception/1, and message/1 when
    // a :message field holds it (a field list not written out is taken to have one)
    if (isCall(item, "defexception")) {
      const fields = (item as AstCall).args?.[0];
      const named = (f: Ast) => (f.t === "atom" && f.v === "message") || (f.t === "tuple" && f.items[0]?.t === "atom" && f.items[0].v === "message");
      const hasMessage = fields?.t !== "list" || fields.items.some(named);
      declared.push({ module: "Elixir.Exception", viaUse: true, ...(hasMessage ? {} : { defines: ["exception/1"] }) });
    }
    const used = usedModule(item);
    if (used !== undefined) {
      if (used && USE_BEHAVIOURS.has(used)) declared.push({ module: used, viaUse: true });
      else if (!used || !USE_WITHOUT_BEHAVIOUR.has(used)) unknownUse = true;
    }
    attrs(item, display);
    sigilEscapeWarnings(item, file, out);
    // (a test's or a setup's code is a function's, not the module body's)
    const ownCode = !(exUnit !== null && isExUnitForm(item));
    deprecatedCalls(item, bodyWarning, ownCode, exUnit !== null);
    // (a guard's head is no call; a private guard's body is its clause's, reached when it is)
    if (isCall(item, "defguard") || isCall(item, "defguardp")) {
      const guardItem = item as AstCall;
      const head0 = guardItem.args?.[0];
      if (guardItem.name === "defguard" && head0 && isCall(head0, "when") && head0.args?.length === 2) localCalls(head0.args[1], bodyCalls);
      else if (guardItem.name === "defguard" || !(head0 && isCall(head0, "when"))) localCalls(item, bodyCalls);
    } else localCalls(item, bodyCalls);
    // definitions inside the body's code (a `for` defining a function or a test per element)
    if (ownCode) {
      const nested = nestedDefinitions(item, exUnit !== null);
      if (nested.size > 0) generatedClauses(nested, (l) => nested.has(l), true);
    }
  }

  // the body's own variables, once it has run
  // (its attribute reads were counted in source order above, when the sets before them were known)
  const bodyVars = new VariableChecker(file, display, () => undefined);
  bodyVars.moduleBody(blockItems(body), (a) => a.t === "call" && (a.name === "defmodule" || a.name === "defimpl" || a.name === "defprotocol" || DEFINITIONS.has(a.name as string) || (exUnit !== null && isExUnitForm(a))),
    (a) => a.t === "call" && (DEFINITIONS.has(a.name as string) || (exUnit !== null && isExUnitForm(a))));
  // (code that has no effect too: a literal or an attribute read on its own, not last)
  const bodyOwn = (m: string) => m.startsWith("variable ") || (m.startsWith("module attribute @") && m.includes(" in code block has no effect")) || m.startsWith("code block contains unused literal");
  bodyPhase.push(...bodyVars.warnings.filter((w) => bodyOwn(w.message)));
  out.unshift(...bodyPhase);

  // a `use` of a module the checks do not know may declare behaviours and define functions the
  // source does not show: what the body declared and defined once it ran is checked instead, the
  // source's own definitions with their @impl, the injected ones as injected (their @impl is not
  // known, and Elixir asks for @impl only in the quote contexts that used it)
  const ran = unknownUse ? behavioursDeclared.get(name) : undefined;
  const runDeclared = ran && [...declared, ...ran.behaviours.filter((b) => !declared.some((d) => d.module === b))
    .map((b) => ({ module: b, viaUse: USE_BEHAVIOURS.has(b) }))];
  const runDefs = ran && [...defs, ...ran.defined.filter((d) => !defs.some((o) => o.name === d.name && o.arity === d.arity))
    .map((d) => ({ ...d, line: context!.line, impl: undefined, injected: true }))];
  const behaviours = !context ? null
    : !unknownUse ? behaviourWarnings(name, context.line, file, declared, defs, context.fileCallbacks, context.exists)
    : ran && ran.behaviours.length ? behaviourWarnings(name, context.line, file, runDeclared!, runDefs!, context.fileCallbacks, context.exists)
    : null;
  if (behaviours) out.push(...behaviours.beforeCompile);

  // private functions not reachable from a public one (or the module body)
  const byKey = new Map<string, Clause[]>();
  for (const c of clauses) {
    for (let n = c.minArity; n <= c.arity; n++) {
      const k = `${c.name}/${n}`;
      if (!byKey.has(k)) byKey.set(k, []);
      byKey.get(k)!.push(c);
    }
  }
  const reached = new Set<string>();
  const queue: string[] = [];
  // (a call the module's refused import conflict sent to the import does not reach its function)
  const dispatched = importDispatched.get(name);
  const reach = (k: string) => {
    if (reached.has(k) || !byKey.has(k)) return;
    reached.add(k);
    queue.push(k);
  };
  for (const c of clauses) if (c.kind === "def" || c.kind === "defmacro") reach(`${c.name}/${c.arity}`);
  for (const k of bodyCalls) if (!dispatched?.has(k)) reach(k);
  // what the compiled code calls (after macro expansion: `setup :name` calls name/1 from a def
  // the source does not show), from the exported functions
  const compiledCalls = localCallsMade.get(name);
  const compiledReached = new Set<string>();
  const compiledQueue = [...(compiledCalls?.get("") ?? [])];
  while (compiledQueue.length) {
    const k = compiledQueue.pop()!;
    if (compiledReached.has(k)) continue;
    compiledReached.add(k);
    reach(k);
    compiledQueue.push(...(compiledCalls?.get(k) ?? []));
  }
  while (queue.length) {
    const k = queue.shift()!;
    const calls = new Set<string>();
    for (const c of byKey.get(k)!) {
      c.args.forEach((x) => localCalls(x, calls));
      if (c.guard) localCalls(c.guard, calls);
      c.body.forEach((x) => localCalls(x, calls));
    }
    for (const x of calls) if (!dispatched?.has(x)) reach(x);
  }
  // per private function: unused, or the defaults no call leaves out (Elixir's LocalsTracker: the
  // smallest arity called; its count in the message is that arity, as Elixir words it)
  const unused = new Map<string, { c: Clause; message: string }>();
  const minArity = new Map<string, number>();
  for (const c of clauses) {
    const k = `${c.name}/${c.arity}`;
    minArity.set(k, Math.min(minArity.get(k) ?? c.arity, c.minArity));
  }
  // Elixir leaves out one whose last clause named it by `unquote(:name)`
  const lastUnquoted = new Set<string>();
  for (const c of clauses) {
    const k = `${c.kind}:${c.name}/${c.arity}`;
    if (c.unquoted) lastUnquoted.add(k);
    else lastUnquoted.delete(k);
  }
  for (const c of clauses) {
    if (c.kind !== "defp" && c.kind !== "defmacrop") continue;
    const k = `${c.name}/${c.arity}`;
    if (lastUnquoted.has(`${c.kind}:${k}`)) continue;
    if (unused.has(k)) continue;
    const min = minArity.get(k)!;
    let smallest: number | null = null;
    for (let n = c.arity; n >= min; n--) if (reached.has(`${c.name}/${n}`)) smallest = n;
    const fa = `${c.name}/${c.arity}`;
    if (smallest === null) unused.set(k, { c, message: `${c.kind === "defmacrop" ? "macro" : "function"} ${fa} is unused` });
    else if (smallest === c.arity && min < c.arity) unused.set(k, { c, message: `default values for the optional arguments in ${fa} are never used` });
    else if (smallest > min) {
      unused.set(k, { c, message: smallest === 1 ? `the default value for the first optional argument in ${fa} is never used` : `the default values for the first ${smallest} optional arguments in ${fa} are never used` });
    }
  }
  const sortedUnused = [...unused.values()].sort((a, b) => (a.c.name < b.c.name ? -1 : a.c.name > b.c.name ? 1 : a.c.arity - b.c.arity));
  for (const { c, message } of sortedUnused) out.push({ message, file, line: c.line });
  if (behaviours) out.push(...behaviours.checks);
  // (found as the typespecs are translated, after the behaviours are checked)
  for (const message of parseTransformsSet.get(name) ?? []) out.push({ message, file, line: context?.line });
  for (const use of discouragedTypesMet.get(name) ?? []) out.push(discouragedTypeWarning(use, file, display));
  out.push(...unusedPrivateTypes(body, file));

  // the Erlang compiler's, in line order: function clauses after one that always matches, and
  // what it finds in the bodies
  const erlang = new ErlangChecks(file);
  const firstAll = new Map<string, Clause>();
  // a function clause on the defmodule's own line is at line 0 in the Erlang forms Elixir 1.14
  // makes: the warning names "line 0", and one at line 0 is not printed
  const erlLine = (l: number) => (l === context?.line ? 0 : l);
  // each function's clauses up to one that always matches, for the patterns' own check (a
  // function made overridable since starts again; one a macro defined is left out)
  const functionClauses = new Map<string, { cs: Clause[]; viaMacro: boolean }>();
  const patternsChecked = (k: string) => {
    const f = functionClauses.get(k);
    functionClauses.delete(k);
    if (!f || f.viaMacro || f.cs.some((c) => erlLine(c.line) === 0)) return;
    const args = (c: Clause) => c.args.map((a) => (isCall(a, "\\\\") && a.args?.length === 2 ? a.args[0] : a));
    // (a clause whose guard is false is gone before the patterns are compiled, as in a case)
    const live = f.cs.filter((c) => !alwaysFalse(c.guard));
    for (const w of shadowedClauses(live.map((c) => ({ args: args(c), guard: c.guard, line: c.line })))) {
      erlang.warnings.push({ message: `this clause cannot match because a previous clause at line ${w.by} always matches`, file, line: w.line });
    }
  };
  for (const d of definitionOrder) {
    if (Array.isArray(d)) {
      for (const key of d) for (const kind of ["def", "defp", "defmacro", "defmacrop"]) {
        firstAll.delete(`${kind}:${key}`);
        patternsChecked(`${kind}:${key}`);
      }
      continue;
    }
    const { c, viaMacro } = d;
    const k = `${c.kind}:${c.name}/${c.arity}`;
    const prev = firstAll.get(k);
    if (!prev && !c.header) {
      const f = functionClauses.get(k) ?? { cs: [], viaMacro: false };
      f.cs.push(c);
      f.viaMacro ||= viaMacro;
      functionClauses.set(k, f);
    }
    if (prev && !c.header) {
      if (erlLine(c.line) !== 0) erlang.warnings.push({ message: `this clause for ${c.name}/${c.arity} cannot match because a previous clause at line ${erlLine(prev.line)} always matches`, file, line: c.line });
    } else if (matchesAll(c) && !c.header) firstAll.set(k, c);
    // the clauses its default arguments add (f/1 of f(a, b \\ 1)) come after one that matches all
    for (let n = c.minArity; n < c.arity; n++) {
      const before = firstAll.get(`${c.kind}:${c.name}/${n}`);
      if (before && erlLine(c.line) !== 0) erlang.warnings.push({ message: `this clause for ${c.name}/${n} cannot match because a previous clause at line ${erlLine(before.line)} always matches`, file, line: c.line });
    }
    if (!viaMacro) erlang.body(c.body);
  }
  for (const k of [...functionClauses.keys()]) patternsChecked(k);
  for (const items of testBodies) erlang.body(items);
  erlang.warnings.push(...falseGuards(clauses, overridden, new Set([...unused].filter(([, u]) => u.message.endsWith("is unused")).map(([k]) => k)), file, erlLine));
  const ordered = erlang.warnings.map((w) => ({ ...w, erlang: true, order: erlangCheckOrder(w.message) }));
  // (v3_core's, before the later passes' and in its own order)
  const defClauses = definitionOrder.flatMap((d) => (Array.isArray(d) || d.viaMacro || d.c.header || erlLine(d.c.line) === 0 ? [] : [d.c]));
  out.push(...nomatchWarnings(blockItems(body), defClauses, file));
  out.push(...ordered.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)));

  // attributes set and never read, the last set first
  // (read by code a macro generated, or accumulated, counts as read: the compiler saw it)
  // (the source's own reads say which value was read: one set again after them is not)
  const kept = attributesKept.get(name);
  const readWhileCompiling = attributesUsed.get(name);
  const neverRead = [...attrSets.entries()].filter(([a]) => !attrReads.has(a) && !RESERVED_ATTRIBUTES.has(a) && !kept?.has(a) && !(readWhileCompiling?.has(a) && !readInSource.has(a)));
  for (const [a, line] of neverRead.reverse()) out.push({ message: `module attribute @${a} was set but never used`, file, line, afterErlang: true });
  return out;
}

/** the Erlang compiler's "always yield the same result" for a function clause whose guard is
 *  always false, and once more at the function's first clause when none of its clauses can match.
 *  Private macros and private functions never called are not compiled, so not reported. */
function falseGuards(clauses: Clause[], overridden: [number, string[]][], unusedPrivate: Set<string>, file: string, erlLine: (l: number) => number): Warning[] {
  const out: Warning[] = [];
  const byFunction = new Map<string, Clause[]>();
  clauses.forEach((c, i) => {
    for (const [at, keys] of overridden) if (at === i) for (const key of keys) for (const kind of ["def", "defp", "defmacro"]) byFunction.delete(`${kind}:${key}`);
    const key = `${c.name}/${c.arity}`;
    if (c.header || c.kind === "defmacrop" || (c.kind === "defp" && unusedPrivate.has(key))) return;
    const k = `${c.kind}:${key}`;
    byFunction.set(k, [...(byFunction.get(k) ?? []), c]);
  });
  const seen = new Set<number>();
  for (const fn of byFunction.values()) {
    let reachable = true;
    let noneMatch = true;
    for (const c of fn) {
      if (!reachable) break;
      if (matchesAll(c)) reachable = false;
      if (!alwaysFalse(c.guard)) noneMatch = false;
      else if (!seen.has(c.line) && erlLine(c.line) !== 0) {
        seen.add(c.line);
        out.push({ message: ALWAYS_SAME, file, line: c.line });
      }
    }
    if (noneMatch && erlLine(fn[0].line) !== 0) out.push({ message: ALWAYS_SAME, file, line: fn[0].line });
  }
  return out;
}

/** Kernel.Typespec's warning of Erlang's string types, its caller's stack trace in its text */
function discouragedTypeWarning(use: DiscouragedType, file: string, module: string): Warning {
  const advice = use.name === "string" ? "For character lists, use charlist() type" : "For non-empty character lists, use nonempty_charlist() type";
  return { message: `${use.name}() type use is discouraged. ${advice}, for strings, String.t()\n    ${file}:${use.line}: ${module} (module)\n`, file, line: use.line };
}

const TYPESPECS = new Set(["type", "typep", "opaque", "spec", "callback", "macrocallback"]);

/**
 * `@typep t :: ...` that no typespec of the module names ("type t/0 is unused"), in source order.
 * A use in any typespec counts, an unused private type's included (Elixir does not follow them
 * transitively), and so does a type's use of itself.
 */
function unusedPrivateTypes(body: Ast, file: string): Warning[] {
  const privates: { key: string; line: number }[] = [];
  const used = new Set<string>();
  // (`vars`: the typespec's type variables, a type's parameters or a spec's `when` keys: a bare
  // name among them names no type)
  const uses = (a: Ast, vars: Set<string> = new Set()) => {
    const todo = [a];
    while (todo.length) {
      const x = todo.pop()!;
      if (isCall(x) && typeof x.name === "string" && x.args !== null) used.add(`${x.name}/${x.args.length}`);
      if (isCall(x) && typeof x.name === "string" && x.args === null && !vars.has(x.name)) used.add(`${x.name}/0`);
      todo.push(...astKids(x));
    }
  };
  const paramsOf = (head: Ast) => new Set(isCall(head) ? (head.args ?? []).flatMap((p) => (isCall(p) && typeof p.name === "string" && p.args === null ? [p.name] : [])) : []);
  for (const item of blockItems(body)) {
    if (!isCall(item, "@") || item.args?.length !== 1) continue;
    const spec = item.args[0];
    if (!isCall(spec) || typeof spec.name !== "string" || !TYPESPECS.has(spec.name) || spec.args?.length !== 1) continue;
    const def = spec.args[0];
    if (spec.name === "typep" && isCall(def, "::") && def.args?.length === 2) {
      const head = def.args[0];
      if (!isCall(head) || typeof head.name !== "string") return [];
      privates.push({ key: `${head.name}/${head.args?.length ?? 0}`, line: lineOf(item) ?? 0 });
      const vars = paramsOf(head);
      (head.args ?? []).forEach((p) => uses(p, vars));
      uses(def.args[1], vars);
    } else if (spec.name === "type" || spec.name === "opaque") {
      if (isCall(def, "::") && def.args?.length === 2) def.args.slice(1).forEach((t) => uses(t, paramsOf(def.args![0])));
      else return [];
    } else if (isCall(def, "when") && def.args?.length === 2) {
      const vars = new Set((keywordPairs(def.args[1]) ?? []).map(([k]) => k));
      def.args.forEach((t) => uses(t, vars));
    } else uses(def);
  }
  return privates.filter((t) => !used.has(t.key)).map((t) => ({ message: `type ${t.key} is unused`, file, line: t.line, afterTypespecs: true }));
}

/** the spec of a `Module.make_overridable(module, spec)` call, or undefined */
function makeOverridableSpec(item: Ast): Ast | undefined {
  if (item.t !== "call" || typeof item.name === "string" || item.args?.length !== 2) return undefined;
  const dot = item.name;
  if (dot.t !== "call" || dot.name !== "." || dot.args?.length !== 2) return undefined;
  const [m, f] = dot.args;
  const isModule = m.t === "call" && m.name === "__aliases__" && m.args?.length === 1 && m.args[0].t === "atom" && m.args[0].v === "Module";
  return isModule && f.t === "atom" && f.v === "make_overridable" ? item.args[1] : undefined;
}
