// OTP 25's compiler keeps one copy of equal literals in a module's literal table, and finds them
// equal with =:=, under which 0.0 and -0.0 are the same (until OTP 26): a compound literal that
// differs from an earlier one only in the sign of a zero float is that earlier one
// (`def a, do: [2, 0.0]` and `def b, do: [2, -0.0]`: b returns [2, 0.0]). "Earlier" is the order
// the BEAM assembles the module in: the named functions in order, then the fns, lifted as OTP
// does (each fn after its own fns, the whole list reversed), each function's literals in the
// order of its code. A float alone is no shared literal; nor is code Code.eval_string runs (erl_eval
// has no literal table).
import { opInfo, K } from "./opcodes.ts";
import type { Emitter } from "./emitter.ts";
import { isPureBif } from "./pure_bifs.ts";
import { Bin, Cons, Float, Tuple, isMap, type Term } from "../vm/terms.ts";

/** the key of a term under OTP 25's =:= (a zero float unsigned), or null when it holds no zero
 *  float (nothing to share by sign) */
function zeroKey(t: Term): string | null {
  let zero = false;
  const walk = (x: Term): string => {
    if (x instanceof Float) {
      if (x.value === 0) zero = true;
      return "f" + (x.value === 0 ? "0" : String(x.value));
    }
    if (x instanceof Cons) return "[" + walk(x.head) + "|" + walk(x.tail) + "]";
    if (x instanceof Tuple) return "{" + x.items.map(walk).join(",") + "}";
    if (isMap(x)) return "%{" + x.entries().map(([k, v]) => walk(k) + "=>" + walk(v)).join(",") + "}";
    if (x instanceof Bin) return "b" + Array.from(x.bytes).join(".") + "/" + x.bitSize;
    if (typeof x === "number" || typeof x === "bigint") return "i" + String(x);
    return "o" + String((x as { name?: string }).name ?? "") + ":" + typeof x + ":" + String(x);
  };
  if (!(t instanceof Cons || t instanceof Tuple || isMap(t)) || !hasZeroFloat(t)) return null;
  const k = walk(t);
  return zero ? k : null;
}

/** whether a zero float is somewhere in t (most literals have none: no key is built for them) */
function hasZeroFloat(t: Term): boolean {
  const work: Term[] = [t];
  while (work.length > 0) {
    const x = work.pop()!;
    if (x instanceof Float) {
      if (x.value === 0) return true;
    } else if (x instanceof Cons) work.push(x.head, x.tail);
    else if (x instanceof Tuple) work.push(...x.items);
    else if (isMap(x)) for (const [k, v] of x.entries()) work.push(k, v);
  }
  return false;
}

/** make each push_lit of a compound literal with a zero float the module's first equal one */
export function shareZeroLiterals(em: Emitter, lambdaParent: Map<number, number>): void {
  const fns = em.functions;
  // code ranges: each function's code is contiguous (fns are compiled after their function)
  const byEntry = fns.map((f, i) => [f.entry, i] as const).filter(([e]) => e >= 0).sort((a, b) => a[0] - b[0]);
  const end = new Map<number, number>();
  byEntry.forEach(([, i], k) => end.set(i, k + 1 < byEntry.length ? byEntry[k + 1][0] : em.code.length));
  const children = new Map<number, number[]>();
  for (const [child, parent] of [...lambdaParent].sort((a, b) => a[0] - b[0])) {
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(child);
  }
  const lifted: number[] = [];
  const lift = (f: number) => {
    for (const c of children.get(f) ?? []) {
      lift(c);
      lifted.push(c);
    }
  };
  const named = fns.map((f, i) => i).filter((i) => !fns[i].lambda);
  for (const f of named) lift(f);
  const order = [...named, ...lifted.reverse()];
  const first = new Map<string, Term>();
  for (const f of order) {
    const from = fns[f].entry, to = end.get(f);
    if (from < 0 || to === undefined) continue;
    // the function's pushed literals in code order; the arguments of a pure BIF called on
    // literals only are none: OTP's compiler folds the call into its value (`[0] -- [1, 0.0]`)
    const pushed: (number | null)[] = [];
    for (let pc = from; pc < to; ) {
      const info = opInfo(em.code[pc]);
      if (!info) break;
      if (info.name === "push_lit" && info.operands[0] === K.Lit) pushed.push(em.code[pc + 1]);
      else {
        const at = info.operands.indexOf(K.Import);
        if (at >= 0) {
          const imp = em.imports[em.code[pc + 1 + at]];
          const n = imp?.arity ?? 0;
          const args = pushed.slice(pushed.length - n);
          if (imp && imp.module === "erlang" && n > 0 && args.length === n && args.every((x) => x !== null) && isPureBif("erlang", imp.name, n)) {
            pushed.length -= n;
          }
        }
        pushed.push(null);
      }
      pc += 1 + info.operands.length;
    }
    for (const i of pushed) {
      if (i === null) continue;
      const lit = em.literals[i] as Term;
      const key = zeroKey(lit);
      if (key === null) continue;
      const had = first.get(key);
      if (had === undefined) first.set(key, lit);
      else em.literals[i] = had;
    }
  }
}
