// Grapheme clusters as Unicode 14 draws them (OTP 25's unicode_util, Elixir 1.14's String), from
// the segments of the host's Intl.Segmenter, whose ICU follows Unicode 15.1 or later: 15.1 added
// rule GB9c, which keeps an Indic consonant with the consonant before it across a virama
// (Devanagari क्ष, one cluster there; क् and ष in Unicode 14). Every other boundary is the same in
// both, so a segment is cut again before each consonant that follows a virama in it.

/** the viramas of rule GB9c (InCB=Linker) */
const isLinker = (c: number): boolean => c === 0x94d || c === 0x9cd || c === 0xacd || c === 0xb4d || c === 0xc4d || c === 0xd4d;

/** a letter of the scripts GB9c joins (Devanagari to Malayalam): InCB=Consonant among them */
const isIndicLetter = (c: number, ch: string): boolean => c >= 0x900 && c <= 0xd7f && /\p{Lo}/u.test(ch);

/** a segment of the host's segmenter as Unicode 14's clusters: itself, or its pieces */
export function unicode14Clusters(segment: string): string[] {
  // (nothing to cut without a virama: the common case costs one scan)
  if (!/[\u094d\u09cd\u0acd\u0b4d\u0c4d\u0d4d]/.test(segment)) return [segment];
  const out: string[] = [];
  let start = 0;
  let linked = false;
  let i = 0;
  for (const ch of segment) {
    const c = ch.codePointAt(0)!;
    if (i > start && linked && isIndicLetter(c, ch)) {
      out.push(segment.slice(start, i));
      start = i;
      linked = false;
    }
    if (isLinker(c)) linked = true;
    i += ch.length;
  }
  out.push(segment.slice(start));
  return out;
}
