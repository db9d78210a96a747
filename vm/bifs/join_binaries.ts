// :beamlet.join_binaries/2, Enum.join/2's fast path (lib/enum.ex join_list/2): a proper list of
// binaries and a binary joiner made into one binary, sized first and copied once, without the
// list of pieces (twice the list's cells) the Elixir path builds. false for anything else (an
// element to convert, a bitstring, an improper list, a result past 2 GiB): the Elixir path then
// converts, or raises, as Elixir does.
import { Bin, Cons, NIL, FALSE, Term } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { chargeWork } from "./work.ts";

const MAX_JOINED = 0x7fffffff;

function joinBinaries([list, joiner]: Term[], ctx: BifContext): Term {
  if (!(joiner instanceof Bin) || joiner.tailBits !== 0) return FALSE;
  let size = 0, count = 0, l = list;
  for (; l instanceof Cons; l = l.tail) {
    const h = l.head;
    if (!(h instanceof Bin) || h.tailBits !== 0) return FALSE;
    size += h.size;
    count++;
  }
  if (l !== NIL || count === 0) return FALSE;
  size += (count - 1) * joiner.size;
  if (size > MAX_JOINED) return FALSE;
  const out = new Uint8Array(size);
  let at = 0;
  for (l = list; l instanceof Cons; l = l.tail) {
    if (l !== list) {
      joiner.copyInto(out, at);
      at += joiner.size;
    }
    const h = l.head as Bin;
    h.copyInto(out, at);
    at += h.size;
  }
  // (a reduction per element, as the Elixir path's calls, and one per 16 bytes made)
  chargeWork(ctx, count + (size >> 4));
  return new Bin(out);
}

defineBifs("beamlet", { "join_binaries/2": joinBinaries });
