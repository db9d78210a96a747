// A document algebra and its renderer, reproducing Elixir 1.14's Inspect.Algebra (Lindig's
// "Strictly Pretty" with Elixir's changes) closely enough that inspect/IO.inspect output matches
// byte for byte:
//   - breaks are :strict (newline iff the enclosing group broke) or :flex (newline only when the
//     rest up to the next possible break does not fit);
//   - a group is laid flat when its own content fits in the remaining width, where a run without
//     any break always "fits" (fits? needs a break before it can fail);
//   - text is measured in bytes (byte_size), as Elixir does for binaries, so "é" counts 2.
// The renderer keeps an explicit stack: deep terms never recurse on the JS stack here.

export type Doc = string | DocCons | DocNest | DocBreak | DocGroup | DocNil | DocColor | DocText | DocLine | DocForce | DocFits | DocCollapse;

export class DocNil {
  readonly k = 0;
}
export class DocCons {
  constructor(readonly left: Doc, readonly right: Doc) {}
}
export class DocNest {
  /** indent: columns added, or "cursor" (the current column) / "reset" (column 0); onBreak: only
   *  when the enclosing group broke (Inspect.Algebra's nest(doc, n, :break)) */
  constructor(readonly doc: Doc, readonly indent: number | "cursor" | "reset", readonly onBreak = false) {}
}
export class DocBreak {
  constructor(readonly s: string, readonly flex: boolean) {}
}
export class DocGroup {
  /** inherit: a group in a broken parent breaks too (group(doc, :inherit)) */
  constructor(readonly doc: Doc, readonly inherit = false) {}
}

// The rest of Elixir 1.14's documents, for user Inspect implementations (lib/inspect.ex):
/** string(s): text whose width is given (String.length), not its byte size */
export class DocText {
  constructor(readonly s: string, readonly len: number) {}
}
/** line(): always a newline */
export class DocLine {
  readonly k = 1;
}
/** force_unfit(doc): the doc never fits */
export class DocForce {
  constructor(readonly doc: Doc) {}
}
/** next_break_fits(doc, mode) */
export class DocFits {
  constructor(readonly doc: Doc, readonly enabled: boolean) {}
}
/** collapse_lines(max): the newlines that follow collapse into at most max */
export class DocCollapse {
  constructor(readonly max: number) {}
}

/** an ANSI escape (Inspect.Algebra's doc_color): printed, but takes no width. `color` is the
 *  IO.ANSI data it was given, when known (Inspect.Algebra.format/2 hands back its fragment) */
export class DocColor {
  constructor(readonly s: string, readonly color?: unknown) {}
}

export const EMPTY: Doc = new DocNil();

export function concat(...docs: Doc[]): Doc {
  if (docs.length === 0) return EMPTY;
  let d = docs[docs.length - 1];
  for (let i = docs.length - 2; i >= 0; i--) d = new DocCons(docs[i], d);
  return d;
}
export function nest(doc: Doc, indent: number): Doc {
  return indent === 0 ? doc : new DocNest(doc, indent);
}
export function group(doc: Doc): Doc {
  return new DocGroup(doc);
}
export function breakDoc(s = " "): Doc {
  return new DocBreak(s, false);
}
export function flexBreak(s = " "): Doc {
  return new DocBreak(s, true);
}
export function glue(a: Doc, b: Doc, s = " "): Doc {
  return new DocCons(a, new DocCons(new DocBreak(s, false), b));
}
export function flexGlue(a: Doc, b: Doc, s = " "): Doc {
  return new DocCons(a, new DocCons(new DocBreak(s, true), b));
}

export function byteLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      if (c < 0x800) n += 1;
      else if (c >= 0xd800 && c <= 0xdbff) { n += 2; i++; } // surrogate pair: 4 bytes for 2 units
      else n += 2;
    }
  }
  return n;
}

/** true when a doc holds only text (Inspect.Algebra's simple?/1): containers of those flex-break. */
export function isSimple(d: Doc): boolean {
  for (;;) {
    if (typeof d === "string" || d instanceof DocNil || d instanceof DocColor) return true;
    if (d instanceof DocCons) {
      if (!isSimple(d.left)) return false;
      d = d.right;
    } else return false;
  }
}

const FLAT = 0, BREAK = 1, FLAT_NO_BREAK = 2, BREAK_NO_FLAT = 3;
type Entry = { i: number; m: number; d: Doc };

function nestIndent(d: DocNest, i: number, k: number): number {
  return d.indent === "cursor" ? k : d.indent === "reset" ? 0 : i + d.indent;
}

/**
 * fits?(w, k, b?, entries): walks `local` (a stack, top at the end) and then, when `rest` is
 * given, the format stack below index `restTop` (entries still to print after the current one).
 */
function fits(w: number, k: number, b: boolean, local: Entry[], rest: Entry[] | null, restTop: number): boolean {
  // tail markers restore b? after a group in break mode (Elixir's {:tail, b?, t})
  const stack: (Entry | boolean)[] = local.slice();
  for (;;) {
    if (k > w && b) return false;
    let e: Entry | boolean | undefined = stack.pop();
    if (e === undefined) {
      if (rest === null || restTop < 0) return true;
      e = rest[restTop--];
    }
    if (typeof e === "boolean") { b = e; continue; }
    const { i, m, d } = e;
    if (typeof d === "string") { k += byteLength(d); continue; }
    if (d instanceof DocNil || d instanceof DocColor) continue;
    if (d instanceof DocCons) {
      stack.push({ i, m, d: d.right }, { i, m, d: d.left });
      continue;
    }
    if (d instanceof DocText) { k += d.len; continue; }
    if (d instanceof DocFits) {
      stack.push({ i, m: m === FLAT_NO_BREAK || !d.enabled ? FLAT_NO_BREAK : BREAK_NO_FLAT, d: d.doc });
      continue;
    }
    if (d instanceof DocForce) {
      if (m === BREAK_NO_FLAT) { stack.push({ i, m, d: d.doc }); continue; }
      return false;
    }
    if (d instanceof DocLine) {
      if (m === BREAK || m === BREAK_NO_FLAT) return true;
      k = i;
      b = false;
      continue;
    }
    if (d instanceof DocNest) {
      stack.push({ i: d.onBreak ? i : nestIndent(d, i, k), m, d: d.doc });
      continue;
    }
    if (d instanceof DocBreak) {
      if (m === BREAK || m === BREAK_NO_FLAT) return true;
      k += byteLength(d.s);
      b = true;
      continue;
    }
    if (d instanceof DocCollapse) { k = i; continue; }
    // group: measured flat inside a broken parent, else in the parent's mode (a next_break_fits
    // mode reaches the breaks of the groups within); b? comes back as it was after the group
    stack.push(b, { i, m: m === BREAK ? FLAT : m, d: (d as DocGroup).doc });
  }
}

/** Render a document to a string in the given width (Infinity for :infinity). */
export function format(doc: Doc, width: number): string {
  return formatPieces(doc, width).join("");
}

/** Inspect.Algebra.format/2: the pieces of the rendered document, in order */
export function formatPieces(doc: Doc, width: number): string[] {
  return layoutPieces(doc, width).map((p) => (typeof p === "string" ? p : p.s));
}

/** the pieces of the rendered document, each colour as its DocColor */
export function layoutPieces(doc: Doc, width: number): (string | DocColor)[] {
  const out: (string | DocColor)[] = [];
  const stack: Entry[] = [{ i: 0, m: FLAT, d: doc }];
  let k = 0;
  const inf = width === Infinity;
  const collapses: { at: number; max: number; i: number }[] = [];
  while (stack.length > 0) {
    const { i, m, d } = stack.pop()!;
    if (typeof d === "string") {
      out.push(d);
      k += byteLength(d);
    } else if (d instanceof DocColor) {
      out.push(d);
    } else if (d instanceof DocCons) {
      stack.push({ i, m, d: d.right }, { i, m, d: d.left });
    } else if (d instanceof DocNest) {
      const applies = !d.onBreak || m === BREAK;
      stack.push({ i: applies ? nestIndent(d, i, k) : i, m, d: d.doc });
    } else if (d instanceof DocBreak) {
      if (d.flex) {
        k += byteLength(d.s);
        if (inf || m === FLAT || fits(width, k, true, [], stack, stack.length - 1)) out.push(d.s);
        else {
          out.push("\n" + " ".repeat(i));
          k = i;
        }
      } else if (m === BREAK) {
        out.push("\n" + " ".repeat(i));
        k = i;
      } else {
        out.push(d.s);
        k += byteLength(d.s);
      }
    } else if (d instanceof DocGroup) {
      if (d.inherit && m === BREAK) stack.push({ i, m: BREAK, d: d.doc });
      else {
        const flat = inf || fits(width, k, false, [{ i, m: FLAT, d: d.doc }], null, -1);
        stack.push({ i, m: flat ? FLAT : BREAK, d: d.doc });
      }
    } else if (d instanceof DocText) {
      out.push(d.s);
      k += d.len;
    } else if (d instanceof DocLine) {
      out.push("\n" + " ".repeat(i));
      k = i;
    } else if (d instanceof DocForce) {
      // it makes the enclosing group unfit (fits); laid out, it is its content
      stack.push({ i, m, d: d.doc });
    } else if (d instanceof DocFits) {
      stack.push({ i, m, d: d.doc });
    } else if (d instanceof DocCollapse) {
      // what follows is laid out from column i, then its leading newlines are cut to max
      collapses.push({ at: out.length, max: d.max, i });
      k = i;
    }
  }
  for (let c = collapses.length - 1; c >= 0; c--) {
    const { at, max, i } = collapses[c];
    let j = at, count = 0;
    for (let piece = out[j]; typeof piece === "string" && (piece.startsWith("\n") || piece === ""); piece = out[++j]) {
      if (piece !== "") count++;
    }
    out.splice(at, j - at, "\n".repeat(Math.min(max, count)) + " ".repeat(i));
  }
  return out;
}

