// A sigil without interpolation is a literal: ~s ~S ~c ~C ~w ~W can then be used in patterns
// (`~c"ab" = x`, `case x do ~w(a b)a -> ... end`), as Elixir expands them at compile time.
import type { Ast } from "../lang/ast.ts";
import { Term, atom, binLiteral, list } from "../vm/terms.ts";
import { isCall } from "./ast_util.ts";
import { unescapeSigil, SigilEscapeError } from "./unescape.ts";

const LITERAL_SIGILS = new Set(["sigil_s", "sigil_S", "sigil_c", "sigil_C", "sigil_w", "sigil_W"]);

/** the literal value of a sigil call, or null if it is not one of these or interpolates */
export function sigilLiteral(name: string, args: Ast[]): Term | null {
  if (!LITERAL_SIGILS.has(name) || args.length !== 2) return null;
  const [content, modsAst] = args;
  const parts = isCall(content, "<<>>") ? content.args ?? [] : [content];
  if (!parts.every((p) => p.t === "str")) return null;
  const mods = modsAst && modsAst.t === "list" ? String.fromCharCode(...modsAst.items.map((i) => Number((i as any).v))) : "";
  const raw = parts.map((p) => (p as any).v as string).join("");
  const lower = name === "sigil_s" || name === "sigil_c" || name === "sigil_w";
  const text = lower ? unescapeSigil(raw) : raw;
  const chars = (s: string) => list([...binLiteral(s).toString()].map((c) => c.codePointAt(0)!));
  if (name === "sigil_s" || name === "sigil_S") return binLiteral(text);
  if (name === "sigil_c" || name === "sigil_C") return chars(text);
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  return list(words.map((w) => (mods.includes("a") ? atom(w) : mods.includes("c") ? chars(w) : binLiteral(w))));
}

/** a sigil's literal value when it has no interpolation and its escapes and modifiers are valid,
 *  else undefined (a bad escape or modifier is reported where the sigil itself compiles) */
export function literalSigil(name: string, args: Ast[]): Term | undefined {
  if (badWordsModifiers(name, args)) return undefined;
  try {
    return sigilLiteral(name, args) ?? undefined;
  } catch (e) {
    if (e instanceof SigilEscapeError) return undefined;
    throw e;
  }
}

/** ~w/~W's modifiers other than none or one of s, a, c: Kernel's split_words/3 refuses them as
 *  the sigil expands (ArgumentError "modifier must be one of: s, a, c", frame lib/kernel.ex:6366) */
export function badWordsModifiers(name: string, args: Ast[]): boolean {
  if ((name !== "sigil_w" && name !== "sigil_W") || args.length !== 2) return false;
  const mods = args[1];
  if (mods === undefined || mods.t !== "list") return false;
  if (mods.items.length === 0) return false;
  if (mods.items.length > 1) return true;
  const m = mods.items[0];
  return !(m.t === "int" && [115, 97, 99].includes(Number(m.v)));
}

export const WORDS_MODIFIER_ERROR = "modifier must be one of: s, a, c";
export const SPLIT_WORDS_FRAME: [string, string, number, string, number] = ["Elixir.Kernel", "split_words", 3, "lib/kernel.ex", 6366];
