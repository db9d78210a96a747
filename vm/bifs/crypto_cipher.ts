// :crypto's symmetric ciphers (OTP 25's api_ng/aead): crypto_one_time/4,5, crypto_one_time_aead/6,7,
// crypto_init/3,4 + crypto_update/2 + crypto_final/1, cipher_info/1. The arguments are checked
// here with the NIF's errors ({:badarg, {'api_ng.c', line}, 'why'}); the cipher itself is the
// host's (Host.crypto.cipher: OpenSSL through node:crypto on the CLI, so the bytes are OTP's).
// Padding other than OpenSSL's own (pkcs) is done here: OTP's crypto does it in Erlang too.
import { Atom, Bin, Cons, NIL, Ref, Term, Tuple, atom, binFromBytes, list, tuple, charlist } from "../terms.ts";
import { codeFrame } from "../code_frame.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { iodataBytes, joinBytes } from "./util.ts";
import { ErlangError } from "../errors.ts";
import { mapFromEntries } from "../map.ts";
import { host, DIGESTS, listOfAtoms } from "./hashes.ts";
import { raiseCrypto, nifError, framed } from "./crypto_errors.ts";
import type { CipherStream } from "../node.ts";

const raise = raiseCrypto;

interface CipherSpec {
  /** the host's (OpenSSL's) name */
  name: string;
  key: number;
  iv: number;
  block: number;
  mode: string;
  /** OpenSSL's NID, or undefined as OTP reports for some */
  nid?: number;
  aead?: boolean;
  /** the default tag length of an AEAD cipher */
  tag?: number;
}

const CIPHERS: Record<string, CipherSpec> = {};
const AES_MODES: [string, string, number, string, number[] | undefined][] = [
  // OTP name suffix, OpenSSL suffix, iv, mode, NIDs for 128/192/256
  ["cbc", "cbc", 16, "cbc_mode", [419, 423, 427]],
  ["ecb", "ecb", 0, "ecb_mode", [418, 422, 426]],
  ["ctr", "ctr", 16, "ctr_mode", undefined],
  ["cfb128", "cfb", 16, "cfb_mode", [421, 425, 429]],
  ["cfb8", "cfb8", 16, "cfb_mode", [421, 425, 429]],
  ["ofb", "ofb", 16, "ofb_mode", [420, 424, 428]],
  ["gcm", "gcm", 12, "gcm_mode", [895, 898, 901]],
  ["ccm", "ccm", 12, "ccm_mode", [896, 899, 902]],
];
for (const [otp, ssl, iv, mode, nids] of AES_MODES) {
  [128, 192, 256].forEach((bits, i) => {
    const aead = otp === "gcm" || otp === "ccm";
    CIPHERS[`aes_${bits}_${otp}`] = {
      name: `aes-${bits}-${ssl}`, key: bits / 8, iv, block: otp === "cbc" || otp === "ecb" ? 16 : 1, mode,
      nid: nids?.[i], aead, tag: otp === "gcm" ? 16 : otp === "ccm" ? 12 : undefined,
    };
  });
}
// (OpenSSL 3 keeps single DES, Blowfish, RC2 and RC4 in its legacy provider, which the host lacks)
CIPHERS.des_ede3_cbc = { name: "des-ede3-cbc", key: 24, iv: 8, block: 8, mode: "cbc_mode", nid: 44 };
CIPHERS.des_ede3_cfb = { name: "des-ede3-cfb", key: 24, iv: 8, block: 1, mode: "cfb_mode", nid: 30 };
CIPHERS.chacha20 = { name: "chacha20", key: 32, iv: 16, block: 1, mode: "stream_cipher" };
CIPHERS.chacha20_poly1305 = { name: "chacha20-poly1305", key: 32, iv: 12, block: 1, mode: "stream_cipher", aead: true, tag: 16 };

/** OTP's key-length-generic names (aes_cbc ...): the cipher for the key's size */
const GENERIC = new Set(["aes_cbc", "aes_ecb", "aes_ctr", "aes_cfb128", "aes_cfb8", "aes_gcm", "aes_ccm"]);

function specOf(t: Term, key: Uint8Array | undefined, unknown: () => never): [string, CipherSpec] {
  if (!(t instanceof Atom)) return unknown();
  let name = t.name;
  if (GENERIC.has(name)) {
    const bits = key ? key.length * 8 : 128;
    name = name.replace("aes_", `aes_${[128, 192, 256].includes(bits) ? bits : 128}_`);
  }
  const spec = CIPHERS[name];
  return spec ? [name, spec] : unknown();
}

function binArg(t: Term): Uint8Array | undefined {
  return t instanceof Bin && t.tailBits === 0 ? t.bytes : undefined;
}

type Padding = "undefined" | "none" | "pkcs_padding" | "zero" | "random";

/** FlagOrOptions: true/false, or [encrypt: bool, padding: ...] */
function options(t: Term): { encrypt: boolean; padding: Padding } {
  if (t === atom("true") || t === atom("false")) return { encrypt: t === atom("true"), padding: "undefined" };
  const opts = { encrypt: true, padding: "undefined" as Padding };
  let l = t;
  while (l instanceof Cons) {
    const o = l.head;
    if (!(o instanceof Tuple) || o.items.length !== 2 || !(o.items[0] instanceof Atom)) nifError("api_ng.c", 120, "Options are not a boolean or a proper list");
    const [k, v] = (o as Tuple).items as [Atom, Term];
    if (k.name === "encrypt") {
      if (v !== atom("true") && v !== atom("false")) nifError("api_ng.c", 167, "Bad encrypt option");
      opts.encrypt = v === atom("true");
    } else if (k.name === "padding") {
      if (!(v instanceof Atom) || !["undefined", "none", "pkcs_padding", "zero", "random"].includes(v.name)) nifError("api_ng.c", 160, "Bad padding option");
      opts.padding = (v as Atom).name as Padding;
    } else {
      nifError("api_ng.c", 174, `Bad tag in option: ${k.name}`);
    }
    l = l.tail;
  }
  if (l !== NIL) nifError("api_ng.c", 120, "Options are not a boolean or a proper list");
  return opts;
}

function cipherHost(ctx: BifContext) {
  const c = host(ctx);
  // a host without ciphers (the browser: WebCrypto is asynchronous) cannot run them
  if (!c.cipher) raise(tuple(atom("notsup"), charlist("no symmetric ciphers on this host")));
  return c.cipher!;
}

/** a cipher context for the non-AEAD API, with OTP's argument checks */
function openStream(ctx: BifContext, c: Term, k: Term, iv: Term | null, flag: Term): { stream: CipherStream; spec: CipherSpec; padding: Padding; encrypt: boolean } {
  const key = binArg(k);
  const [, spec] = specOf(c, key, () => nifError("api_ng.c", 242, "Unknown cipher", 1));
  if (!key) nifError("api_ng.c", 228, "Bad key", 2);
  if (key!.length !== spec.key) nifError("api_ng.c", 244, "Bad key size", 2);
  if (spec.aead) nifError("api_ng.c", 250, "Missing arguments for this cipher", 1);
  let ivBytes: Uint8Array | null = null;
  if (iv === null) {
    if (spec.iv !== 0) nifError("api_ng.c", 250, "Missing arguments for this cipher");
  } else {
    ivBytes = binArg(iv) ?? nifError("api_ng.c", 300, "Bad iv type");
    if (spec.iv === 0) ivBytes = null; // ECB ignores an iv given anyway
    else if (ivBytes!.length !== spec.iv) nifError("api_ng.c", 310, "Bad iv size");
  }
  const { encrypt, padding } = options(flag);
  const stream = cipherHost(ctx)(spec.name, key!, ivBytes, { encrypt, autoPadding: padding === "pkcs_padding" && spec.block > 1 });
  return { stream, spec, padding, encrypt };
}

function dataArg(d: Term, argNum?: number): Uint8Array {
  return iodataBytes(d) ?? nifError("api_ng.c", 966, "expected binary as data", argNum);
}

/** the last, partial block: what each padding makes of it before OpenSSL's final step */
function padTail(ctx: BifContext, data: Uint8Array, spec: CipherSpec, padding: Padding, encrypt: boolean): Uint8Array {
  const rest = data.length % spec.block;
  if (spec.block === 1 || rest === 0 || padding === "pkcs_padding") return data;
  if (padding === "none") nifFailure("api_ng.c", 610, "Padding 'none' but unfilled last block");
  if (!encrypt || padding === "undefined") return data.subarray(0, data.length - rest);
  const fill = padding === "zero" ? new Uint8Array(spec.block - rest) : host(ctx).randomBytes(spec.block - rest);
  return joinBytes([data, fill]);
}

function finish(stream: CipherStream): Uint8Array {
  const out = stream.final();
  if (out === null) nifFailure("api_ng.c", 638, "Can't finalize");
  return out!;
}

function oneTime(ctx: BifContext, c: Term, k: Term, iv: Term | null, d: Term, flag: Term): Term {
  const { stream, spec, padding, encrypt } = openStream(ctx, c, k, iv, flag);
  const data = padTail(ctx, dataArg(d, iv === null ? 3 : 4), spec, padding, encrypt);
  return binFromBytes(joinBytes([stream.update(data), finish(stream)]));
}

/** an operation that failed (not a bad argument): {:error, {'file.c', line}, 'why'} */
function nifFailure(file: string, line: number, why: string): never {
  return raise(tuple(atom("error"), tuple(charlist(file), line), charlist(why)));
}

const badAead = (line: number, why: string): never => nifError("aead.c", line, why);

function aead(ctx: BifContext, c: Term, k: Term, iv: Term, text: Term, aad: Term, tagOrLen: Term | undefined, flag: Term): Term {
  const key = binArg(k);
  const [, spec] = specOf(c, key, () => raise(tuple(atom("badarg"), charlist("Not an AEAD cipher"))));
  if (!spec.aead) raise(tuple(atom("badarg"), charlist("Not an AEAD cipher")));
  if (flag !== atom("true") && flag !== atom("false")) badAead(54, "Bad enc flag");
  const encrypt = flag === atom("true");
  const data = iodataBytes(text) ?? badAead(67, "non-binary text");
  const aadBytes = iodataBytes(aad) ?? badAead(70, "non-binary AAD");
  if (!key || key.length !== spec.key) nifError("aead.c", 90, "Unknown cipher or invalid key size", 1);
  const ivBytes = binArg(iv) ?? badAead(73, "non-binary IV");
  if (ivBytes!.length === 0) badAead(111, "Bad IV length");
  let tagLength = spec.tag!;
  let tag: Uint8Array | undefined;
  if (encrypt) {
    if (tagOrLen !== undefined) {
      if (typeof tagOrLen !== "number") badAead(76, "Bad Tag length");
      tagLength = tagOrLen as number;
      if (tagLength > 16 || tagLength < 1) nifFailure("aead.c", 156, "Can't get Tag");
    }
  } else {
    tag = binArg(tagOrLen!) ?? badAead(81, "Bad Tag");
    tagLength = tag!.length;
  }
  const out = cipherHost(ctx)(spec.name, key!, ivBytes!, { encrypt, autoPadding: false, aad: aadBytes!, authTag: tag, authTagLength: tagLength, plaintextLength: data!.length });
  const body = out.update(data!);
  const last = out.final();
  if (last === null) return atom("error");
  const result = binFromBytes(joinBytes([body, last]));
  if (!encrypt) return result;
  // GCM's tag is the full 16 bytes cut to the length asked for, as OpenSSL's EVP_CTRL_GCM_GET_TAG
  return tuple(result, binFromBytes(out.authTag!().subarray(0, tagLength)));
}

// ---- crypto_init / crypto_update / crypto_final: a context held by a reference ---------------------

interface Ctx { stream: CipherStream; spec: CipherSpec; padding: Padding; encrypt: boolean; pending: Uint8Array }
const contexts = new WeakMap<Ref, Ctx>();

function ctxOf(t: Term): Ctx {
  const c = t instanceof Ref ? contexts.get(t) : undefined;
  return c ?? nifError("api_ng.c", 458, "Bad State", 1);
}

function init(ctx: BifContext, c: Term, k: Term, iv: Term | null, flag: Term): Term {
  const s = openStream(ctx, c, k, iv, flag);
  const ref = ctx.node.makeRef() as Ref;
  contexts.set(ref, { ...s, pending: new Uint8Array(0) });
  return ref;
}

function update(st: Term, d: Term): Term {
  const c = ctxOf(st);
  const data = dataArg(d, 2);
  if (c.spec.block === 1 || c.padding === "pkcs_padding" || c.padding === "undefined") return binFromBytes(c.stream.update(data));
  // zero/random/none padding is applied at the end: hold back the partial block
  const all = joinBytes([c.pending, data]);
  const whole = all.length - (all.length % c.spec.block);
  c.pending = all.slice(whole);
  return binFromBytes(c.stream.update(all.subarray(0, whole)));
}

function final(ctx: BifContext, st: Term): Term {
  const c = ctxOf(st);
  const tail = c.pending.length ? c.stream.update(padTail(ctx, c.pending, c.spec, c.padding, c.encrypt)) : new Uint8Array(0);
  c.pending = new Uint8Array(0);
  if (c.padding === "undefined" && c.spec.block > 1) return binFromBytes(joinBytes([tail, c.stream.final() ?? new Uint8Array(0)]));
  return binFromBytes(joinBytes([tail, finish(c.stream)]));
}

function info(c: Term): Term {
  const [, spec] = specOf(c, undefined, () => {
    const e = new ErlangError("error", atom("badarg"));
    e.callee = codeFrame("crypto", "cipher_info", 1, "crypto.erl", 831);
    throw e;
  });
  return mapFromEntries([
    [atom("block_size"), spec.block], [atom("iv_length"), spec.iv], [atom("key_length"), spec.key],
    [atom("mode"), atom(spec.mode)], [atom("prop_aead"), atom(spec.aead ? "true" : "false")],
    [atom("type"), spec.nid ?? atom("undefined")],
  ]);
}

/** crypto_one_time_aead/6 goes through /7 with the cipher's default tag length */
function defaultTagLength(c: Term): number {
  return (c instanceof Atom && (CIPHERS[c.name] ?? CIPHERS[c.name.replace("aes_", "aes_128_")])?.tag) || 16;
}

// (the lines are crypto.erl's, OTP 25.2: where each function calls its NIF)
defineBifs("crypto", {
  "crypto_one_time/4": (a, ctx) => framed("crypto_one_time", a, 951, () => oneTime(ctx, a[0], a[1], null, a[2], a[3])),
  "crypto_one_time/5": (a, ctx) => framed("crypto_one_time", a, 967, () => oneTime(ctx, a[0], a[1], a[2], a[3], a[4])),
  "crypto_one_time_aead/6": ([c, k, iv, text, aad, flag], ctx) =>
    framed("crypto_one_time_aead", [c, k, iv, text, aad, defaultTagLength(c), flag], 985, () => aead(ctx, c, k, iv, text, aad, undefined, flag)),
  "crypto_one_time_aead/7": (a, ctx) => framed("crypto_one_time_aead", a, a[6] === atom("false") ? 1009 : 985, () => aead(ctx, a[0], a[1], a[2], a[3], a[4], a[5], a[6])),
  "crypto_init/3": ([c, k, flag], ctx) => framed("crypto_init", [c, k, binFromBytes(new Uint8Array(0)), flag], 865, () => init(ctx, c, k, null, flag)),
  "crypto_init/4": (a, ctx) => framed("crypto_init", a, 876, () => init(ctx, a[0], a[1], a[2], a[3])),
  "crypto_update/2": (a) => framed("crypto_update", a, 903, () => update(a[0], a[1])),
  "crypto_final/1": (a, ctx) => framed("crypto_final", a, 924, () => final(ctx, a[0])),
  "cipher_info/1": ([c]) => info(c),
});

// ---- :crypto.supports/0,1: what this host can do, in OTP 25's order -----------------------------

// OTP 25's lists (with OpenSSL 3.0) in their order; a cipher, mac or key type is listed when the
// host implements it
const OTP_CIPHERS = [
  "chacha20", "aes_256_ofb", "aes_192_ofb", "aes_128_ofb", "blowfish_ecb", "blowfish_ofb64", "blowfish_cfb64", "blowfish_cbc",
  "des_ede3_cfb", "des_ecb", "des_cfb", "des_cbc", "rc4", "rc2_cbc", "aes_128_cbc", "aes_192_cbc", "aes_256_cbc", "aes_128_cfb128",
  "aes_192_cfb128", "aes_256_cfb128", "aes_128_cfb8", "aes_192_cfb8", "aes_256_cfb8", "aes_128_ecb", "aes_192_ecb", "aes_256_ecb",
  "chacha20_poly1305", "aes_256_gcm", "aes_256_ccm", "aes_192_gcm", "aes_192_ccm", "aes_128_gcm", "aes_128_ccm", "aes_256_ctr",
  "aes_192_ctr", "aes_128_ctr", "des_ede3_cbc", "aes_cbc", "aes_ccm", "aes_cfb128", "aes_cfb8", "aes_ctr", "aes_ecb", "aes_gcm",
];
const OTP_MACS = ["cmac", "hmac", "poly1305"];
const IMPLEMENTED_MACS = new Set(["hmac"]);

/** crypto.erl's function_clause for `fun(args)`, whose clauses begin at `line` */
function noClause(fun: string, args: Term[], line: number): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = codeFrame("crypto", fun, args, "crypto.erl", line);
  throw e;
}

function supported(type: string): Term | undefined {
  switch (type) {
    case "hashs": return listOfAtoms(Object.keys(DIGESTS));
    case "ciphers": return listOfAtoms(OTP_CIPHERS.filter((c) => CIPHERS[c] || GENERIC.has(c)));
    case "macs": return listOfAtoms(OTP_MACS.filter((m) => IMPLEMENTED_MACS.has(m)));
    // no public-key operations, curves or RSA options (sign/verify, generate_key are not implemented)
    case "public_keys": case "curves": case "rsa_opts": return NIL;
  }
  return undefined;
}

defineBifs("crypto", {
  "supports/0": () => list(["hashs", "ciphers", "public_keys", "macs", "curves", "rsa_opts"].map((t) => tuple(atom(t), supported(t)!))),
  "supports/1": ([t]) => (t instanceof Atom ? supported(t.name) : undefined) ?? noClause("supports", [t], 570),
});
