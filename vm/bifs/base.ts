// Base: base 16/32/64 encodings (RFC 4648), with Elixir 1.14's options and error messages.
import { Atom, Bin, Term, Tuple, atom, binFromBytes, tuple, Cons, NIL } from "../terms.ts";
import { defineBifs, BifFn } from "./registry.ts";
import { noClause } from "./util.ts";
import { elixirRaise } from "../errors.ts";

const M = "Elixir.Base";
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
const B16 = "0123456789ABCDEF";

interface Opts {
  case: "upper" | "lower" | "mixed";
  padding: boolean;
  whitespace: boolean;
}

function options(t: Term | undefined, fun: string, arity: number, defaultCase: Opts["case"] = "upper"): Opts {
  const o: Opts = { case: defaultCase, padding: true, whitespace: false };
  let l = t ?? NIL;
  for (; l instanceof Cons; l = l.tail) {
    const kv = l.head;
    if (!(kv instanceof Tuple) || kv.items.length !== 2 || !(kv.items[0] instanceof Atom)) noClause(M, fun, arity);
    const [k, v] = kv.items as [Atom, Term];
    if (k.name === "case" && v instanceof Atom && ["upper", "lower", "mixed"].includes(v.name)) o.case = v.name as Opts["case"];
    else if (k.name === "padding" && v instanceof Atom && (v.name === "true" || v.name === "false")) o.padding = v.name === "true";
    else if (k.name === "ignore" && v === atom("whitespace")) o.whitespace = true;
  }
  return o;
}

function bytesOf(t: Term, fun: string, arity: number): Uint8Array {
  if (!(t instanceof Bin) || t.tailBits !== 0) noClause(M, fun, arity);
  return (t as Bin).bytes;
}

function text(s: string): Bin {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return binFromBytes(b);
}

/** encode with `bits` bits per character, padding to whole groups of `group` characters */
function encode(data: Uint8Array, alphabet: string, bits: number, group: number, pad: boolean, lower: boolean): Bin {
  let out = "";
  let acc = 0, n = 0;
  for (const byte of data) {
    acc = (acc << 8) | byte;
    n += 8;
    while (n >= bits) {
      n -= bits;
      out += alphabet[(acc >> n) & ((1 << bits) - 1)];
    }
    acc &= (1 << n) - 1;
  }
  if (n > 0) out += alphabet[(acc << (bits - n)) & ((1 << bits) - 1)];
  if (pad) while (out.length % group !== 0) out += "=";
  return text(lower ? out.toLowerCase() : out);
}

class DecodeError {
  constructor(readonly message: string) {}
}

function nonAlphabet(c: number): DecodeError {
  const ch = c < 0x80 ? String.fromCharCode(c) : `\\x${c.toString(16).toUpperCase()}`;
  return new DecodeError(`non-alphabet character found: "${ch === '"' ? '\\"' : ch === "\\" ? "\\\\" : ch}" (byte ${c})`);
}

/** the valid counts of data characters in a last, partial group */
const PARTIAL: Record<number, number[]> = { 4: [0, 2, 3], 8: [0, 2, 4, 5, 7] };

function decode(input: Uint8Array, alphabet: string, bits: number, group: number, o: Opts): Uint8Array {
  let s = [...input];
  if (o.whitespace) s = s.filter((c) => !(c === 0x20 || (c >= 0x09 && c <= 0x0d)));
  const lookup = new Map<number, number>();
  for (let i = 0; i < alphabet.length; i++) {
    const up = alphabet.charCodeAt(i), low = alphabet[i].toLowerCase().charCodeAt(0);
    if (o.case !== "lower" || up === low) lookup.set(up, i);
    if (o.case !== "upper") lookup.set(low, i);
  }
  if (o.padding && s.length % group !== 0) throw new DecodeError("incorrect padding");
  let end = s.length;
  while (end > 0 && s[end - 1] === 0x3d) end--;
  const padCount = s.length - end;
  for (let i = 0; i < end; i++) if (!lookup.has(s[i])) throw nonAlphabet(s[i]);
  const rem = end % group;
  if (!PARTIAL[group].includes(rem)) throw new DecodeError("incorrect padding");
  if (padCount > 0 && (rem === 0 || padCount !== group - rem)) throw new DecodeError("incorrect padding");
  const out: number[] = [];
  let acc = 0, n = 0;
  for (let i = 0; i < end; i++) {
    acc = (acc << bits) | lookup.get(s[i])!;
    n += bits;
    if (n >= 8) {
      n -= 8;
      out.push((acc >> n) & 0xff);
    }
    acc &= (1 << n) - 1;
  }
  return Uint8Array.from(out);
}

function decode16(input: Uint8Array, o: Opts): Uint8Array {
  if (input.length % 2 !== 0) {
    throw new DecodeError(`string given to decode has wrong length. An even number of bytes was expected, got: ${input.length}. Double check your string for unwanted characters or pad it accordingly`);
  }
  const val = (c: number): number => {
    if (c >= 0x30 && c <= 0x39) return c - 0x30;
    if (o.case !== "lower" && c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
    if (o.case !== "upper" && c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
    throw nonAlphabet(c);
  };
  const out = new Uint8Array(input.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = (val(input[2 * i]) << 4) | val(input[2 * i + 1]);
  return out;
}

type Decoder = (input: Uint8Array, o: Opts) => Uint8Array;

/** decode/1,2 ({:ok, bin} | :error) and decode!/1,2 (ArgumentError) for one decoder */
function decoders(name: string, dec: Decoder, defaultCase: Opts["case"] = "upper"): Record<string, BifFn> {
  const safe = (arity: number) => (args: Term[]) => {
    try {
      return tuple(atom("ok"), binFromBytes(dec(bytesOf(args[0], name, 2), options(args[1], name, 2, defaultCase))));
    } catch (e) {
      if (e instanceof DecodeError) return atom("error");
      throw e;
    }
  };
  const bang = (args: Term[]) => {
    try {
      return binFromBytes(dec(bytesOf(args[0], name + "!", 2), options(args[1], name + "!", 2, defaultCase)));
    } catch (e) {
      if (e instanceof DecodeError) elixirRaise("ArgumentError", e.message);
      throw e;
    }
  };
  return { [`${name}/1`]: safe(1), [`${name}/2`]: safe(2), [`${name}!/1`]: bang, [`${name}!/2`]: bang };
}

function encoder(name: string, enc: (data: Uint8Array, o: Opts) => Bin): Record<string, BifFn> {
  const f = (args: Term[]) => enc(bytesOf(args[0], name, 2), options(args[1], name, 2));
  return { [`${name}/1`]: f, [`${name}/2`]: f };
}

defineBifs(M, {
  ...encoder("encode16", (d, o) => encode(d, B16, 4, 1, false, o.case === "lower")),
  ...decoders("decode16", decode16),
  ...encoder("encode32", (d, o) => encode(d, B32, 5, 8, o.padding, o.case === "lower")),
  ...decoders("decode32", (s, o) => decode(s, B32, 5, 8, o)),
  ...encoder("hex_encode32", (d, o) => encode(d, B32HEX, 5, 8, o.padding, o.case === "lower")),
  ...decoders("hex_decode32", (s, o) => decode(s, B32HEX, 5, 8, o)),
  ...encoder("encode64", (d, o) => encode(d, B64, 6, 4, o.padding, false)),
  ...decoders("decode64", (s, o) => decode(s, B64, 6, 4, { ...o, case: "upper" })),
  ...encoder("url_encode64", (d, o) => encode(d, B64URL, 6, 4, o.padding, false)),
  ...decoders("url_decode64", (s, o) => decode(s, B64URL, 6, 4, { ...o, case: "upper" })),
});
