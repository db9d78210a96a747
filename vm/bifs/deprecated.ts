// Functions Elixir 1.14 still ships with a deprecation warning (the compiler prints the warning,
// compiler/deprecations.ts) that live in BIF-only modules; the rest are in lib/.
import { Term, Tuple, atom, list, NIL, Cons, TRUE, FALSE } from "../terms.ts";
import { defineBifs, lookupBif, BifFn } from "./registry.ts";
import { noClause } from "./util.ts";

function bif(module: string, key: string): BifFn {
  const slash = key.lastIndexOf("/");
  const e = lookupBif(module, key.slice(0, slash), Number(key.slice(slash + 1)));
  if (!e) throw new Error(`deprecated.ts: ${module}:${key} is not a BIF`);
  return e.fn;
}

/** Float's old option list as Elixir 1.14's expand_compact/1: compact: true becomes the bare
 *  :compact flag :erlang wants, compact: false goes, anything else stays; no list (or an
 *  improper tail) fails its clauses */
function expandCompact(opts: Term): Term {
  const out: Term[] = [];
  let t = opts;
  for (; t instanceof Cons; t = t.tail) {
    const o = t.head;
    if (o instanceof Tuple && o.items.length === 2 && o.items[0] === atom("compact") && (o.items[1] === TRUE || o.items[1] === FALSE)) {
      if (o.items[1] === TRUE) out.push(atom("compact"));
    } else out.push(o);
  }
  if (t !== NIL) noClause("Elixir.Float", "expand_compact", 1);
  return list(out);
}

defineBifs("Elixir.Float", {
  "to_char_list/1": bif("Elixir.Float", "to_charlist/1"),
  "to_char_list/2": ([f, o], ctx) => bif("erlang", "float_to_list/2")([f, expandCompact(o)], ctx),
  "to_string/2": ([f, o], ctx) => bif("erlang", "float_to_binary/2")([f, expandCompact(o)], ctx),
});

defineBifs("Elixir.Atom", {
  "to_char_list/1": bif("Elixir.Atom", "to_charlist/1"),
});

defineBifs("Elixir.System", {
  "get_pid/0": (args, ctx) => bif("Elixir.System", "pid/0")(args, ctx),
  // :erlang.get_stacktrace/0 has answered [] since OTP 23
  "stacktrace/0": () => NIL,
});


