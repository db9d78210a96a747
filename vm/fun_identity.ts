// What makes two local funs the same fun, as erts sees it: the module, the fun's place in the
// module's fun table (OTP's old_index) and the uniq of the code that made it, then the free
// variables. Identical code loaded twice makes equal funs (R10b), and a fun read back from the
// external format while its code is not loaded equals the fun it was written from.
import type { Fun } from "./terms.ts";

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
  return a.module === b.module && a.uniq === b.uniq && a.arity === b.arity && funTableIndex(a) === funTableIndex(b);
}
