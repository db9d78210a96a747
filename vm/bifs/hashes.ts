// Checksums and digests: :erlang.crc32/adler32/md5 (computed here) and :crypto.hash/mac/
// strong_rand_bytes through the host (vm/ has no Node imports; Host.crypto is optional).
import { Atom, Bin, Term, Tuple, atom, binFromBytes, tuple, list, Cons, NIL as NIL_LIST, charlist } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { badargAt, iodataBytes } from "./util.ts";
import { raise, badarg, ErlangError, BADARG } from "../errors.ts";
import { mapFromEntries } from "../map.ts";
import { TailCall } from "../calls.ts";
import { md5 } from "../md5.ts";
import { md4 } from "../md4.ts";
import { crc32, adler32, crc32Combine, adler32Combine } from "../checksums.ts";
import { combineArgs } from "./checksum_args.ts";
import { nifError, framed, cryptoFrame, erlangBifFails } from "./crypto_errors.ts";

function iodata(t: Term, arg = 1): Uint8Array {
  const b = iodataBytes(t);
  if (!b) badargAt(arg, "not an iodata term");
  return b!;
}

function checksum(t: Term, arg: number): number {
  if (typeof t !== "number" || t < 0 || t > 0xffffffff) badargAt(arg, "not a valid checksum");
  return t as number;
}

// :erlang.md5_init/update/final keep the bytes seen so far (the context is opaque to programs)
const MD5_CTX = atom("beamlet_md5");

defineBifs("erlang", {
  "crc32/1": ([d]) => crc32(iodata(d)),
  "crc32/2": ([c, d]) => crc32(iodata(d, 2), checksum(c, 1)),
  "adler32/1": ([d]) => adler32(iodata(d)),
  "adler32/2": ([c, d]) => adler32(iodata(d, 2), checksum(c, 1)),
  "crc32_combine/3": ([a, b, n]) => crc32Combine(...combineArgs(a, b, n)),
  "adler32_combine/3": ([a, b, n]) => adler32Combine(...combineArgs(a, b, n)),
  "md5/1": ([d]) => binFromBytes(md5(iodata(d))),
  "md5_init/0": () => tuple(MD5_CTX, binFromBytes(new Uint8Array(0))),
  "md5_update/2": ([ctx, d]) => tuple(MD5_CTX, binFromBytes(concat(md5Bytes(ctx), iodata(d, 2)))),
  "md5_final/1": ([ctx]) => binFromBytes(md5(md5Bytes(ctx))),
});

function md5Bytes(ctx: Term): Uint8Array {
  if (!(ctx instanceof Tuple) || ctx.items[0] !== MD5_CTX || !(ctx.items[1] instanceof Bin)) badargAt(1, "not a valid context");
  return ((ctx as Tuple).items[1] as Bin).bytes;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

// ---- :crypto -------------------------------------------------------------------------------------

// in the order OTP 25's :crypto.supports(:hashs) lists them (md4 is computed here, see vm/md4.ts)
export const DIGESTS: Record<string, string> = {
  blake2s: "blake2s256", blake2b: "blake2b512", sha3_512: "sha3-512", sha3_384: "sha3-384", sha3_256: "sha3-256",
  sha3_224: "sha3-224", sha512: "sha512", sha384: "sha384", sha256: "sha256", sha224: "sha224", sha: "sha1",
  ripemd160: "ripemd160", md5: "md5", md4: "md4",
};

export function host(ctx: BifContext) {
  const c = ctx.node.host.crypto;
  // without the host's crypto the module is missing, as when OTP is built without OpenSSL
  if (!c) raise(tuple(atom("undef"), atom("crypto")));
  return c as NonNullable<import("../node.ts").Host["crypto"]>;
}


/** the digest's host name; `where` is the NIF's error site for an unknown one */
function digestName(t: Term, where: [string, number] = ["hash.c", 108], why = "Bad digest type", argNum = 1): string {
  const name = t instanceof Atom ? DIGESTS[t.name] : undefined;
  if (name === undefined) nifError(where[0], where[1], why, argNum);
  return name!;
}

function digest(ctx: BifContext, type: Term, data: Uint8Array): Term {
  if (digestName(type) === "md4") return binFromBytes(md4(data));
  const out = host(ctx).hash(digestName(type), data);
  if (!out) nifError("hash.c", 108, "Bad digest type", 1);
  return binFromBytes(out!);
}

/** HMAC through the host (md4 has none there: the host refuses it as OpenSSL 3 does) */
function hmac(ctx: BifContext, type: Term, key: Uint8Array, data: Uint8Array, where: [string, number]): Uint8Array {
  const argNum = where[0] === "pbkdf2_hmac.c" ? 1 : 2;
  const out = host(ctx).hmac(digestName(type, where, "Bad digest algorithm for HMAC", argNum), key, data);
  if (!out) nifError(where[0], where[1], "Bad digest algorithm for HMAC", argNum);
  return out!;
}

/** crypto:hash_info/1: OpenSSL's NID, digest size and block size */
const HASH_INFO: Record<string, [number, number, number]> = {
  sha: [64, 20, 64], sha224: [675, 28, 64], sha256: [672, 32, 64], sha384: [673, 48, 128], sha512: [674, 64, 128],
  sha3_224: [1096, 28, 144], sha3_256: [1097, 32, 136], sha3_384: [1098, 48, 104], sha3_512: [1099, 64, 72],
  blake2b: [1056, 64, 128], blake2s: [1057, 32, 64], md5: [4, 16, 64], md4: [257, 16, 64], ripemd160: [117, 20, 64],
};

/** a non-negative integer from an integer or a big-endian unsigned binary (crypto's mpint forms) */
function bytesInt(t: Term): bigint {
  if (typeof t === "number" && Number.isInteger(t) && t >= 0) return BigInt(t);
  if (typeof t === "bigint" && t >= 0n) return t;
  // a negative integer is its two's complement bytes read unsigned (crypto's int_to_bin)
  if ((typeof t === "number" && Number.isInteger(t)) || typeof t === "bigint") {
    let x = BigInt(t), v = 0n, shift = 0n, msb = 0;
    do { msb = Number(x & 255n); v |= BigInt(msb) << shift; shift += 8n; x >>= 8n; } while (!(x === -1n && msb >= 0x80));
    return v;
  }
  if (t instanceof Bin && t.tailBits === 0) {
    let v = 0n;
    for (const b of t.bytes) v = (v << 8n) | BigInt(b);
    return v;
  }
  return badarg();
}

function intBytes(v: bigint): Uint8Array {
  const out: number[] = [];
  while (v > 0n) { out.unshift(Number(v & 255n)); v >>= 8n; }
  return Uint8Array.from(out);
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n % mod;
  base %= mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  return result;
}

/** PBKDF2 (RFC 8018) over the host's HMAC */
function pbkdf2(ctx: BifContext, type: Term, pass: Uint8Array, salt: Uint8Array, iter: number, keyLen: number): Uint8Array {
  const out = new Uint8Array(keyLen);
  const where: [string, number] = ["pbkdf2_hmac.c", 34];
  for (let block = 1, at = 0; at < keyLen; block++) {
    const first = new Uint8Array(salt.length + 4);
    first.set(salt);
    new DataView(first.buffer).setUint32(salt.length, block);
    let u = hmac(ctx, type, pass, first, where);
    const t = u.slice();
    for (let i = 1; i < iter; i++) {
      u = hmac(ctx, type, pass, u, where);
      for (let j = 0; j < t.length; j++) t[j] ^= u[j];
    }
    out.set(t.subarray(0, Math.min(t.length, keyLen - at)), at);
    at += t.length;
  }
  return out;
}

const MAC_CTX = atom("beamlet_mac");

const HASH_CTX = atom("beamlet_hash");

defineBifs("crypto", {
  // (crypto.erl makes the data a binary first: bad data fails in iolist_to_binary/1 under hash/2)
  "hash/2": ([type, d], ctx) => {
    const data = cryptoIodata(d, "hash", 2, 639);
    return framed("hash", [type, d], 2181, () => digest(ctx, type, data));
  },
  "hash_init/1": ([type]) => framed("hash_init", [type], 648, () => (digestName(type, ["hash.c", 142]), tuple(HASH_CTX, type, binFromBytes(new Uint8Array(0))))),
  "hash_update/2": ([st, d]) => {
    const more = cryptoIodata(d, "hash_update", 2, 654);
    return framed("hash_update", [st, d], 2188, () => {
      if (!(st instanceof Tuple) || st.items[0] !== HASH_CTX) nifError("hash.c", 171, "Bad state", 1);
      const [, type, acc] = (st as Tuple).items;
      return tuple(HASH_CTX, type, binFromBytes(concat((acc as Bin).bytes, more)));
    });
  },
  "hash_final/1": ([st], ctx) =>
    framed("hash_final", [st], 661, () => {
      if (!(st instanceof Tuple) || st.items[0] !== HASH_CTX) nifError("hash.c", 205, "Bad state", 1);
      const [, type, acc] = (st as Tuple).items;
      return digest(ctx, type, (acc as Bin).bytes);
    }),
  "mac/4": ([kind, type, key, d], ctx) => macOf(ctx, kind, type, key, d),
  // (the mac is cut with binary_part/3, whose failure stands under macN/5)
  "macN/5": ([kind, type, key, d, n], ctx) => truncated(macOf(ctx, kind, type, key, d, [cryptoFrame("macN", 5, 721)]), n, cryptoFrame("macN", 5, 721)),
  // streaming HMAC: the state keeps the digest, the key and the bytes so far (opaque to programs)
  "mac_init/3": ([kind, type, key]) => {
    const k = cryptoIodata(key, "mac_init", 3, 742);
    return framed("mac_init", [kind, type, key], 743, () => {
      if (kind !== atom("hmac")) nifError("mac.c", 587, "Unknown mac algorithm", 1);
      digestName(type, ["mac.c", 617], "Bad digest algorithm for HMAC", 2);
      return tuple(MAC_CTX, type, binFromBytes(k), binFromBytes(new Uint8Array(0)));
    });
  },
  "mac_update/2": ([st, d]) =>
    framed("mac_update", [st, d], 751, () => {
      const more = iodataBytes(d) ?? nifError("mac.c", 794, "Bad text", 2);
      const [, type, key, acc] = macState(st);
      return tuple(MAC_CTX, type, key, binFromBytes(concat((acc as Bin).bytes, more)));
    }),
  "mac_final/1": ([st], ctx) => macFinal(ctx, st),
  "mac_finalN/2": ([st, n], ctx) => {
    const below = cryptoFrame("mac_finalN", 2, 767);
    return truncated(macFinal(ctx, st, [below]), n, below);
  },
  "hash_equals/2": ([a, b]) => {
    if (!(a instanceof Bin) || !(b instanceof Bin) || a.size !== b.size || a.tailBits !== 0 || b.tailBits !== 0) return badarg();
    let diff = 0;
    for (let i = 0; i < a.size; i++) diff |= a.byteAt(i) ^ b.byteAt(i);
    return diff === 0 ? atom("true") : atom("false");
  },
  "exor/2": ([a, b]) => {
    // (each side goes through iolist_to_binary/1 first)
    const x = cryptoIodata(a, "exor", 2, 1773);
    const y = cryptoIodata(b, "exor", 2, 1773);
    if (x.length !== y.length) {
      // (the NIF's plain badarg, under its Erlang name)
      const e = new ErlangError("error", BADARG);
      e.callee = tuple(atom("crypto"), atom("do_exor"), list([binFromBytes(x), binFromBytes(y)]), NIL_LIST);
      throw e;
    }
    return binFromBytes(x.map((v, i) => v ^ y[i]));
  },
  "mod_pow/3": ([n, p, m]) => {
    const mod = bytesInt(m);
    if (mod === 0n) return badarg();
    return binFromBytes(intBytes(modPow(bytesInt(n), bytesInt(p), mod)));
  },
  "bytes_to_integer/1": ([b]) => {
    if (!(b instanceof Bin)) return badarg();
    const v = bytesInt(b);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  },
  "pbkdf2_hmac/5": ([type, pass, salt, iter, keyLen], ctx) =>
    framed("pbkdf2_hmac", [type, pass, salt, iter, keyLen], 614, () => {
      digestName(type, ["pbkdf2_hmac.c", 34], "Bad digest type", 1);
      if (!(pass instanceof Bin)) nifError("pbkdf2_hmac.c", 41, "Not binary", 2);
      if (!(salt instanceof Bin)) nifError("pbkdf2_hmac.c", 44, "Not binary", 3);
      if (typeof iter !== "number" || iter < 1) nifError("pbkdf2_hmac.c", 49, "Must be > 0", 4);
      if (typeof keyLen !== "number" || keyLen < 1) nifError("pbkdf2_hmac.c", 54, "Must be > 0", 5);
      return binFromBytes(pbkdf2(ctx, type, (pass as Bin).bytes, (salt as Bin).bytes, iter as number, keyLen as number));
    }),
  "hash_info/1": ([t]) => {
    const info = t instanceof Atom ? HASH_INFO[t.name] : undefined;
    if (info === undefined) {
      // (the NIF's plain badarg: its frame has no error_info)
      const e = new ErlangError("error", BADARG);
      e.callee = tuple(atom("crypto"), atom("hash_info"), list([t]), NIL_LIST);
      throw e;
    }
    return mapFromEntries([[atom("type"), info![0]], [atom("size"), info![1]], [atom("block_size"), info![2]]]);
  },
  // a random integer Lo =< N < Hi from strong random bytes
  "rand_uniform/2": ([lo, hi], ctx) => {
    if ((typeof lo !== "number" && typeof lo !== "bigint") || (typeof hi !== "number" && typeof hi !== "bigint") || BigInt(hi) <= BigInt(lo)) return badarg();
    const range = BigInt(hi) - BigInt(lo);
    const bytes = host(ctx).randomBytes(intBytes(range).length + 8);
    let r = 0n;
    for (const b of bytes) r = (r << 8n) | BigInt(b);
    const v = BigInt(lo) + (r % range);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  },
  "version/0": () => charlist("5.1.2"),
  "start/0": () => new TailCall(atom("application"), [atom("crypto")], atom("start")),
  "stop/0": () => new TailCall(atom("application"), [atom("crypto")], atom("stop")),
  "strong_rand_bytes/1": ([n], ctx) => {
    // (crypto.erl's strong_rand_bytes/1 calls the NIF, which fails with a plain badarg)
    if (typeof n !== "number" || n < 0) {
      const e = new ErlangError("error", BADARG);
      e.callee = tuple(atom("crypto"), atom("strong_rand_bytes_nif"), list([n]), NIL_LIST);
      e.calleeBelow = [cryptoFrame("strong_rand_bytes", 1, 1140)];
      throw e;
    }
    return binFromBytes(host(ctx).randomBytes(n as number));
  },
});

/** crypto.erl's iolist_to_binary/1 of an argument, failing under the function's frame (its line) */
function cryptoIodata(t: Term, fn: string, arity: number, line: number): Uint8Array {
  return iodataBytes(t) ?? erlangBifFails("iolist_to_binary", [t], 1, "not an iodata term", [cryptoFrame(fn, arity, line)]);
}

/** crypto:mac/4: the key made a binary (crypto.erl:698), then the NIF: the text, the kind, the digest */
function macOf(ctx: BifContext, kind: Term, type: Term, key: Term, d: Term, below: Term[] = []): Term {
  const k = cryptoIodata(key, "mac", 4, 698);
  return withBelow(below, () =>
    framed("mac", [kind, type, key, d], 699, () => {
      const data = iodataBytes(d) ?? nifError("mac.c", 175, "Bad text", 4);
      if (kind !== atom("hmac")) nifError("mac.c", 233, "Unknown mac algorithm", 1);
      return binFromBytes(hmac(ctx, type, k, data, ["mac.c", 263]));
    }),
  );
}

function macFinal(ctx: BifContext, st: Term, below: Term[] = []): Term {
  return withBelow(below, () =>
    framed("mac_final", [st], 759, () => {
      if (!(st instanceof Tuple) || st.items[0] !== MAC_CTX) nifError("mac.c", 847, "Bad ref", 1);
      const [, type, key, acc] = (st as Tuple).items;
      return binFromBytes(hmac(ctx, type, (key as Bin).bytes, (acc as Bin).bytes, ["mac.c", 617]));
    }),
  );
}

/** a failure of the crypto.erl function f calls, under the frames of its callers there (macN/5) */
function withBelow(below: Term[], f: () => Term): Term {
  try {
    return f();
  } catch (e) {
    if (e instanceof ErlangError && below.length > 0 && e.calleeBelow === undefined) e.calleeBelow = below;
    throw e;
  }
}

function macState(st: Term): Term[] {
  if (!(st instanceof Tuple) || st.items[0] !== MAC_CTX) nifError("mac.c", 817, "Bad ref", 1);
  return (st as Tuple).items;
}

/** the first n bytes: erlang:binary_part/3 of the mac, failing under the calling frame */
function truncated(mac: Term, n: Term, below: Tuple): Term {
  const b = mac as Bin;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > b.size) {
    return erlangBifFails("binary_part", [mac, 0, n], 3, typeof n === "number" && Number.isInteger(n) ? "out of range" : "not an integer", [below]);
  }
  return binFromBytes(b.bytes.slice(0, n as number));
}

export function listOfAtoms(names: string[]): Term {
  let l: Term = NIL_LIST;
  for (let i = names.length - 1; i >= 0; i--) l = new Cons(atom(names[i]), l);
  return l;
}
