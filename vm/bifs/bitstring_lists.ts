// :erlang.bitstring_to_list/1 and list_to_bitstring/1: the list forms of bitstrings that are not
// whole bytes (the bytes, then the trailing 1..7 bits as a bitstring of their own).
import { Bin, Cons, NIL, Term, list } from "../terms.ts";
import { BitWriter, sliceBits } from "../binary.ts";
import { defineBifs } from "./registry.ts";
import { badargAt } from "./util.ts";

function bitstringToList(b: Term): Term {
  if (!(b instanceof Bin)) return badargAt(1, "not a bitstring");
  const whole = b.tailBits === 0 ? b.size : b.size - 1;
  const items: Term[] = Array.from(b.bytes.subarray(0, whole));
  if (b.tailBits !== 0) items.push(sliceBits(b.bytes, whole * 8, b.tailBits));
  return list(items);
}

/** a bitstring list: bytes, bitstrings and such lists nested, a bitstring allowed as a tail */
function listToBitstring(l: Term): Bin {
  const bad = (): never => badargAt(1, "not a bitstring list");
  if (!(l instanceof Cons) && l !== NIL) bad();
  const out = new BitWriter();
  // a work list: nesting may be as deep as memory allows
  const todo: Term[] = [l];
  while (todo.length > 0) {
    let t = todo.pop()!;
    while (t instanceof Cons) {
      const h = t.head;
      if (typeof h === "number" && Number.isInteger(h) && h >= 0 && h <= 255) out.pushByte(h);
      else if (h instanceof Bin) out.pushBitsOf(h.bytes, 0, h.bitSize);
      else if (h instanceof Cons || h === NIL) {
        todo.push(t.tail);
        t = h;
        continue;
      } else bad();
      t = t.tail;
    }
    if (t instanceof Bin) out.pushBitsOf(t.bytes, 0, t.bitSize);
    else if (t !== NIL) bad();
  }
  return out.finish();
}

defineBifs("erlang", {
  "bitstring_to_list/1": ([b]) => bitstringToList(b),
  "list_to_bitstring/1": ([l]) => listToBitstring(l),
});
