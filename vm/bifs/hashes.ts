// Checksums and digests: :erlang.crc32/adler32/md5 (computed here) and :crypto.hash/mac/
// strong_rand_bytes through the host (vm/ has no Node imports; Host.crypto is optional).
import { Atom, Bin, Term, Tuple, atom, binFromBytes, tuple, Cons, NIL as NIL_LIST } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { badargAt, iodataBytes } from "./util.ts";
import { raise } from "../errors.ts";
import { md5 } from "../md5.ts";
import { md4 } from "../md4.ts";
import { crc32, adler32, crc32Combine, adler32Combine } from "../checksums.ts";
import { combineArgs } from "./checksum_args.ts";

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
const DIGESTS: Record<string, string> = {
  blake2s: "blake2s256", blake2b: "blake2b512", sha3_512: "sha3-512", sha3_384: "sha3-384", sha3_256: "sha3-256",
  sha3_224: "sha3-224", sha512: "sha512", sha384: "sha384", sha256: "sha256", sha224: "sha224", sha: "sha1",
  ripemd160: "ripemd160", md5: "md5", md4: "md4",
};

function host(ctx: BifContext) {
  const c = ctx.node.host.crypto;
  // without the host's crypto the module is missing, as when OTP is built without OpenSSL
  if (!c) raise(tuple(atom("undef"), atom("crypto")));
  return c as NonNullable<import("../node.ts").Host["crypto"]>;
}

function digestName(t: Term): string {
  const name = t instanceof Atom ? DIGESTS[t.name] : undefined;
  if (name === undefined) badargAt(1, "Bad digest type");
  return name!;
}

function digest(ctx: BifContext, type: Term, data: Uint8Array): Term {
  if (digestName(type) === "md4") return binFromBytes(md4(data));
  const out = host(ctx).hash(digestName(type), data);
  if (!out) badargAt(1, "Bad digest type");
  return binFromBytes(out!);
}

const HASH_CTX = atom("beamlet_hash");

defineBifs("crypto", {
  "hash/2": ([type, d], ctx) => digest(ctx, type, iodata(d, 2)),
  "hash_init/1": ([type]) => (digestName(type), tuple(HASH_CTX, type, binFromBytes(new Uint8Array(0)))),
  "hash_update/2": ([st, d]) => {
    if (!(st instanceof Tuple) || st.items[0] !== HASH_CTX) badargAt(1, "Bad state");
    const [, type, acc] = (st as Tuple).items;
    return tuple(HASH_CTX, type, binFromBytes(concat((acc as Bin).bytes, iodata(d, 2))));
  },
  "hash_final/1": ([st], ctx) => {
    if (!(st instanceof Tuple) || st.items[0] !== HASH_CTX) badargAt(1, "Bad state");
    const [, type, acc] = (st as Tuple).items;
    return digest(ctx, type, (acc as Bin).bytes);
  },
  "mac/4": ([kind, type, key, d], ctx) => {
    if (kind !== atom("hmac")) badargAt(1, "Unknown mac algorithm");
    const out = host(ctx).hmac(digestName(type), iodata(key, 3), iodata(d, 4));
    if (!out) badargAt(2, "Bad digest type");
    return binFromBytes(out!);
  },
  "strong_rand_bytes/1": ([n], ctx) => {
    if (typeof n !== "number" || n < 0) badargAt(1, "not a non-negative integer");
    return binFromBytes(host(ctx).randomBytes(n as number));
  },
  "supports/1": ([t]) => (t === atom("hashs") ? listOfAtoms(Object.keys(DIGESTS)) : badargAt(1, "unknown type")),
});

function listOfAtoms(names: string[]): Term {
  let l: Term = NIL_LIST;
  for (let i = names.length - 1; i >= 0; i--) l = new Cons(atom(names[i]), l);
  return l;
}
