// h/0 and h/1 in the REPL, as iex 1.14 answers them (IEx.Introspection): a module's @moduledoc,
// each documented arity of a function or macro (its signature, its metadata, its @doc), and the
// same messages when there is nothing to show. As on the BEAM, only a module with object code (a
// .bbc, or the standard library) has docs; one compiled in memory "was not compiled with docs".
import type { Node } from "../../vm/node.ts";
import type { Ast } from "../../lang/ast.ts";
import type { DocEntry, TypespecDoc } from "../../vm/module.ts";
import { Atom, Bin, Term, Tuple, atom, isMap } from "../../vm/terms.ts";
import { inspect } from "../../vm/inspect.ts";
import { bifsOfModule } from "../../vm/bifs/registry.ts";
import { renderDoc, DocMeta, DocOptions } from "./doc_markdown.ts";

const RED = "\x1b[31m";
const RESET = "\x1b[0m";

export function aliasName(a: Ast): string | null {
  if (a.t === "call" && a.name === "__aliases__" && a.args?.every((x) => x.t === "atom")) return "Elixir." + a.args.map((x) => (x as { v: string }).v).join(".");
  if (a.t === "atom") return a.v;
  return null;
}

function displayModule(name: string): string {
  return inspect(atom(name));
}

/** the parameters as written in the library's source (`def split(string, pattern)`), or argN */
function sourceSignature(node: Node, file: string, name: string, arity: number): string {
  const bytes = node.host.readFile(file) ?? node.host.librarySource?.(file) ?? null;
  const src = bytes ? new TextDecoder().decode(bytes) : "";
  const esc = name.replace(/[.*+?^${}()|[\]\\!]/g, "\\$&");
  const re = new RegExp(`\\bdef(?:macro)?\\s+${esc}\\s*(\\(|,|\\s+do\\b|$)`, "gm");
  for (let m; (m = re.exec(src)); ) {
    if (m[1] !== "(") {
      if (arity === 0) return `def ${name}()`;
      continue;
    }
    let depth = 0;
    const params: string[] = [];
    let cur = "";
    for (let i = m.index + m[0].length; i < src.length; i++) {
      const ch = src[i];
      if ("([{".includes(ch)) depth++;
      if (")]}".includes(ch)) {
        if (depth === 0) break;
        depth--;
      }
      if (ch === "," && depth === 0) {
        params.push(cur.trim());
        cur = "";
      } else cur += ch;
    }
    if (cur.trim() !== "") params.push(cur.trim());
    const required = params.filter((p) => !p.includes("\\\\")).length;
    if (required <= arity && arity <= params.length) return `def ${name}(${params.map((p) => p.replace(/\s+/g, " ")).join(", ")})`;
  }
  return `def ${name}(${Array.from({ length: arity }, (_, i) => `arg${i + 1}`).join(", ")})`;
}

/** the metadata iex shows (delegate_to, deprecated, guard, since), in the map's key order */
function shownMeta(meta: Term): DocMeta {
  if (!isMap(meta)) return [];
  const out: DocMeta = [];
  const pairs = [...meta.entries()].filter(([k]) => k instanceof Atom) as [Atom, Term][];
  pairs.sort(([a], [b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const [k, v] of pairs) {
    if (["deprecated", "guard", "since"].includes(k.name)) {
      if (v instanceof Atom && (v.name === "true" || v.name === "false")) out.push([k.name, v.name === "true"]);
      else if (v instanceof Bin) out.push([k.name, v.toString()]);
    } else if (k.name === "delegate_to" && v instanceof Tuple && v.items.length === 3 && v.items[0] instanceof Atom && v.items[1] instanceof Atom) {
      out.push([k.name, `${displayModule(v.items[0].name)}.${v.items[1].name}/${String(v.items[2])}`]);
    }
  }
  return out;
}

/** the entry of name/arity, or the one whose defaults give that arity (as IEx finds it) */
function findDoc(entries: DocEntry[], name: string, arity: number): DocEntry | undefined {
  return (
    entries.find((e) => e.name === name && e.arity === arity) ??
    entries.find((e) => {
      if (e.name !== name || e.arity <= arity || !isMap(e.meta)) return false;
      const d = [...e.meta.entries()].find(([k]) => k === atom("defaults"))?.[1];
      return typeof d === "number" && e.arity <= arity + d;
    })
  );
}

export interface HelperTarget {
  module: string;
  fun: string | null;
  arity: number | null;
  /** written without a module (`h if`) */
  bare?: boolean;
}

/** whether the module's docs have an entry for name (of that arity, when given) */
function hasEntry(node: Node, module: string, name: string, arity: number | null): boolean {
  const v = node.code.current(atom(module)) ?? node.code.ensureLoaded(atom(module));
  const entries = v?.compiled.docs.entries ?? [];
  return entries.some((e) => e.name === name && (arity === null || e.arity === arity));
}

/** a helper's argument (h, t, b): Mod, Mod.fun or Mod.fun/arity; with bareNames also a bare
 *  function name (h looks it up in Kernel) */
export function helperTarget(arg: Ast, bareNames: boolean): HelperTarget | null {
  let a = arg;
  let arity: number | null = null;
  if (a.t === "call" && a.name === "/" && a.args?.length === 2 && a.args[1].t === "int") {
    arity = Number(a.args[1].v);
    a = a.args[0];
  }
  if (a.t === "call" && typeof a.name !== "string" && a.name.t === "call" && a.name.name === "." && a.name.args?.length === 2 && a.name.args[1].t === "atom") {
    const m = aliasName(a.name.args[0]);
    return m ? { module: m, fun: a.name.args[1].v, arity } : null;
  }
  if (bareNames && a.t === "call" && typeof a.name === "string" && (a.args === null || (a.args.length === 0 && arity !== null))) {
    return { module: "Elixir.Kernel", fun: a.name, arity, bare: true };
  }
  if (arity !== null) return null;
  const m = aliasName(a);
  return m ? { module: m, fun: null, arity: null } : null;
}

export function helpText(node: Node, arg: Ast | undefined, o: DocOptions): string {
  const error = (s: string) => (o.enabled ? RED + s + RESET : s) + "\n";
  if (!arg) return helpIntro(o);
  let t = helperTarget(arg, true);
  // a bare name is looked up in Kernel, then in Kernel.SpecialForms (`h case`), as iex does
  if (t && t.bare && !hasEntry(node, "Elixir.Kernel", t.fun!, t.arity) && hasEntry(node, "Elixir.Kernel.SpecialForms", t.fun!, t.arity)) t = { ...t, module: "Elixir.Kernel.SpecialForms" };
  if (!t) {
    return (
      error(`The "h" helper expects a Module, Module.fun or Module.fun/arity, got: ${arg.t === "int" ? String(arg.v) : inspectAst(arg)}`) +
      error(`If instead of accessing documentation you would like more information about a value or about the result of an expression, use the "i" helper instead`)
    );
  }
  const shown = displayModule(t.module);
  const v = node.code.current(atom(t.module)) ?? node.code.ensureLoaded(atom(t.module));
  const bifs = bifsOfModule(t.module);
  if (!v && bifs.length === 0) return error(`Could not load module ${shown}, got: nofile`);
  // docs only for a module with object code (and, as OTP's modules have none, not for the
  // library's Erlang modules)
  const otp = !t.module.startsWith("Elixir.") && node.code.preloaded.has(atom(t.module));
  const docs = v && v.loadedFrom && !otp ? v.compiled.docs : null;
  const entries = docs?.entries ?? null;
  const noDocs = () => error(`${shown} was not compiled with docs`);
  if (t.fun === null) {
    if (!entries) return noDocs();
    if (docs!.moduledoc === null) return error(`No documentation for ${shown} was found`);
    return renderDoc([shown], [], docs!.moduledoc, o);
  }
  const fun = t.fun;
  if (otp || !v) return otpSpecsText(node, t.module, shown, fun, t.arity, o) ?? noDocs();
  // the specs of the arity asked for (h M.f/1 of a f/2 with a default shows none, as iex)
  const specsOf = (arity: number) => (docs?.specs ?? []).filter(([n, a]) => n === fun && a === arity).map(([, , text]) => text);
  const printEntry = (e: DocEntry, arity = e.arity) => renderDoc([`${e.kind === "macro" ? "defmacro" : "def"} ${e.signature}`], shownMeta(e.meta), e.doc || "", o, specsOf(arity));
  if (!entries) return noDocs();
  // no function of that name, but a callback or a public type: iex points to b/1 or t/1
  const elsewhere = (what: string, arity: number | null): string | null => {
    const named = (e: TypespecDoc) => e[1] === fun && (arity === null || e[2] === arity);
    const [helper, kind] = (docs!.callbacks ?? []).some((e) => e[0] !== "optional" && named(e)) ? ["b", "callback"] : (docs!.types ?? []).some((e) => e[0] !== "typep" && named(e)) ? ["t", "type"] : [null, null];
    if (!helper) return null;
    return error(`No documentation for function ${what} was found, but there is a ${kind} with the same name.\nYou can view ${kind} documentation with the ${helper}/1 helper.\n`);
  };
  // a library function the VM implements natively has no definition to document: its heading
  // comes from the library's source
  const documented = (n: number) => findDoc(entries, fun, n) !== undefined;
  const native = bifs.filter((b) => b.name === fun && !documented(b.arity)).map((b) => b.arity);
  const nativeText = (n: number) => renderDoc([sourceSignature(node, v!.compiled.file, fun, n)], [], "", o);
  if (t.arity !== null) {
    const e = findDoc(entries, fun, t.arity);
    if (e && e.doc !== false) return printEntry(e, t.arity);
    if (!e && native.includes(t.arity)) return nativeText(t.arity);
    return elsewhere(`${shown}.${fun}/${t.arity}`, t.arity) ?? error(`No documentation for ${shown}.${fun}/${t.arity} was found`);
  }
  const arities = [...new Set([...entries.filter((e) => e.name === fun).map((e) => e.arity), ...native])].sort((a, b) => a - b);
  let out = "";
  const seen = new Set<string>();
  for (const n of arities) {
    const e = findDoc(entries, fun, n);
    if (e) {
      if (e.doc === false || seen.has(`${e.kind}/${e.arity}`)) continue;
      seen.add(`${e.kind}/${e.arity}`);
      out += printEntry(e);
    } else out += nativeText(n);
  }
  return out || elsewhere(`${shown}.${fun}`, null) || error(`No documentation for ${shown}.${fun} was found`);
}

/**
 * h/1 of an Erlang function: OTP's modules have no docs chunk where Elixir runs without them, so
 * iex prints each arity's @spec from the module's debug info (the host's table of them, as iex
 * 1.14 formats them: scripts/gen-otp-specs.exs); null when the function has none
 */
function otpSpecsText(node: Node, module: string, shown: string, fun: string, arity: number | null, o: DocOptions): string | null {
  const specs = node.host.otpSpecs?.(module);
  if (!specs) return null;
  const arities = Object.keys(specs)
    .map((k) => /^(.*)\/(\d+)$/.exec(k)!)
    .filter((m) => m[1] === fun && (arity === null || Number(m[2]) === arity))
    .map((m) => Number(m[2]))
    .sort((a, b) => a - b);
  if (arities.length === 0) return null;
  // (one "  @spec ..." per spec, its continuation lines indented deeper; renderDoc writes each after "  @spec ")
  const specsOf = (n: number) => specs[`${fun}/${n}`].split(/\n(?=  @spec )/).map((s) => s.replace(/^  @spec /, ""));
  return arities.map((n) => renderDoc([`${shown}.${fun}/${n}`], [], "Module was compiled without docs. Showing only specs.", o, specsOf(n))).join("");
}

function inspectAst(a: Ast): string {
  switch (a.t) {
    case "str": return JSON.stringify(a.v);
    case "atom": return inspect(atom(a.v));
    case "float": return String(a.v);
    default: return "the given expression";
  }
}

function helpIntro(o: DocOptions): string {
  const text = [
    "Welcome to beamlet's interactive shell. Helpers: b/1 (callbacks), c/1, c/2 (compile",
    "files), cd/1, clear/0, exports/1, flush/0, h/0, h/1 (docs), i/0, i/1 (term info),",
    "import_file/1, l/1 (load a module), ls/0, ls/1, nl/1, nl/2 (load a module's object",
    "file on nodes), open/1 (in $ELIXIR_EDITOR), pid/1, pid/3, port/1, port/2, pwd/0, r/1 (recompile and",
    "reload a module), recompile/0 (in a project), ref/1, ref/4, respawn/0, runtime_info/0,1, t/1",
    "(types), v/0, v/1 (previous results). A",
    ".iex.exs in the current directory (else the home directory) is evaluated first.",
    "Ctrl-C interrupts a running expression; at an empty prompt it opens the BREAK menu",
    "(a, or Ctrl-C again, quits; c continues). Ctrl-D quits.",
  ].join("\n");
  return renderDoc(["IEx.Helpers"], [], text, o);
}
