// Base's decoders, shaped as Elixir 1.14's lib/base.ex decodes, so a bad input fails where
// Elixir's does: the same message and the same stack frames (bad_character!/1 under the line of
// the decode call that met the character, or the "incorrect padding" raise). Lines are Elixir
// 1.14's (scripts/probe-base-decode-lines.exs prints them from Base's debug info).
import { Tuple, atom, bin, list, tuple } from "../terms.ts";
import { codeFrame } from "../code_frame.ts";
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
function frame(fun: string, arity: number, line: number): Tuple {
  return codeFrame("Elixir.Base", fun, arity, "lib/base.ex", line);
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

/** bytes decoded between two yields (one unit per 16 bytes, as binaries are charged) */
const UNITS = 256;
const BYTES_PER_STEP = UNITS * 16;

/** pads -1: the clause matches exactly `chars` characters, and only with padding: false */
function matches(t: TailClause, rest: Uint8Array, padding: boolean): boolean {
  if (t.pads < 0) return !padding && rest.length === t.chars;
  return rest.length === t.chars + t.pads && rest.subarray(t.chars).every((c) => c === 0x3d);
}

/** each byte's value in the alphabet, -1 for a byte that is not in it */
function lookupTable(alphabet: string, kase: DecodeOpts["case"]): Int8Array {
  const lookup = new Int8Array(256).fill(-1);
  for (let i = 0; i < alphabet.length; i++) {
    const up = alphabet.charCodeAt(i), low = alphabet[i].toLowerCase().charCodeAt(0);
    if (kase !== "lower" || up === low) lookup[up] = i;
    if (kase !== "upper") lookup[low] = i;
  }
  return lookup;
}

/** collects `bits` per character into at most `capacity` bytes, dropping the bits under the
 *  last whole byte */
class BitWriter {
  private readonly out: Uint8Array;
  private at = 0;
  private acc = 0;
  private n = 0;
  constructor(private readonly bits: number, capacity: number) {
    this.out = new Uint8Array(capacity);
  }
  push(v: number): void {
    this.acc = ((this.acc << this.bits) | v) & 0xffff;
    this.n += this.bits;
    if (this.n >= 8) {
      this.n -= 8;
      this.out[this.at++] = (this.acc >> this.n) & 0xff;
    }
  }
  bytes(): Uint8Array {
    return this.out.subarray(0, this.at);
  }
}

/**
 * base 32/64 as Elixir's decode<fun>!/2: all 8-character groups but the last through a `for`,
 * the last one matched against the padded (and, without padding, unpadded) shapes; a job that
 * yields every BYTES_PER_STEP characters
 */
export function* decodeGroups(input: Uint8Array, alphabet: string, bits: number, fun: string, kase: DecodeOpts["case"], padding: boolean): Generator<number, Uint8Array, void> {
  const layout = bits === 6 ? LAYOUT64 : LAYOUT32;
  const lookup = lookupTable(alphabet, kase);
  const w = new BitWriter(bits, Math.ceil((input.length * bits) / 8));
  if (input.length === 0) return w.bytes();
  const loopName = `-${fun}/2-lbc$^0/2-0-`;
  const mainLength = (Math.floor((input.length + 7) / 8) - 1) * 8;
  for (let from = 0; from < mainLength; from += BYTES_PER_STEP) {
    const to = Math.min(mainLength, from + BYTES_PER_STEP);
    for (let i = from; i < to; i++) {
      const v = lookup[input[i]];
      if (v < 0) throw badCharacter(input[i], [frame(loopName, 2, layout.loopLines[i % 8]), frame(fun, 2, layout.forLine)]);
      w.push(v);
    }
    if (to < mainLength) yield UNITS;
  }
  const rest = input.subarray(mainLength);
  const clause = layout.tails.find((t) => matches(t, rest, padding));
  if (clause === undefined) throw new DecodeError("incorrect padding", [frame(fun, 2, layout.paddingLine)]);
  for (let i = 0; i < clause.chars; i++) {
    const v = lookup[rest[i]];
    if (v < 0) throw badCharacter(rest[i], [frame(fun, 2, clause.lines[i])]);
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

/** base 16 as Elixir's decode16!/2: even length, then groups of 8, 4 and 2 characters; a job
 *  that yields every BYTES_PER_STEP characters or so */
export function* decodeHex(input: Uint8Array, kase: DecodeOpts["case"]): Generator<number, Uint8Array, void> {
  if (input.length % 2 !== 0) {
    throw new DecodeError(
      `string given to decode has wrong length. An even number of bytes was expected, got: ${input.length}. Double check your string for unwanted characters or pad it accordingly`,
      [frame("decode16!", 2, 313)],
    );
  }
  const lookup = lookupTable("0123456789ABCDEF", kase);
  const fun = `decode16${kase}!`;
  const w = new BitWriter(4, input.length >> 1);
  let sinceYield = 0;
  for (let i = 0; i < input.length; ) {
    const [size, lines] = HEX_CHUNKS.find(([n]) => input.length - i >= n)!;
    for (let k = 0; k < size; k++) {
      const v = lookup[input[i + k]];
      if (v < 0) throw badCharacter(input[i + k], [frame(fun, 2, lines[k])]);
      w.push(v);
    }
    i += size;
    if ((sinceYield += size) >= BYTES_PER_STEP && i < input.length) {
      sinceYield = 0;
      yield UNITS;
    }
  }
  return w.bytes();
}
