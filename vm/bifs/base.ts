// Base: base 16/32/64 encodings (RFC 4648), with Elixir 1.14's options and error messages.
import { Bin, Term, atom, binFromBytes, tuple, NIL, FALSE } from "../terms.ts";
import { BADARG, ErlangError } from "../errors.ts";
import { defineBifs, BifFn } from "./registry.ts";
import { runJob, STEP, type JobGen } from "./bif_jobs.ts";
import { noClause } from "./util.ts";
import { DecodeError, decodeGroups, decodeHex } from "./base_decode.ts";
import { OptionSite, baseFrame, maybePad, readCase, readIgnore, readPadding } from "./base_options.ts";

const M = "Elixir.Base";
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
const B16 = "0123456789ABCDEF";

function bytesOf(t: Term, fun: string, arity: number): Uint8Array {
  if (!(t instanceof Bin) || t.tailBits !== 0) noClause(M, fun, arity);
  return (t as Bin).bytes;
}

/** bytes handled between two yields of an encoding or decoding job (one unit per 16 bytes, as
 *  binaries are charged: STEP units) */
const BYTES_PER_STEP = STEP * 16;

const alphabetBytes = (alphabet: string, lower: boolean) => Uint8Array.from(lower ? alphabet.toLowerCase() : alphabet, (c) => c.charCodeAt(0));

/** encode with `bits` bits per character, padding to whole groups of `group` characters as
 *  maybe_pad/3 does when the last group is short; written straight into the binary's bytes */
function* encode(data: Uint8Array, alphabet: string, bits: number, group: number, o: { pad: Term; lower: boolean }): Generator<number, Bin, void> {
  const chars = alphabetBytes(alphabet, o.lower);
  const length = Math.ceil((data.length * 8) / bits);
  const missing = (group - (length % group)) % group;
  const out = new Uint8Array(length + missing);
  const mask = (1 << bits) - 1;
  let acc = 0, n = 0, at = 0;
  for (let from = 0; from < data.length; from += BYTES_PER_STEP) {
    const to = Math.min(data.length, from + BYTES_PER_STEP);
    for (let i = from; i < to; i++) {
      acc = ((acc << 8) | data[i]) & 0xffff;
      n += 8;
      while (n >= bits) {
        n -= bits;
        out[at++] = chars[(acc >> n) & mask];
      }
    }
    if (to < data.length) yield STEP;
  }
  if (n > 0) out[at++] = chars[(acc << (bits - n)) & mask];
  if (missing === 0) return binFromBytes(out);
  // padding: maybe_pad/3 decides (and fails on a bad `padding:` only now, as Elixir's)
  const unpadded = binFromBytes(out.subarray(0, length));
  const padded = maybePad(unpadded, o.pad, missing);
  if (padded !== null) return padded;
  out.fill(0x3d, length);
  return binFromBytes(out);
}

/** the input without the characters `ignore: :whitespace` drops */
function withoutIgnored(input: Uint8Array, whitespace: boolean): Uint8Array {
  if (!whitespace) return input;
  const out = new Uint8Array(input.length);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d))) out[n++] = c;
  }
  return out.subarray(0, n);
}

/** a decoder: the input and the options, read where the function's `site` reads them; a job
 *  that yields the units it did */
type Decoder = (input: Uint8Array, opts: Term, site: OptionSite) => Generator<number, Uint8Array, void>;

/** decode/1,2 ({:ok, bin} | :error, a call of decode!/2 on `safeLine`) and decode!/1,2
 *  (ArgumentError) for one decoder; `site` says where decode!/2 reads its options. A long input
 *  is decoded in chunks (a job: other processes run between them) */
function decoders(name: string, site: Omit<OptionSite, "fun" | "callers">, safeLine: number, dec: Decoder): Record<string, BifFn> {
  const bangSite: OptionSite = { ...site, fun: name + "!", callers: [] };
  const safeSite: OptionSite = { ...site, fun: name + "!", callers: [baseFrame(name, 2, safeLine)] };
  function* safe(args: Term[]): JobGen {
    try {
      return tuple(atom("ok"), binFromBytes(yield* dec(bytesOf(args[0], name, 2), args[1] ?? NIL, safeSite)));
    } catch (e) {
      // decode/2 rescues the ArgumentErrors of decode!/2 (:lists.keyfind's badarg among them)
      if (e instanceof DecodeError || (e instanceof ErlangError && e.reason === BADARG)) return atom("error");
      throw e;
    }
  }
  function* bang(args: Term[]): JobGen {
    try {
      return binFromBytes(yield* dec(bytesOf(args[0], name + "!", 2), args[1] ?? NIL, bangSite));
    } catch (e) {
      if (e instanceof DecodeError) throw e.toErlangError();
      throw e;
    }
  }
  const run = (fun: string, job: (args: Term[]) => JobGen): BifFn => (args, ctx) => runJob(ctx, "base_decode", [M, fun, args], job(args));
  return { [`${name}/1`]: run(name, safe), [`${name}/2`]: run(name, safe), [`${name}!/1`]: run(name + "!", bang), [`${name}!/2`]: run(name + "!", bang) };
}

function encoder(name: string, site: Omit<OptionSite, "fun" | "callers">, enc: (data: Uint8Array, opts: Term, site: OptionSite) => Generator<number, Bin, void>): Record<string, BifFn> {
  const at: OptionSite = { ...site, fun: name, callers: [] };
  const f: BifFn = (args, ctx) => runJob(ctx, "base_encode", [M, name, args], enc(bytesOf(args[0], name, 2), args[1] ?? NIL, at));
  return { [`${name}/1`]: f, [`${name}/2`]: f };
}

/** an encoder's options, in the order Elixir reads them: `padding:`, then `case:` */
function encoderOptions(opts: Term, site: OptionSite): { pad: Term; lower: boolean } {
  const pad = site.padding === undefined ? FALSE : readPadding(opts, site);
  const lower = site.case !== undefined && readCase(opts, site, ["upper", "lower"]) === "lower";
  return { pad, lower };
}

/** a decoder's `padding:`: anything but false asks for padding */
const decodePadding = (opts: Term, site: OptionSite) => readPadding(opts, site) !== FALSE;

defineBifs(M, {
  ...encoder("encode16", { case: 179 }, (d, opts, site) => encode(d, B16, 4, 1, encoderOptions(opts, site))),
  // an odd length fails decode16!/2's guard, before its options are read
  ...decoders("decode16", { case: 305 }, 266, (s, opts, site) => decodeHex(s, s.length % 2 === 0 ? readCase(opts, site, ["upper", "lower", "mixed"]) : "upper")),
  ...encoder("encode32", { padding: 774, case: 776 }, (d, opts, site) => encode(d, B32, 5, 8, encoderOptions(opts, site))),
  ...decoders("decode32", { padding: 977, case: 979 }, 931, (s, opts, site) => {
    const padding = decodePadding(opts, site);
    const kase = readCase(opts, site, ["upper", "lower", "mixed"]);
    return decodeGroups(s, B32, 5, `decode32${kase}!`, kase, padding);
  }),
  ...encoder("hex_encode32", { padding: 817, case: 819 }, (d, opts, site) => encode(d, B32HEX, 5, 8, encoderOptions(opts, site))),
  ...decoders("hex_decode32", { padding: 1072, case: 1074 }, 1025, (s, opts, site) => {
    const padding = decodePadding(opts, site);
    const kase = readCase(opts, site, ["upper", "lower", "mixed"]);
    return decodeGroups(s, B32HEX, 5, `decode32hex${kase}!`, kase, padding);
  }),
  ...encoder("encode64", { padding: 394 }, (d, opts, site) => encode(d, B64, 6, 4, encoderOptions(opts, site))),
  ...decoders("decode64", { padding: 554, ignore: 555 }, 520, (s, opts, site) => {
    const padding = decodePadding(opts, site);
    return decodeGroups(withoutIgnored(s, readIgnore(opts, binFromBytes(s), site)), B64, 6, "decode64base!", "upper", padding);
  }),
  ...encoder("url_encode64", { padding: 416 }, (d, opts, site) => encode(d, B64URL, 6, 4, encoderOptions(opts, site))),
  ...decoders("url_decode64", { padding: 614, ignore: 615 }, 582, (s, opts, site) => {
    const padding = decodePadding(opts, site);
    return decodeGroups(withoutIgnored(s, readIgnore(opts, binFromBytes(s), site)), B64URL, 6, "decode64url!", "upper", padding);
  }),
});
