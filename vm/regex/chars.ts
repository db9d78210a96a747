// Character tests for PCRE classes: \d \w \s \h \v, POSIX [:name:], Unicode \p{..}, and case
// folding. Without UCP the type escapes use the character tables Erlang builds PCRE with
// (ISO-8859-1: bytes 0xC0-0xFF are letters with case pairs); with UCP (Elixir's `u`) they follow
// Unicode properties as PCRE 8.44 defines them.
import type { CharTest } from "./ast.ts";

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
function propTest(expr: string): CharTest {
  const r = prop(expr);
  return (c) => c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff) && r.test(String.fromCodePoint(c));
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
    f = u >= 0xd800 && u <= 0xdfff ? u : single(String.fromCodePoint(u).toLowerCase(), u);
    foldCache.set(c, f);
  }
  return f;
}

function upper(c: number): number {
  let u = upperCache.get(c);
  if (u === undefined) {
    // (dotless ı has no case partner for PCRE: Unicode folds it only in Turkic mappings)
    u = (c >= 0xd800 && c <= 0xdfff) || c === 0x131 ? c : single(String.fromCodePoint(c).toUpperCase(), c);
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
