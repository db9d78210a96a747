// OTP 25's grapheme breaking (unicode_util:gc/1) fails on an Extended_Pictographic code point
// (an emoji), with any Extend marks after it, followed by invalid UTF-8 in the same binary: its
// gc_ext_pict/3 appends to an improper list and raises badarg in erlang:++/2, whose arguments
// are [Cluster | Rest] and [Rest] (Rest: the binary from the bad byte on; Cluster: the code point,
// or the list of it and its marks). So :string.length/1, String.length/1, :string.next_grapheme/1
// ... of such text fail there, with those frames, where beamlet had counted the bad byte as a
// grapheme of its own. Observed with Elixir 1.14 / OTP 25; only the shapes seen there are
// reproduced: the text a binary, or a list whose improper tail is the binary.
import { Bin, Cons, Term, list } from "../terms.ts";
import { ErlangError, BADARG } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { codeFrame } from "../code_frame.ts";

const EXT_PICT = /\p{Extended_Pictographic}/u;
const EXTEND = /[\p{Grapheme_Extend}\p{Emoji_Modifier}]/u;
/** binaries longer than this are not looked at (they go through the chunked BIFs) */
const MAX_BYTES = 1 << 16;

/** where the emoji's cluster meets the bad byte, if it does */
interface Fault { cluster: number[]; rest: Bin; first: boolean }

/** the emoji's cluster being read, and whether anything came before it */
type State = { cluster: number[] | null; first: boolean; seen: boolean };

function step(st: State, cp: number): void {
  if (EXT_PICT.test(String.fromCodePoint(cp))) {
    st.cluster = [cp];
    st.first = !st.seen;
  }
  else if (st.cluster !== null && EXTEND.test(String.fromCodePoint(cp))) st.cluster.push(cp);
  else st.cluster = null;
  st.seen = true;
}

/** the bytes of b decoded in order: the fault, "ok" at its end, or "unknown" (a ZWJ sequence) */
function scanBin(st: State, b: Bin): Fault | null {
  const bytes = b.bytes, n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i];
    if (c < 0x80) { st.cluster = null; st.seen = true; i++; continue; }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let cp = len === 2 ? c & 0x1f : len === 3 ? c & 0x0f : c & 0x07;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) {
      const d = bytes[i + k];
      if ((d & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (d & 0x3f);
    }
    if (ok && ((len === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len === 4 && (cp < 0x10000 || cp > 0x10ffff)))) ok = false;
    if (!ok) {
      if (st.cluster !== null) return { cluster: st.cluster, rest: b.slice(i, n), first: st.first };
      st.seen = true;
      i++;
      continue;
    }
    // (a ZWJ sequence goes on to another emoji in OTP's code: not reproduced)
    if (cp === 0x200d && st.cluster !== null) return null;
    step(st, cp);
    i += len;
  }
  return null;
}

/** the fault of text t (a binary, or code points ending in a binary tail), if OTP's has one */
export function extPictFault(t: Term): Fault | null {
  const st: State = { cluster: null, first: false, seen: false };
  if (t instanceof Bin) return t.tailBits === 0 && t.size <= MAX_BYTES ? scanBin(st, t) : null;
  let x: Term = t;
  while (x instanceof Cons) {
    if (typeof x.head !== "number") return null;
    if (x.head === 0x200d && st.cluster !== null) return null;
    step(st, x.head);
    x = x.tail;
  }
  return x instanceof Bin && x.tailBits === 0 && x.size <= MAX_BYTES ? scanBin(st, x) : null;
}


const GC_EXT_PICT = codeFrame("unicode_util", "gc_ext_pict", 3, "unicode_util.erl", 3168);

/**
 * Fail as OTP's grapheme breaking does on text t, if it does: `callers` are the frames between
 * unicode_util's and the caller's (string.erl's length_1, String.length/2 ...); `after` are more
 * when graphemes came before the emoji (the frame of a body recursion that took them: its
 * repeats show once, as the BEAM shows a run of the same frame)
 */
export function failLikeGc(t: Term, callers: Term[], after: Term[] = [], instead = false): void {
  const f = extPictFault(t);
  if (f === null) return;
  // (instead: after the first cluster the frames are `after` alone)
  if (!f.first) callers = instead ? after : [...callers, ...after];
  const head: Term = f.cluster.length === 1 ? f.cluster[0] : list(f.cluster);
  const e = new ErlangError("error", BADARG);
  e.callee = bifErrorFrame("erlang", "++", [new Cons(head, f.rest), list([f.rest])], undefined);
  e.calleeBelow = [GC_EXT_PICT, ...callers];
  throw e;
}
