// :rand.jump/0,1 as OTP 25: the state after a large, algorithm-defined number of steps (2^64 for
// the Xorshift116 family, 2^512 for exs1024, 2^64 for exrop), computed with each generator's
// jump polynomial: for every set bit, xor the current state into an accumulator, then step.
// exs64 has none (error not_implemented, as OTP).
import { NIL, Term, Tuple, int, tuple } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { ErlangError } from "../errors.ts";
import { atom } from "../terms.ts";
import { algOf, mkState, seedGet, seedPut, pair, improper, bigs, ints, exro928Ring, exro928Step, exro928Seed } from "./rand.ts";

const mask = (bits: number, x: bigint): bigint => x & ((1n << BigInt(bits)) - 1n);

// the jump polynomials (Vigna's, as OTP splits them into 58-bit words, lowest first)
const XORSHIFT116_JUMP = [0x02f8ea6bc32c797n, 0x345d2a0f85f788cn];
const EXS1024_JUMP = [
  0x00242f96eca9c41dn, 0x0196e1ddbe5a1561n, 0x0239f070b5837a3cn, 0x03f393cc68796cd2n, 0x0248316f404489afn,
  0x039a30088bffbac2n, 0x02fea70dc2d9891fn, 0x032ae0d9644caec4n, 0x0313aac17d8efa43n, 0x02f132e055642626n,
  0x01ee975283d71c93n, 0x00552321b06f5501n, 0x00c41d10a1e6a569n, 0x019158ecf8aa1e44n, 0x004e9fc949d0b5fcn,
  0x0363da172811fddan, 0x030e38c3b99181f2n, 0x0000000a118038fcn,
];
const EXROP_JUMP = 0x9863200f83fcd4a11293241fcb12an;

/** the bits of the polynomial, lowest first: 58 per word, `total` in all */
function* bits(words: bigint[], total: number): Generator<boolean> {
  let n = 0;
  for (const w of words) {
    for (let b = 0; b < 58 && n < total; b++, n++) yield ((w >> BigInt(b)) & 1n) === 1n;
  }
}

/** Xorshift116 (exsss, exsp, exsplus): the state is [s1 | s0], stepped as exsp_next does */
function xorshift116Jump(s: Term): Term {
  let [s1, s0] = pair(s);
  let a1 = 0n, a0 = 0n;
  for (const bit of bits(XORSHIFT116_JUMP, 116)) {
    if (bit) { a1 ^= s1; a0 ^= s0; }
    const s01 = mask(58, s0);
    const b = mask(58, s1) ^ (mask(34, s1) << 24n);
    [s1, s0] = [s01, b ^ s01 ^ (b >> 11n) ^ (s01 >> 41n)];
  }
  return improper(a1, a0);
}

/** Xoroshiro116+ (exrop): the state is [s0 | s1] */
function exropJump(s: Term): Term {
  let [s0, s1] = pair(s);
  let a0 = 0n, a1 = 0n;
  const rotl = (x: bigint, n: bigint) => (mask(58 - Number(n), x) << n) | (x >> (58n - n));
  for (let j = EXROP_JUMP; j !== 0n; j >>= 1n) {
    if ((j & 1n) === 1n) { a0 ^= s0; a1 ^= s1; }
    const x = s1 ^ s0;
    [s0, s1] = [rotl(s0, 24n) ^ x ^ (mask(56, x) << 2n), rotl(x, 35n)];
  }
  return improper(a0, a1);
}

/** Xorshift1024* (exs1024, exs1024s): the state {L, RL} is a ring of 16 words, RL reversed */
function exs1024Jump(s: Term): Term {
  if (!(s instanceof Tuple) || s.items.length !== 2) return notImplemented();
  const [lt, rlt] = s.items;
  let l = bigs(lt), rl = bigs(rlt);
  const p = rl.length;
  const acc = new Array<bigint>(16).fill(0n);
  for (const bit of bits(EXS1024_JUMP, 1024)) {
    if (l.length === 1) { l = [l[0], ...rl.reverse()]; rl = []; }
    if (bit) {
      const ring = [...l, ...[...rl].reverse()];
      for (let k = 0; k < 16; k++) acc[k] ^= ring[k];
    }
    const [s0, s1, ...rest] = l;
    const s11 = s1 ^ (mask(33, s1) << 31n);
    const s12 = s11 ^ (s11 >> 11n);
    const ns1 = s0 ^ (s0 >> 30n) ^ s12;
    l = [ns1, ...rest];
    rl = [s0, ...rl];
  }
  return tuple(ints(acc.slice(0, 16 - p)), ints(acc.slice(16 - p).reverse()));
}

// Xoroshiro928 (exro928ss): OTP's polyjump, each constant word's top set bit an end marker
const EXRO928_JUMP_2POW512 = [
  290573448171827402n, 382251779910418577n, 423857156240780192n, 317638803078791815n,
  312577798172065765n, 305801842905235492n, 450887821400921554n, 490154825290594607n,
  507224882549817556n, 305131922350994371n, 524004876356613068n, 399286492428034246n,
  556129459533271918n, 302163523288674092n, 295571835370094372n, 487547435355635071n,
];
const EXRO928_JUMP_2POW20 = [
  412473694820566502n, 432883605991317039n, 525373508288112196n, 403915169708599875n,
  319067783491633768n, 301226760020322060n, 311627678308842608n, 376040681981803602n,
  339701046172540810n, 406476937554306621n, 319178240279900411n, 538961455727032748n,
  343829982822907227n, 562090186051299616n, 294421712295949406n, 517056752316592047n,
];

function polyjump(s: Term, consts: bigint[]): Term {
  const [l0, rl0] = exro928Ring(s);
  const acc = new Array<bigint>(l0.length + rl0.length).fill(0n);
  for (let j of consts) {
    for (; j !== 1n; j >>= 1n) {
      if ((j & 1n) === 1n) {
        const [l, rl] = exro928Ring(s);
        const ring = [...l, ...rl.reverse()];
        for (let k = 0; k < acc.length; k++) acc[k] ^= ring[k];
      }
      s = exro928Step(s)[0];
    }
  }
  return tuple(ints(acc), NIL);
}

function notImplemented(): never {
  throw new ErlangError("error", atom("not_implemented"));
}

function jump(state: Term): Term {
  const [alg, s] = algOf(state, "jump", [state], 633);
  switch (alg.type) {
    case "exsss": case "exsp": case "exsplus": return mkState(alg, xorshift116Jump(s));
    case "exrop": return mkState(alg, exropJump(s));
    case "exs1024": case "exs1024s": return mkState(alg, exs1024Jump(s));
    case "exro928ss": return mkState(alg, polyjump(s, EXRO928_JUMP_2POW512));
    default: return notImplemented();
  }
}

defineBifs("rand", {
  "jump/0": (_, ctx: BifContext) => seedPut(ctx, jump(seedGet(ctx))),
  "jump/1": ([s]) => jump(s),
  "exro928_jump_2pow512/1": ([s]) => polyjump(s, EXRO928_JUMP_2POW512),
  "exro928_jump_2pow20/1": ([s]) => polyjump(s, EXRO928_JUMP_2POW20),
  "exro928_seed/1": ([s]) => exro928Seed(s),
  "exro928_next/1": ([s]) => { const [n, s15, s0] = exro928Step(s); return tuple(tuple(int(s15), int(s0)), n); },
  "exro928_next_state/1": ([s]) => exro928Step(s)[0],
});
