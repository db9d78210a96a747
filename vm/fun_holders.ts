// Which funs made by a module a process holds, as far as the VM can see: on its stack (the
// variables and operands of every frame), in its dictionary and in its mailbox. A fun keeps the
// code that made it (upgrade-semantics R10/R10b): after an upgrade it runs the old code, and once
// that code is purged, calling it raises BadFunctionError. `upgrade check` names such holders.
import { Cons, Fun, Tuple, type Term } from "./terms.ts";
import type { Process } from "./process.ts";

/** how many terms one process's scan visits at most (a huge heap is sampled, not walked whole) */
export const SCAN_LIMIT = 200_000;

/** the distinct funs made by `module` that `p` holds (at most `max`), and whether the scan stopped early */
export function funsHeld(p: Process, module: string, max = 3): { funs: Fun[]; complete: boolean } {
  const found: Fun[] = [];
  const seen = new Set<object>();
  const todo: Term[] = [];
  for (let i = 0; i < p.sp; i++) todo.push(p.stack[i]);
  for (const [k, v] of p.dictionary.values()) todo.push(k, v);
  for (let i = 0; i < p.mailbox.length; i++) todo.push(p.mailbox.at(i));
  let visited = 0;
  while (todo.length && found.length < max) {
    if (++visited > SCAN_LIMIT) return { funs: found, complete: false };
    let t = todo.pop();
    if (t === null || typeof t !== "object") continue;
    if (t instanceof Cons) {
      // walk a list's spine iteratively: long lists must not grow `todo` by their length twice
      while (t instanceof Cons) {
        todo.push(t.head);
        t = t.tail;
        if (++visited > SCAN_LIMIT) return { funs: found, complete: false };
      }
      todo.push(t);
      continue;
    }
    if (seen.has(t)) continue;
    seen.add(t);
    if (t instanceof Tuple) for (const x of t.items) todo.push(x);
    else if (t instanceof Fun) {
      // one entry per lambda of one version, however many closures of it there are
      if (t.module.name === module && !found.some((f) => f.version === t.version && f.index === t.index)) found.push(t);
      for (const x of t.env) todo.push(x);
    } else if ("isMap" in t) for (const [k, v] of t.entries()) todo.push(k, v);
  }
  return { funs: found, complete: true };
}
