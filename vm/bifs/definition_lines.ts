// :beamlet.definition_lines/3, what iex's open/1 reads from a module's abstract code: the line of
// its defmodule and of the first definition of name/arity (:* any arity; a macro's MACRO-name with
// the caller's argument counted), as {module_line, line | nil}; :error for a module without object
// code (compiled in memory: :code.which is no file, as on the BEAM there is no abstract code).
import { defineBifs, BifContext } from "./registry.ts";
import { Atom, Bin, Term, atom, tuple, NIL_ATOM } from "../terms.ts";
import type { Node } from "../node.ts";

function definitionLines([m, f, a]: Term[], ctx: BifContext): Term {
  if (!(m instanceof Atom) || !(f instanceof Bin || f instanceof Atom)) return atom("error");
  const node = ctx.node as Node;
  const v = node.code.current(m) ?? node.code.ensureLoaded(m);
  if (!v || !v.loadedFrom) return atom("error");
  const name = f instanceof Atom ? f.name : f.toString();
  const any = a === atom("*");
  const def = v.compiled.functions.find((d) => !d.lambda && !d.generated && (
    (d.name === name && (any || d.arity === a)) || (d.name === "MACRO-" + name && (any || d.arity === (a as number) + 1))));
  return tuple(v.compiled.defLine ?? 0, def ? def.line : NIL_ATOM);
}

defineBifs("beamlet", { "definition_lines/3": definitionLines });
