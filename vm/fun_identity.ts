// What makes two local funs the same fun, as erts sees it: the module, the fun's place in the
// module's fun table (OTP's old_index) and the uniq of the code that made it, then the free
// variables. Identical code loaded twice makes equal funs (R10b), and a fun read back from the
// external format while its code is not loaded equals the fun it was written from.
import type { Fun } from "./terms.ts";
import { ERL_EVAL, ERL_EVAL_UNIQ, evalCodeOf } from "./evaluated_fun.ts";
import { fnv1a } from "./checksums.ts";
import type { Atom } from "./terms.ts";

/** as the BEAM's index: the fun's place in the module's fun table (compiler/fun_numbering.ts),
 *  else its place among the module's lambdas; a fun whose code is not loaded keeps the one it
 *  was read with */
export function funTableIndex(f: Fun): number {
  const functions = (f.version as { compiled?: { functions?: FunTableEntry[] } } | undefined)?.compiled?.functions;
  return functions === undefined ? f.index : tableIndexIn(functions, f.index);
}

interface FunTableEntry { lambda?: boolean; funIndex?: number }

/** the fun-table place of functions[i], a lambda */
export function tableIndexIn(functions: readonly FunTableEntry[], i: number): number {
  const own = functions[i]?.funIndex;
  if (own !== undefined) return own;
  let index = 0;
  for (let j = 0; j < i && j < functions.length; j++) if (functions[j].lambda) index++;
  return index;
}

/** whether two local funs are made by the same code (their free variables aside) */
export function sameFunCode(a: Fun, b: Fun): boolean {
  if (a.version === b.version) return a.index === b.index;
  // erl_eval's funs: the same clauses, evaluated each time anew
  const ea = evalCodeOf(a), eb = evalCodeOf(b);
  if (ea !== undefined || eb !== undefined) return ea === eb && a.arity === b.arity;
  return a.module === b.module && a.uniq === b.uniq && a.arity === b.arity && funTableIndex(a) === funTableIndex(b);
}

/** what term hashes read of a fun's code (equal funs hash alike): module, fun-table place, uniq;
 *  an evaluated fun's are erl_eval's with its clauses in place of the place */
export function funHashKey(f: Fun): { module: Atom; index: number; uniq: number } {
  const code = evalCodeOf(f);
  if (code !== undefined) return { module: ERL_EVAL, index: fnv1a(code), uniq: ERL_EVAL_UNIQ };
  return { module: f.module, index: funTableIndex(f), uniq: f.uniq };
}

/** how two local funs' code orders before their free variables (erts: module, index, uniq); two
 *  evaluated funs order by arity (erl_eval's index falls as it grows), then their number of free
 *  variables and clauses (their code key starts with that number) */
export function cmpFunCode(x: Fun, y: Fun, cmpAtom: (a: Atom, b: Atom) => number): number {
  const ex = evalCodeOf(x), ey = evalCodeOf(y);
  if (ex !== undefined && ey !== undefined) {
    return y.arity - x.arity || (ex < ey ? -1 : ex > ey ? 1 : 0);
  }
  return cmpAtom(x.module, y.module) || funTableIndex(x) - funTableIndex(y) || x.uniq - y.uniq || x.env.length - y.env.length;
}
