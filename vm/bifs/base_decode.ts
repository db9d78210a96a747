// Base's decoders, shaped as Elixir 1.14's lib/base.ex decodes, so a bad input fails where
// Elixir's does: the same message and the same stack frames (bad_character!/1 under the line of
// the decode call that met the character, or the "incorrect padding" raise). Lines are Elixir
// 1.14's (scripts/probe-base-decode-lines.exs prints them from Base's debug info).
import { Tuple, atom, bin, list, tuple } from "../terms.ts";
import { ErlangError, exception } from "../errors.ts";

export interface DecodeOpts {
  case: "upper" | "lower" | "mixed";
  padding: boolean;
  whitespace: boolean;
}

/** a decode failure: Elixir's ArgumentError message and the library frames it is raised under */
export class DecodeError {
  constructor(readonly message: string, readonly frames: Tuple[]) {}

  toErlangError(): ErlangError {
    const e = new ErlangError("error", exception("ArgumentError", { message: bin(this.message) }));
    const [top, ...below] = this.frames;
    e.callee = top;
    if (below.length > 0) e.calleeBelow = below;
    return e;
  }
}

const BASE = atom("Elixir.Base");
const FILE = list([..."lib/base.ex"].map((c) => c.codePointAt(0)!));

function frame(fun: string, arity: number, line: number): Tuple {
  return tuple(BASE, atom(fun), arity, list([tuple(atom("file"), FILE), tuple(atom("line"), line)]));
}

const BAD_CHARACTER_LINE = 137;

function badCharacter(c: number, below: Tuple[]): DecodeError {
  const ch = c < 0x80 ? String.fromCharCode(c) : `\\x${c.toString(16).toUpperCase()}`;
  const shown = ch === '"' ? '\\"' : ch === "\\" ? "\\\\" : ch;
  return new DecodeError(`non-alphabet character found: "${shown}" (byte ${c})`, [frame("bad_character!", 1, BAD_CHARACTER_LINE), ...below]);
}

/** a last group of Elixir's decoder: its characters (the rest is `=`), whether only without padding, the line of each character's decode */
interface TailClause {
  chars: number;
  pads: number;
  lines: number[];
}

interface Layout {
  /** the line of the `for` over the whole 8-character groups, and of each character's decode in it */
  forLine: number;
  loopLines: number[];
  /** the clauses of the `case` on the last group, in order */
  tails: TailClause[];
  paddingLine: number;
}

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

const LAYOUT64: Layout = {
  forLine: 640,
  loopLines: range(642, 8),
  tails: [
    { chars: 2, pads: 2, lines: [655, 655] },
    { chars: 3, pads: 1, lines: [658, 658, 658] },
    { chars: 4, pads: 0, lines: range(663, 4) },
    { chars: 6, pads: 2, lines: range(672, 6) },
    { chars: 7, pads: 1, lines: range(683, 7) },
    { chars: 8, pads: 0, lines: range(695, 8) },
    { chars: 2, pads: -1, lines: [706, 706] },
    { chars: 3, pads: -1, lines: [709, 709, 709] },
    { chars: 6, pads: -1, lines: range(714, 6) },
    { chars: 7, pads: -1, lines: range(725, 7) },
  ],
  paddingLine: 735,
};

const LAYOUT32: Layout = {
  forLine: 1113,
  loopLines: range(1115, 8),
  tails: [
    { chars: 2, pads: 6, lines: [1128, 1128] },
    { chars: 4, pads: 4, lines: range(1133, 4) },
    { chars: 5, pads: 3, lines: range(1142, 5) },
    { chars: 7, pads: 1, lines: range(1152, 7) },
    { chars: 8, pads: 0, lines: range(1164, 8) },
    { chars: 2, pads: -1, lines: [1175, 1175] },
    { chars: 4, pads: -1, lines: range(1180, 4) },
    { chars: 5, pads: -1, lines: range(1189, 5) },
    { chars: 7, pads: -1, lines: range(1199, 7) },
  ],
  paddingLine: 1209,
};

/** pads -1: the clause matches exactly `chars` characters, and only with padding: false */
function matches(t: TailClause, rest: number[], padding: boolean): boolean {
  if (t.pads < 0) return !padding && rest.length === t.chars;
  return rest.length === t.chars + t.pads && rest.slice(t.chars).every((c) => c === 0x3d);
}

function lookupTable(alphabet: string, kase: DecodeOpts["case"]): Map<number, number> {
  const lookup = new Map<number, number>();
  for (let i = 0; i < alphabet.length; i++) {
    const up = alphabet.charCodeAt(i), low = alphabet[i].toLowerCase().charCodeAt(0);
    if (kase !== "lower" || up === low) lookup.set(up, i);
    if (kase !== "upper") lookup.set(low, i);
  }
  return lookup;
}

/** collects `bits` per character, dropping the bits under the last whole byte */
class BitWriter {
  private out: number[] = [];
  private acc = 0;
  private n = 0;
  constructor(private readonly bits: number) {}
  push(v: number): void {
    this.acc = (this.acc << this.bits) | v;
    this.n += this.bits;
    if (this.n >= 8) {
      this.n -= 8;
      this.out.push((this.acc >> this.n) & 0xff);
    }
    this.acc &= (1 << this.n) - 1;
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

/**
 * base 32/64 as Elixir's decode<fun>!/2: all 8-character groups but the last through a `for`,
 * the last one matched against the padded (and, without padding, unpadded) shapes
 */
export function decodeGroups(input: number[], alphabet: string, bits: number, fun: string, kase: DecodeOpts["case"], padding: boolean): Uint8Array {
  const layout = bits === 6 ? LAYOUT64 : LAYOUT32;
  const lookup = lookupTable(alphabet, kase);
  const w = new BitWriter(bits);
  if (input.length === 0) return w.bytes();
  const loopName = `-${fun}/2-lbc$^0/2-0-`;
  const mainLength = (Math.floor((input.length + 7) / 8) - 1) * 8;
  for (let i = 0; i < mainLength; i++) {
    const v = lookup.get(input[i]);
    if (v === undefined) throw badCharacter(input[i], [frame(loopName, 2, layout.loopLines[i % 8]), frame(fun, 2, layout.forLine)]);
    w.push(v);
  }
  const rest = input.slice(mainLength);
  const clause = layout.tails.find((t) => matches(t, rest, padding));
  if (clause === undefined) throw new DecodeError("incorrect padding", [frame(fun, 2, layout.paddingLine)]);
  for (let i = 0; i < clause.chars; i++) {
    const v = lookup.get(rest[i]);
    if (v === undefined) throw badCharacter(rest[i], [frame(fun, 2, clause.lines[i])]);
    w.push(v);
  }
  return w.bytes();
}

/** the lines of decode16<case>!/2's clauses on 8, 4 and 2 characters */
const HEX_CHUNKS: [number, number[]][] = [
  [8, range(340, 8)],
  [4, range(357, 4)],
  [2, [366, 366]],
];

/** base 16 as Elixir's decode16!/2: even length, then groups of 8, 4 and 2 characters */
export function decodeHex(input: Uint8Array, kase: DecodeOpts["case"]): Uint8Array {
  if (input.length % 2 !== 0) {
    throw new DecodeError(
      `string given to decode has wrong length. An even number of bytes was expected, got: ${input.length}. Double check your string for unwanted characters or pad it accordingly`,
      [frame("decode16!", 2, 313)],
    );
  }
  const lookup = lookupTable("0123456789ABCDEF", kase);
  const fun = `decode16${kase}!`;
  const w = new BitWriter(4);
  for (let i = 0; i < input.length; ) {
    const [size, lines] = HEX_CHUNKS.find(([n]) => input.length - i >= n)!;
    for (let k = 0; k < size; k++) {
      const v = lookup.get(input[i + k]);
      if (v === undefined) throw badCharacter(input[i + k], [frame(fun, 2, lines[k])]);
      w.push(v);
    }
    i += size;
  }
  return w.bytes();
}
