// Base: base 16/32/64 encodings (RFC 4648), with Elixir 1.14's options and error messages.
import { Atom, Bin, Term, Tuple, atom, binFromBytes, tuple, Cons, NIL } from "../terms.ts";
import { defineBifs, BifFn } from "./registry.ts";
import { noClause } from "./util.ts";
import { DecodeError, DecodeOpts, decodeGroups, decodeHex } from "./base_decode.ts";

const M = "Elixir.Base";
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
const B16 = "0123456789ABCDEF";

type Opts = DecodeOpts;

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

/** the input without the characters `ignore: :whitespace` drops */
function withoutIgnored(input: Uint8Array, o: Opts): number[] {
  const s = [...input];
  return o.whitespace ? s.filter((c) => !(c === 0x20 || (c >= 0x09 && c <= 0x0d))) : s;
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
      if (e instanceof DecodeError) throw e.toErlangError();
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
  ...decoders("decode16", (s, o) => decodeHex(s, o.case)),
  ...encoder("encode32", (d, o) => encode(d, B32, 5, 8, o.padding, o.case === "lower")),
  ...decoders("decode32", (s, o) => decodeGroups([...s], B32, 5, `decode32${o.case}!`, o.case, o.padding)),
  ...encoder("hex_encode32", (d, o) => encode(d, B32HEX, 5, 8, o.padding, o.case === "lower")),
  ...decoders("hex_decode32", (s, o) => decodeGroups([...s], B32HEX, 5, `decode32hex${o.case}!`, o.case, o.padding)),
  ...encoder("encode64", (d, o) => encode(d, B64, 6, 4, o.padding, false)),
  ...decoders("decode64", (s, o) => decodeGroups(withoutIgnored(s, o), B64, 6, "decode64base!", "upper", o.padding)),
  ...encoder("url_encode64", (d, o) => encode(d, B64URL, 6, 4, o.padding, false)),
  ...decoders("url_decode64", (s, o) => decodeGroups(withoutIgnored(s, o), B64URL, 6, "decode64url!", "upper", o.padding)),
});
