// :beamlet.join_binaries/2, Enum.join/2's fast path (lib/enum.ex join_list/2): a proper list of
// binaries and integers and a binary joiner made into one binary, sized first and copied once,
// without the list of pieces (twice the list's cells) the Elixir path builds. An integer is
// written in decimal as Integer.to_string/1 writes it (converting one can neither fail nor be seen,
// so doing it here changes nothing but the time: the Elixir path made a binary of each first).
// false for anything else (an element to convert otherwise, a bitstring, an improper list, a
// result past 2 GiB): the Elixir path then converts, or raises, as Elixir does.
import { Bin, Cons, NIL, FALSE, Term } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { chargeWork } from "./work.ts";

const MAX_JOINED = 0x7fffffff;

/** the number of characters of a safe integer in decimal, its sign included */
function decimalLength(n: number): number {
  let len = n < 0 ? 2 : 1;
  for (let m = Math.abs(n); m >= 10; m = Math.floor(m / 10)) len++;
  return len;
}

/** n (a safe integer) in decimal ending just before `end`; the start */
function writeDecimal(out: Uint8Array, end: number, n: number): number {
  let m = Math.abs(n);
  do {
    out[--end] = 48 + (m % 10);
    m = Math.floor(m / 10);
  } while (m > 0);
  if (n < 0) out[--end] = 45;
  return end;
}

function joinBinaries([list, joiner]: Term[], ctx: BifContext): Term {
  if (!(joiner instanceof Bin) || joiner.tailBits !== 0) return FALSE;
  let size = 0, count = 0, l = list;
  for (; l instanceof Cons; l = l.tail) {
    const h = l.head;
    if (typeof h === "number") {
      if (!Number.isSafeInteger(h)) return FALSE;
      size += decimalLength(h);
    } else if (typeof h === "bigint") size += h.toString().length;
    else if (!(h instanceof Bin) || h.tailBits !== 0) return FALSE;
    else size += h.size;
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
    const h = l.head as Bin | number | bigint;
    if (typeof h === "number") {
      const len = decimalLength(h);
      writeDecimal(out, at + len, h);
      at += len;
    } else if (typeof h === "bigint") {
      const text = h.toString();
      for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
      at += text.length;
    } else {
      h.copyInto(out, at);
      at += h.size;
    }
  }
  // (a reduction per element, as the Elixir path's calls, and one per 16 bytes made)
  chargeWork(ctx, count + (size >> 4));
  return new Bin(out);
}

defineBifs("beamlet", { "join_binaries/2": joinBinaries });
