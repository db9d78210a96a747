// Character tests for PCRE classes: \d \w \s \h \v, POSIX [:name:], Unicode \p{..}, and case
// folding. Without UCP the type escapes use the character tables Erlang builds PCRE with
// (ISO-8859-1: bytes 0xC0-0xFF are letters with case pairs); with UCP (Elixir's `u`) they follow
// Unicode properties as PCRE 8.44 defines them.
import type { CharTest } from "./ast.ts";
import { decodeRanges, inRanges } from "../../lang/code_point_ranges.ts";

const isAsciiAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Latin-1 letters above ASCII: ª µ º À-Ö Ø-ö ø-ÿ */
const isLatinAlpha = (c: number) => c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
const isLatinUpper = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLatinLower = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xdf && c <= 0xff && c !== 0xf7);

export const isDigitA: CharTest = (c) => c >= 0x30 && c <= 0x39;
export const isWordA: CharTest = (c) => (c >= 0x30 && c <= 0x39) || isAsciiAlpha(c) || c === 0x5f || isLatinAlpha(c);
export const isSpaceA: CharTest = (c) => (c >= 0x09 && c <= 0x0d) || c === 0x20;

const propCache = new Map<string, RegExp>();
function prop(expr: string): RegExp {
  let r = propCache.get(expr);
  if (!r) {
    r = new RegExp("^" + expr + "$", "u");
    propCache.set(expr, r);
  }
  return r;
}
// Code points the host's Unicode assigns but OTP 25's PCRE tables do not (they are \p{Cn} there:
// no letter, no word character, script Unknown), measured on elixir (every code point against
// ~r/^\p{Cn}$/u, less those the host calls Cn). Ranges as base-36 pairs (gap from the previous
// range end, length - 1).
const NEWER_THAN_PCRE =
  "128,0,14,0,2v,0,1a,0,dc,2,2p,a,6,x,6,8,k,1c,7t,2,3c,0,3n,6,2e,0,4v,0,1k,0,u,0,2,1,q,0,9,0,4,0,2g,1,m,0,d,0,4,0,1j,1,j,0,5,2,2,7,n,2,9,0,79,0,3,0,3,0,2,5,5,0,8,0,8,1,3,0,e,0,k,0,10n,0,3,5,ls,0,8,0,a,0,6o,0,2x,0,g7,u,3,b,2p,0,2,1,1a,2,75,a,6,16,3,2,1k,0,3,0,70,5,jn,3,5l,1,hc,4,14,2,1gt,1,z,2,d,0,9,19,1c,0,1c,0,dg,q,bj,3,8f,1,3w,4,11,1,a,0,7k,0,59z,9,g7i,1e,1b3,0,6p,0,v,1,3,16,l,5,1i,0,49,0,1j,3,gx,3,3,5,5,27,fsz,g,a6,f,1t,1,1j,7,1b,1,1b,1,ny,1,e,0,b5,2,ap,z,5,z,39,a,2,e,2,6,2,1,2,a,2,e,2,6,2,1,4,1f,b1,5,2,15,2,8,86,i,2,1,6,4,1t,p,2r,1,3,f,3,19,1h,1,j,0,fs,1e,e,1e,8,19,9,9,7,11,4,s,9,1,6p,15,2,2,3,1,h,5,9,8,y,19,9,15,n,p,13,r,l,m,3e,5,25,0,b,0,3b,3,3m,3,2,1,c,4,2n,3,1r,6,2,0,2,3,2,e,2,a,2f,0,1n,0,l,0,1c,9,2,0,3,0,2,11,2,9,2,0,3,0,2,3,2,9,2,1,9,1,u,2j,2,4,a1,j,3n,c,24,1,n,j,t,q,3,e,5,m,56,1n,5h,6,3,0,3,7,2,1,2,t,2,1,3,b,a,9,1z,7,3,19,3,a,s,1z,9,2a,e,f,1t,9,2f,7,2h,x,f,9,7,8,2,18,2,d,b,s,4,v,3,l,2,d,22,6,2,1,2,17,4,0,2,1,2,8,9,9,7,5,2,1,2,10,2,1,2,5,8,9,7,17,5,9,6v,o,8,g,2,14,4,s,2e,0,g,1d,e,0,pm,0,6f,5f,219,2q,u5,12,b,32y,6,g6,5a2,1l,1tj,26,2,9,hj,1l,5j,2i,6,o,3,o,36,5,5,0,1c,8,2h,4,c,6,a,5p1,16,v,2q,36,6pq,3,2,6,2,1,4,80,g,0,u,2,3,0,f,3,9,az,4xx,70,4,c3,7,m,g,g,g,19,3,m,a,37,ez,c,5y,j,d,j,3j,6,w8,i3,g,4,2,e,up,u,7,5,5y,6,2,g,3,6,2,1,2,4,6,1p,y,0,35,18,4,d,3,9,5,1,8x,u,i,1l,6,0,cx,15,5z,16,5,0,5d,u,2,l,9,1,69,6,2,3,2,1,2,e,76,23,5,9,5,1,lu,1v,25,1o,r4,2,w,0,1p,3,18,i,3y,0,11,5,5k,2,27,1,28,4,11,7,74,0,24,4,17,0,16,0,4f,1,3w,8,4,3,l,8,3c,b,2e,4,7,b,5,0,5c,b,5,1,f,8,14,9j,9,d,3,c,4,a,4,1k,2,0,5,f,3,b,5,9,8,42,2,2u,xr1,8,386,a,69,4gd,3,5rk,g,h9,3hf,3t6,6,6jt";
let newer: Uint32Array | null = null;
function newerThanPcre(c: number): boolean {
  if (newer === null) newer = decodeRanges(NEWER_THAN_PCRE);
  return inRanges(newer, c);
}
/** U+0378, unassigned in every Unicode version: what PCRE's tables make of a newer character */
const UNASSIGNED = "\u0378";
function propTest(expr: string): CharTest {
  const r = prop(expr);
  return (c) => c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff) && r.test(c >= 0x370 && newerThanPcre(c) ? UNASSIGNED : String.fromCodePoint(c));
}

export const isDigitU = propTest("\\p{Nd}");
const isLN = propTest("[\\p{L}\\p{N}]");
export const isWordU: CharTest = (c) => c === 0x5f || (c < 0x80 ? isWordA(c) : isLN(c));
const isZ = propTest("\\p{Z}");
export const isSpaceU: CharTest = (c) => (c >= 0x09 && c <= 0x0d) || c === 0x20 || (c >= 0x80 && isZ(c));

export const isHSpace: CharTest = (c) =>
  c === 0x09 || c === 0x20 || c === 0xa0 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f || c === 0x205f || c === 0x3000;
export const isVSpace: CharTest = (c) => (c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029;

const GENERAL = new Set([
  "C", "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No",
  "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs",
]);

/** \p{name}: a general category, L&, Any, PCRE's X.. properties, or a script name; null if unknown. */
export function unicodeProperty(name: string): CharTest | null {
  if (GENERAL.has(name)) return propTest(`\\p{${name}}`);
  switch (name) {
    case "Any": return () => true;
    case "L&": return propTest("[\\p{Lu}\\p{Ll}\\p{Lt}]");
    case "Xan": return isLN;
    case "Xsp": case "Xps": return isSpaceU;
    case "Xwd": return isWordU;
    case "Xuc": return (c) => c === 0x24 || c === 0x40 || c === 0x60 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000);
  }
  if (!/^[A-Z][A-Za-z_]*$/.test(name)) return null;
  try {
    return propTest(`\\p{Script=${name}}`);
  } catch {
    return null;
  }
}

const isGraphL = (c: number) => (c > 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff);
const POSIX_ASCII: Record<string, CharTest> = {
  alnum: (c) => isWordA(c) && c !== 0x5f,
  alpha: (c) => isAsciiAlpha(c) || isLatinAlpha(c),
  ascii: (c) => c < 0x80,
  blank: (c) => c === 0x09 || c === 0x20,
  cntrl: (c) => c < 0x20 || (c >= 0x7f && c < 0xa0),
  digit: isDigitA,
  graph: isGraphL,
  lower: isLatinLower,
  print: (c) => c === 0x20 || isGraphL(c),
  punct: (c) => (isGraphL(c) && !isWordA(c)) || c === 0x5f,
  space: isSpaceA,
  upper: isLatinUpper,
  word: isWordA,
  xdigit: (c) => isDigitA(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66),
};

const isGraphU = propTest("[^\\p{Z}\\p{C}]");
const isCf = propTest("\\p{Cf}");
const isP = propTest("\\p{P}");
const isS = propTest("\\p{S}");
const POSIX_UCP: Record<string, CharTest> = {
  alnum: isLN,
  alpha: propTest("\\p{L}"),
  digit: isDigitU,
  lower: propTest("\\p{Ll}"),
  upper: propTest("\\p{Lu}"),
  space: isSpaceU,
  word: isWordU,
  // PCRE 8.34+: graph is everything but separators and controls (format characters count)
  graph: (c) => isGraphU(c) || (isCf(c) && c !== 0x061c && !(c >= 0x2066 && c <= 0x2069)),
  print: (c) => POSIX_UCP.graph(c) || (isZ(c) && c !== 0x2028 && c !== 0x2029),
  punct: (c) => isP(c) || (c < 0x80 && isS(c)),
};

export function posixClass(name: string, ucp: boolean): CharTest | null {
  return (ucp ? POSIX_UCP[name] : undefined) ?? POSIX_ASCII[name] ?? null;
}

// ---- case folding ------------------------------------------------------------------------------

const foldCache = new Map<number, number>();
const upperCache = new Map<number, number>();

function single(s: string, c: number): number {
  const cps = [...s];
  return cps.length === 1 ? cps[0].codePointAt(0)! : c;
}

/** Unicode simple case fold (lower of upper), used in UTF-8 mode */
export function fold(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  let f = foldCache.get(c);
  if (f === undefined) {
    const u = upper(c);
    f = u >= 0xd800 && u <= 0xdfff ? u : pcrePartner(u, single(String.fromCodePoint(u).toLowerCase(), u));
    foldCache.set(c, f);
  }
  return f;
}

/** the host's case partner of c, unless PCRE's tables do not know one of them (ƛ's capital, added
 *  later, is no partner there) */
function pcrePartner(c: number, partner: number): number {
  return (c >= 0x370 && newerThanPcre(c)) || (partner >= 0x370 && newerThanPcre(partner)) ? c : partner;
}

function upper(c: number): number {
  let u = upperCache.get(c);
  if (u === undefined) {
    // (dotless ı has no case partner for PCRE: Unicode folds it only in Turkic mappings)
    u = (c >= 0xd800 && c <= 0xdfff) || c === 0x131 ? c : pcrePartner(c, single(String.fromCodePoint(c).toUpperCase(), c));
    upperCache.set(c, u);
  }
  return u;
}

/** byte mode: the Latin-1 case partner of c (or c) */
export function latinOther(c: number): number {
  if (isAsciiAlpha(c)) return c ^ 0x20;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20;
  if (c >= 0xe0 && c <= 0xfe && c !== 0xf7) return c - 0x20;
  return c;
}

/** does unit x match pattern unit c caselessly? */
export function caselessEq(x: number, c: number, utf: boolean): boolean {
  if (x === c) return true;
  return utf ? fold(x) === fold(c) : latinOther(x) === c;
}

/** does c (or a case variant of it) pass t? */
export function caselessTest(t: CharTest, utf: boolean): CharTest {
  if (!utf) return (c) => t(c) || t(latinOther(c));
  return (c) => {
    if (t(c)) return true;
    const f = fold(c);
    return t(f) || t(upper(c)) || t(upper(f));
  };
}

/** c has a case partner (a caseless literal needs the slower comparison) */
export function hasCase(c: number, utf: boolean): boolean {
  return utf ? fold(c) !== c || upper(c) !== c : latinOther(c) !== c;
}
