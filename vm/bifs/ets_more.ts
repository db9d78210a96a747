// More of :ets over the same tables (vm/bifs/ets.ts): take/2, match_object/1,3, select_reverse/1,3,
// select_replace/2 and safe_fixtable/2, in the order OTP 25 gives for each table kind.
import { defineBifs } from "./registry.ts";
import { Cons, NIL, Ref, Term, Tuple, atom, list, tuple, TRUE, FALSE } from "../terms.ts";
import { badarg } from "../errors.ts";
import { compileMatchSpec, matchSpecErrors } from "../ets/match_spec.ts";
import { exactEquals } from "../compare.ts";
import { badargAt } from "./util.ts";
import { matchBindings, runMatchSpec } from "../ets/match_spec.ts";
import { chunked, matchAll, selectContinue, spec, table, compileSpecRef, compiledSpec } from "./ets.ts";

defineBifs("ets", {
  // the objects come out last-stored first (erts conses the chain up while unlinking it)
  "take/2": ([tab, key], ctx) => {
    const t = table(ctx, tab, "write");
    const objs = t.lookup(key).slice();
    if (objs.length === 0) return list([]);
    t.deleteKey(key);
    // in lookup's order (a bag's list insert is what reverses its objects: vm/bifs/ets.ts)
    return list(objs);
  },
  "match_object/3": ([tab, pattern, limit], ctx) => {
    const t = table(ctx, tab);
    return chunked(t, t.objects().filter((o) => matchBindings(pattern, o) !== undefined), limit);
  },
  "match_object/1": selectContinue,
  // an unordered table's select_reverse/3 is select/3; an ordered_set's walks from the last key
  "select_reverse/3": ([tab, ms, limit], ctx) => {
    const t = table(ctx, tab);
    return chunked(t, matchAll(t.objects(), ms, ctx), limit, true);
  },
  "select_reverse/1": selectContinue,
  // replaces each matching object with the spec's result, which must keep the object's key
  "select_replace/2": ([tab, ms], ctx) => {
    const t = table(ctx, tab, "write");
    if (t.kind === "bag") return badargAt(1, "the table type is not supported", "table_type");
    const clauses = spec(ms);
    for (const c of clauses) if (!keepsKey(c.head, c.body, t.opts.keypos)) return badargAt(2, "not a valid match specification");
    let n = 0;
    for (const o of t.objects()) {
      const r = runMatchSpec(clauses, o, ctx);
      if (r === undefined) continue;
      if (!(r instanceof Tuple) || r.items.length < t.opts.keypos || !exactEquals(t.keyOf(r), t.keyOf(o))) continue;
      if (t.kind === "duplicate_bag") {
        t.deleteObject(o);
        t.insert(r);
      } else t.replace(r); // where the object stands
      n++;
    }
    return n;
  },
  "safe_fixtable/2": ([tab, fix], ctx) => {
    const t = table(ctx, tab);
    if (fix !== TRUE && fix !== FALSE) return badargAt(2, "not a boolean");
    t.fix(fix === TRUE);
    return TRUE;
  },
});

/** a select_replace clause must return {{...}} whose key position is the head's key, unchanged */
function keepsKey(head: Term, body: Term[], keypos: number): boolean {
  const result = body[body.length - 1];
  if (!(head instanceof Tuple) || !(result instanceof Tuple) || result.items.length !== 1) return false;
  const built = result.items[0];
  if (!(built instanceof Tuple) || built.items.length < keypos) return false;
  const headKey = head.items[keypos - 1], outKey = built.items[keypos - 1];
  if (exactEquals(headKey, outKey)) return true;
  // {const, Key} of a literal head key
  return outKey instanceof Tuple && outKey.items.length === 2 && exactEquals(outKey.items[1], headKey);
}

// match specifications outside a table: compiled to a reference (match_spec_compile/1), run over
// a list (match_spec_run/2, in the list's order), tried on one term (test_ms/2)
defineBifs("ets", {
  "match_spec_compile/1": ([ms], ctx) => compileSpecRef(ctx, compileMatchSpec(ms) ?? badargAt(1, "not a valid match specification")),
  "match_spec_run/2": ([l, c], ctx) => {
    const clauses = c instanceof Ref ? compiledSpec(ctx, c) : undefined;
    if (clauses === undefined) return badarg();
    const out: Term[] = [];
    for (let t: Term = l; t !== NIL; t = (t as Cons).tail) {
      if (!(t instanceof Cons)) return badarg();
      const r = runMatchSpec(clauses, t.head, ctx);
      if (r !== undefined) out.push(r);
    }
    return list(out);
  },
  "test_ms/2": ([t, ms], ctx) => {
    const errors = matchSpecErrors(ms);
    const clauses = errors.length === 0 ? compileMatchSpec(ms) : null;
    if (clauses === null) {
      const texts = errors.length > 0 ? errors : ["Match specification is not valid."];
      return tuple(atom("error"), list(texts.map((text) => tuple(atom("error"), list([...text].map((ch) => ch.charCodeAt(0)))))));
    }
    const r = runMatchSpec(clauses, t, ctx);
    return tuple(atom("ok"), r === undefined ? FALSE : r);
  },
});
