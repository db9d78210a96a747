// :erlang.term_to_binary / binary_to_term / external_size over vm/external_term.ts.
// term_to_binary/2's options: {:minor_version, N} (vm/external_term.ts), :compressed and
// {:compressed, Level} (zlib at that level, kept only when it saves 5 bytes or more, as erts does).
import { defineBifs } from "./registry.ts";
import { Atom, Bin, Cons, Fun, NIL, Term, Tuple, atom, bool, list, tuple, binFromBytes } from "../terms.ts";
import { TailCall } from "../calls.ts";
import { encodeExternal, encodeExternalSteps, decodeExternalSteps, type FunCodec } from "../external_term.ts";
import type { CodeServer } from "../code_server.ts";
import { funFromExternal, funMd5 } from "../fun_code.ts";
import { isSmallTerm, runJob } from "./bif_jobs.ts";
import { badargAt } from "./util.ts";
import { badargAtEach } from "../errors.ts";
import { chargeWork } from "./work.ts";
import type { BifContext } from "./registry.ts";
import type { Node } from "../node.ts";

/** local funs through the node's code (vm/fun_code.ts): written with the md5 of their code, read
 *  back as funs of the loaded version with that md5, or as funs that fail when called; pids and
 *  references written as of the node's name and creation */
function funCodec(ctx: BifContext): FunCodec {
  const code = ctx.node.code as CodeServer;
  return {
    md5Of: (fun) => funMd5(code, fun),
    funOf: (module, md5, index, uniq, arity, env, creator) => funFromExternal(code, module, md5, index, uniq, arity, env, creator),
    self: (ctx.node as Node).name,
    creation: (ctx.node as Node).creation,
  };
}

/** the encoding, charged one reduction per 16 bytes made (a loop of big encodings ends slices) */
function toBinary(t: Term, ctx: BifContext): Term {
  const b = encodeExternal(t, 1, funCodec(ctx));
  if (b.length >= 64) chargeWork(ctx, b.length >> 4);
  return binFromBytes(b);
}

function* toBinaryJob(t: Term, funs: FunCodec): Generator<number, Term, void> {
  return binFromBytes(yield* encodeExternalSteps(t, 1, funs));
}

/** external_size: the encoding's size, a huge term's in chunks as term_to_binary's */
function externalSize(ctx: BifContext, t: Term, args: Term[], minor = 1): Term | TailCall {
  if (isSmallTerm(t)) {
    const n = encodeExternal(t, minor, funCodec(ctx), true).length;
    if (n >= 64) chargeWork(ctx, n >> 4);
    return n;
  }
  const funs = funCodec(ctx);
  return runJob(ctx, "external_size", ["erlang", "external_size", args], (function* () {
    return (yield* encodeExternalSteps(t, minor, funs, true)).length;
  })());
}

/** external_size/2's options on OTP 25: {minor_version, 0 | 1} only (the last one counts) */
function sizeMinorVersion(opts: Term): number {
  let minor = 1;
  let l: Term = opts;
  for (; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (!(o instanceof Tuple) || o.items.length !== 2 || o.items[0] !== atom("minor_version") || (o.items[1] !== 0 && o.items[1] !== 1)) {
      badargAt(2, "invalid option in list");
    }
    minor = o.items[1] as number;
  }
  if (l !== NIL) badargAt(2, "not a list");
  return minor;
}

/** binary_to_term/2's options (:safe, :used) or its badarg, the binary's own said with it */
function decodeFlags(b: Term, opts: Term): DecodeFlags {
  const bad: { arg: number; why: string }[] = [];
  if (!(b instanceof Bin) || b.tailBits !== 0) bad.push({ arg: 1, why: "not a binary" });
  const flags = { safe: false, used: false };
  let l: Term = opts;
  for (; l instanceof Cons; l = l.tail) {
    if (l.head === atom("safe")) flags.safe = true;
    else if (l.head === atom("used")) flags.used = true;
    else break;
  }
  if (l !== NIL) bad.push({ arg: 2, why: !(opts instanceof Cons || opts === NIL) ? "not a list" : l instanceof Cons ? "invalid option in list" : "not a proper list" });
  if (bad.length > 0) badargAtEach(bad);
  return flags;
}

export interface DecodeFlags { safe: boolean; used: boolean }

/**
 * binary_to_term (args: its arguments) of `bytes` (<<131, ...>>, a compressed term's inflated):
 * a job (a huge binary is decoded in chunks that let others run). `used`: the bytes a compressed
 * term took, where the decoder's count would be of its inflated body.
 */
export function termOfExternal(ctx: BifContext, bytes: Uint8Array, args: Term[], flags: DecodeFlags, used?: number): Term | TailCall {
  const funs = funCodec(ctx);
  return runJob(ctx, "binary_to_term", ["erlang", "binary_to_term", args], (function* () {
    const d = yield* decodeExternalSteps(bytes, { safe: flags.safe, funs });
    if (d === "bad") return badargAt(1, "invalid external representation of a term");
    if (d === "unsafe") return badargAt(1, "invalid or unsafe external representation of a term");
    return flags.used ? tuple(d.term, used ?? d.used) : d.term;
  })());
}

function fromBinary(ctx: BifContext, args: Term[]): Term | TailCall {
  const [b, opts] = args;
  const flags = opts === undefined ? (b instanceof Bin && b.tailBits === 0 ? { safe: false, used: false } : badargAt(1, "not a binary")) : decodeFlags(b, opts);
  const bytes = (b as Bin).bytes;
  // a compressed term (<<131, 80, Size:32, Zlib>>): zlib's BIFs inflate it (loaded on first use)
  if (bytes[0] === 131 && bytes[1] === 80) return new TailCall(atom("beamlet_zlib"), [b, list(args), tuple(bool(flags.safe), bool(flags.used))], atom("decompress_external"));
  return termOfExternal(ctx, bytes, args, flags);
}

defineBifs("erlang", {
  // (a job: a huge term is encoded in chunks that let others run, charged as toBinary charges)
  "term_to_binary/1": ([t], ctx) => isSmallTerm(t) ? toBinary(t, ctx) : runJob(ctx, "term_to_binary", ["erlang", "term_to_binary", [t]], toBinaryJob(t, funCodec(ctx))),
  "term_to_binary/2": ([t, opts], ctx) => {
    if (!(opts instanceof Cons || opts === NIL)) badargAt(2, "not a list");
    let minor = 1;
    let level = 0;
    for (let l: Term = opts; l !== NIL; l = (l as Cons).tail) {
      if (!(l instanceof Cons) || !validEncodeOption(l.head)) badargAt(2, "invalid option in list");
      const o = (l as Cons).head;
      if (o === atom("compressed")) level = 6;
      else if (o instanceof Tuple && o.items[0] === atom("compressed")) level = o.items[1] as number;
      else if (o instanceof Tuple && o.items[0] === atom("minor_version")) minor = o.items[1] as number;
    }
    const compressed = (plain: Term) => level === 0 ? plain : new TailCall(atom("beamlet_zlib"), [plain, level], atom("compress_external"));
    const funs = funCodec(ctx);
    if (isSmallTerm(t)) return compressed(binFromBytes(encodeExternal(t, minor, funs)));
    return runJob(ctx, "term_to_binary", ["erlang", "term_to_binary", [t, opts]], (function* () {
      return compressed(binFromBytes(yield* encodeExternalSteps(t, minor, funs)));
    })());
  },
  "term_to_iovec/1": ([t], ctx) => list([toBinary(t, ctx)]),
  "binary_to_term/1": (args, ctx) => fromBinary(ctx, args),
  "binary_to_term/2": (args, ctx) => fromBinary(ctx, args),
  "external_size/1": ([t], ctx) => externalSize(ctx, t, [t]),
  "external_size/2": ([t, opts], ctx) => externalSize(ctx, t, [t, opts], sizeMinorVersion(opts)),
});

/** term_to_binary/2's options on OTP 25: compressed, {compressed, 0..9}, {minor_version, 0..2}, deterministic */
function validEncodeOption(o: Term): boolean {
  if (o instanceof Atom) return o.name === "compressed" || o.name === "deterministic";
  if (!(o instanceof Tuple) || o.items.length !== 2 || !(o.items[0] instanceof Atom) || typeof o.items[1] !== "number") return false;
  const [k, v] = [o.items[0].name, o.items[1]];
  return (k === "compressed" && v >= 0 && v <= 9) || (k === "minor_version" && v >= 0 && v <= 2);
}
