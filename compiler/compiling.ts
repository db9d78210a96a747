// The modules being compiled right now, by name: Module.put_attribute/get_attribute and
// Module.register_attribute (run by a macro or a module body at compile time) reach them here.
import type { ModCtx } from "./context.ts";
import type { Ast } from "../lang/ast.ts";
import type { DiscouragedType } from "./typespec_check.ts";

export const compiling = new Map<string, ModCtx>();

/** per compiled module: the attributes its compiled code read or accumulated (for the warnings) */
export const attributesUsed = new Map<string, Set<string>>();
/** ...of which those it keeps (accumulated or persisted): used whatever reads them */
export const attributesKept = new Map<string, Set<string>>();

/** each `@name` read in a function's code, written in the source: the value it was compiled as
 *  (the Erlang compiler sees that value where the read is: the warnings fold it as a literal) */
export const attributeReadValues = new WeakMap<object, Ast>();

/** per compiled module: the uses of string() and nonempty_string() its typespecs' translation met
 *  (compiler/typespec_check.ts), warned of with its other warnings */
export const discouragedTypesMet = new Map<string, DiscouragedType[]>();

/** per compiled module: its parse transform options' deprecation warnings (compiler/compile_options.ts) */
export const parseTransformsSet = new Map<string, string[]>();

/** per compiled module: the attributes set by code a macro expanded to (the source does not show them) */
export const attributesSetByMacros = new Map<string, Set<string>>();

/** per compiled module: the local functions its compiled code calls or captures, by the def that
 *  does (its lambdas included; "" for the exported functions, the roots): after macro expansion,
 *  so the unused-function warning sees calls that only expanded code makes (ExUnit's `setup :name`) */
export const localCallsMade = new Map<string, Map<string, Set<string>>>();

/** per module refused for an import conflict: the "name/arity" of its own functions whose calls
 *  went to the import (they do not use the function: Elixir warns an unused private one) */
export const importDispatched = new Map<string, Set<string>>();

/** per compiled module: its calls of a remote macro whose module it did not require (Elixir's
 *  checker reports them with the file's other remote-call warnings, once the file is compiled) */
export const unrequiredMacroCalls = new Map<string, { module: string; fun: string; arity: number; line: number; where: string }[]>();

/** per compiled module: each clause its body defined (def/defp/defmacro/defmacrop, directly or
 *  through a macro or a `for` around it), in the order they were defined, with the line the
 *  clause was written at: the warnings name a generated function (`def unquote(n)(x)`, a test
 *  named by interpolation) as the body defined it, once per clause */
export const definitionsMade = new Map<string, DefinitionMade[]>();
/** a clause a module body defined: its name, arity and line, and its code as the body made it
 *  (the values of its `unquote` fragments in place) */
export interface DefinitionMade {
  name: string;
  arity: number;
  line: number;
  form?: { args: Ast[]; guard: Ast | null; body: Ast[] };
}

/** per compiled module: the behaviours its @behaviour attributes named once its body ran (a `use`
 *  of the program's own module may declare them unseen in the source), and the functions and
 *  macros it ended up defining ("def name/arity", "defmacro name/arity") */
export const behavioursDeclared = new Map<string, { behaviours: string[]; defined: { kind: string; name: string; arity: number }[] }>();

/** each defoverridable a module body ran: the "name/arity"s it made overridable (a behaviour's
 *  callbacks the module defines, a computed list): the warnings' walk takes the clauses defined
 *  after it as the new definition */
export const overridablesMade = new WeakMap<object, string[]>();
