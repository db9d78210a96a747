// What a module keeps of its documentation (Code.fetch_docs/1 and the REPL's h/1): one entry per
// public function and macro with the line of its first clause, its signature as Elixir builds it
// from the clauses' arguments, its @doc (text, false or none) and its metadata (defaults,
// deprecated, since, guard, delegate_to, and any @doc keyword), as the BEAM's "Docs" chunk holds.
import type { Ast, AstCall } from "../lang/ast.ts";
import { atom, list, tuple, Term, binLiteral } from "../vm/terms.ts";
import { mapFromEntries } from "../vm/map.ts";
import type { DocEntry } from "../vm/module.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { astToTerm, plainName } from "./quoted.ts";
import { keywordPairs } from "./ast_util.ts";
import { literalTerm } from "./patterns.ts";

/** a simplified argument: a name with how sure it is (a written variable beats a guess), or a default */
type SigArg = { name: string; strong: boolean; auto?: boolean } | { name: string; strong: boolean; auto?: boolean; dflt: Ast };

/** the text of a @doc / @moduledoc value when it is a literal string (plain, ~S, ~s, simple <<>>) */
export function docText(val: Ast): string | undefined {
  if (val.t === "str") return val.v;
  if ((isCall(val, "sigil_S") || isCall(val, "sigil_s")) && argsOf(val).length === 2) return docText(argsOf(val)[0]);
  if (isCall(val, "<<>>")) {
    let out = "";
    for (const p of argsOf(val)) {
      if (p.t === "str") out += p.v;
      else return undefined;
    }
    return out;
  }
  return undefined;
}

/** Macro.underscore of an alias's last part (URI -> uri, HTTPServer -> http_server) */
function underscore(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const up = c >= "A" && c <= "Z";
    if (up && i > 0) {
      const prev = s[i - 1], next = s[i + 1];
      const prevLowerOrDigit = (prev >= "a" && prev <= "z") || (prev >= "0" && prev <= "9");
      const nextLower = next !== undefined && next >= "a" && next <= "z";
      if (prevLowerOrDigit || (prev >= "A" && prev <= "Z" && nextLower)) out += "_";
    }
    out += up ? c.toLowerCase() : c;
  }
  return out;
}

function simplifyVar(written: string, writtenStrong: boolean): SigArg {
  const name = plainName(written);
  if (name === "_") return { name: "_", strong: writtenStrong };
  if (name.startsWith("_")) return { name: name.slice(1), strong: writtenStrong };
  return { name, strong: true };
}

/** a call named `name` (a plain test: a type guard would narrow the other branches to never) */
function isCall(a: Ast, name: string): boolean {
  return a.t === "call" && a.name === name;
}
const argsOf = (a: Ast): Ast[] => (a.t === "call" && a.args) || [];

const atLineless = (a: Ast): Ast => (isCall(a, "__at_line__") && argsOf(a).length === 2 && argsOf(a)[0].t === "int" ? argsOf(a)[1] : a);

const isVarAst = (a: Ast): a is AstCall => a.t === "call" && typeof a.name === "string" && a.args === null;

/** the arguments of one clause as Elixir names them in a signature */
export function buildSignature(args: Ast[], expandStruct: (a: Ast) => string | null, attr: (name: string) => Ast | undefined): SigArg[] {
  const simplify = (a: Ast): SigArg => {
    const args = argsOf(a);
    // (the library's __at_line__(N, default) is its default as Elixir writes it)
    if (isCall(a, "\\\\") && args.length === 2) return { ...simplify(args[0]), dflt: withAttributes(atLineless(args[1])) };
    if (isCall(a, "=") && args.length === 2) {
      if (isVarAst(args[0])) return simplifyVar(args[0].name as string, true);
      if (isVarAst(args[1])) return simplifyVar(args[1].name as string, true);
    }
    if (isVarAst(a)) return simplifyVar(a.name as string, false);
    if (isCall(a, "%") && args.length === 2) {
      const m = expandStruct(args[0]);
      return auto(m && m.startsWith("Elixir.") ? underscore(m.slice(m.lastIndexOf(".") + 1)) : "struct");
    }
    if (isCall(a, "%{}")) return auto("map");
    if (isCall(a, "@") && args.length === 1 && args[0].t === "call" && typeof args[0].name === "string") {
      const v = attr(args[0].name);
      if (v) return simplify(v);
    }
    if (isCall(a, "var!") && args.length >= 1 && isVarAst(args[0])) return simplifyVar(args[0].name as string, false);
    switch (a.t) {
      case "int": return auto("int");
      case "atom": return auto(a.v === "true" || a.v === "false" ? "bool" : "atom");
      case "list": return auto("list");
      case "float": return auto("float");
      case "str": return auto("binary");
      default: return auto("arg");
    }
  };
  const auto = (name: string): SigArg => ({ name, strong: false, auto: true });
  // a default's module attributes are shown with their values (timeout \\ 5000)
  const withAttributes = (a: Ast): Ast => {
    if (a.t === "list" || a.t === "tuple") return { ...a, items: a.items.map(withAttributes) };
    if (a.t !== "call") return a;
    const args = argsOf(a);
    if (a.name === "@" && args.length === 1 && args[0].t === "call" && typeof args[0].name === "string" && args[0].args === null) {
      const v = attr(args[0].name);
      if (v) return v;
    }
    if (a.args === null) return a;
    return { ...a, name: typeof a.name === "string" ? a.name : withAttributes(a.name), args: a.args.map(withAttributes) };
  };
  const out = args.map(simplify);
  // a guessed name used more than once is numbered: map1, map2
  const counts = new Map<string, number>();
  for (const a of out) if (a.auto) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return out.map((a) => {
    if (!a.auto || counts.get(a.name)! < 2) return a;
    const n = (seen.get(a.name) ?? 0) + 1;
    seen.set(a.name, n);
    return { ...a, name: a.name + n };
  });
}

/** a later clause's names where the first clause only guessed (Elixir's merge of signatures) */
function mergeSignatures(older: SigArg[], newer: SigArg[]): SigArg[] {
  return older.map((o, i) => {
    const n = newer[i];
    if (!n) return o;
    const base = { name: o.name, strong: o.strong };
    let merged: SigArg;
    if (o.strong) merged = base;
    else if (n.strong) merged = { name: n.name, strong: true };
    else if (o.name === n.name) merged = base;
    else merged = { name: `arg${i + 1}`, strong: false };
    return "dflt" in o ? { ...merged, dflt: o.dflt } : merged;
  });
}

function signatureText(name: string, args: SigArg[]): string {
  const v = (n: string): Term => tuple(atom(n), list([]), atom("nil"));
  const terms = args.map((a) => ("dflt" in a ? tuple(atom("\\\\"), list([]), list([v(a.name), astToTerm(a.dflt)])) : v(a.name)));
  // a name the formatter writes without parentheses (if, def, use ...) keeps them here, as the
  // docs chunk's signature has them: `if(condition, clauses)`
  if (/^[a-z_][a-zA-Z0-9_]*[?!]?$/.test(name) && !["in", "and", "or", "not", "when"].includes(name)) return `${name}(${terms.map((t) => macroToString(t)).join(", ")})`;
  return macroToString(tuple(atom(name), list([]), list(terms)));
}

interface Pending {
  doc: string | false | undefined;
  line: number;
  meta: [string, Term][];
  deprecated?: string;
  impl: boolean;
}

interface Recorded extends Omit<DocEntry, "signature" | "meta"> {
  sig: SigArg[];
  sigText?: string;
  meta: Map<string, Term>;
}

/** collects @doc / @deprecated / @impl as the module body sets them and the definitions they go to */
export class DocCollector {
  private pending: Pending = { doc: undefined, line: 0, meta: [], impl: false };
  private readonly recorded = new Map<string, Recorded>();

  /** @doc VALUE: a text, false, or a keyword list of metadata */
  docAttr(val: Ast, line: number): void {
    if (val.t === "atom" && (val.v === "false" || val.v === "nil")) {
      this.pending.doc = val.v === "false" ? false : undefined;
      this.pending.line = line;
      return;
    }
    const kv = keywordPairs(val);
    if (kv) {
      for (const [k, x] of kv) {
        const t = literalTerm(x);
        if (t !== undefined) this.pending.meta.push([k, t]);
      }
      return;
    }
    const text = docText(val);
    if (text !== undefined) {
      this.pending.doc = text;
      this.pending.line = line;
    }
  }
  /** the pending @doc taken by a @callback / @macrocallback (Elixir gives it to the callback) */
  takeDoc(): string | false | undefined {
    const doc = this.pending.doc;
    this.pending = { ...this.pending, doc: undefined, meta: [] };
    return doc;
  }
  deprecatedAttr(val: Ast): void {
    const text = docText(val);
    if (text !== undefined) this.pending.deprecated = text;
  }
  implAttr(val: Ast): void {
    this.pending.impl = !(val.t === "atom" && val.v === "false");
  }

  /**
   * a clause (or bodiless head) of name/arity: takes the pending @doc, @deprecated and @impl as
   * Elixir does for every definition, and records public ones; `extraMeta` for defguard/defdelegate,
   * `atLine` for a definition a macro wrote (it is at the line of the macro's call)
   */
  define(kind: "function" | "macro", name: string, args: Ast[], line: number, isPublic: boolean, sig: SigArg[], extraMeta: [string, Term][] = [], atLine?: number): void {
    const p = this.pending;
    this.pending = { doc: undefined, line: 0, meta: [], impl: false };
    if (!isPublic) return;
    const arity = args.length;
    const defaults = args.filter((x) => isCall(x, "\\\\")).length;
    const key = `${kind}:${name}/${arity}`;
    const meta = new Map<string, Term>();
    if (p.deprecated !== undefined) meta.set("deprecated", binLiteral(p.deprecated));
    for (const [k, t] of [...extraMeta, ...p.meta]) meta.set(k, t);
    if (defaults > 0) meta.set("defaults", defaults);
    const prev = this.recorded.get(key);
    if (prev && this.overridden.delete(key)) {
      prev.sig = mergeSignatures(prev.sig, sig);
      if (p.doc !== undefined) prev.doc = p.doc;
      for (const [k, t] of [...extraMeta, ...p.meta]) prev.meta.set(k, t);
      return;
    }
    if (!prev) {
      const doc = p.doc === undefined ? (p.impl ? false : null) : p.doc;
      this.recorded.set(key, { kind, name, arity, line: atLine ?? (p.doc !== undefined ? p.line : line), doc, sig, meta });
      return;
    }
    prev.sig = mergeSignatures(prev.sig, sig);
    if (p.doc !== undefined) prev.doc = p.doc;
    else if (p.impl && prev.doc === null) prev.doc = false;
    for (const [k, t] of meta) prev.meta.set(k, t);
  }

  /** an overridden definition's entry stays, as in Elixir (its line and metadata, its @deprecated
   *  too; the new clauses' names merged into its signature as another clause's); the overriding
   *  definition's own @doc, if any, replaces its doc */
  overriding(kind: "function" | "macro", name: string, arity: number): void {
    this.overridden.add(`${kind}:${name}/${arity}`);
  }
  private readonly overridden = new Set<string>();

  /** a function the compiler generates (__struct__, exception/1 ...): hidden, as Elixir marks them */
  hidden(name: string, arity: number, line: number, signature: string): void {
    const key = `function:${name}/${arity}`;
    if (!this.recorded.has(key)) this.recorded.set(key, { kind: "function", name, arity, line, doc: false, sig: [], sigText: signature, meta: new Map() });
  }

  /** the entries sorted as the docs chunk holds them: functions before macros, by name and arity */
  entries(): DocEntry[] {
    const out: DocEntry[] = [...this.recorded.values()].map((r) => ({
      // an undocumented name starting with _ is hidden
      kind: r.kind, name: r.name, arity: r.arity, line: r.line, doc: r.doc === null && r.name.startsWith("_") ? false : r.doc,
      signature: r.sigText ?? signatureText(r.name, r.sig),
      meta: mapFromEntries([...r.meta].map(([k, t]): [Term, Term] => [atom(k), t])),
    }));
    const rank = (e: DocEntry) => (e.kind === "function" ? 0 : 1);
    return out.sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.arity - b.arity));
  }
}
