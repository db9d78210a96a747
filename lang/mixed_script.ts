// Elixir 1.14 rejects identifiers whose characters do not resolve to one script (UTS 39's
// "single script" or one of the highly restrictive sets Latin+Japanese, Latin+Han with Bopomofo,
// Latin+Korean), so that `аdmin` (Cyrillic а) cannot pass for `admin`. Script data comes from the
// host's \p{Script_Extensions=..} classes; only identifiers with non-ASCII characters are checked.

/** the script names besides Latin a script set can hold, sorted as Elixir lists them */
const SCRIPT_NAMES = [
    "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum", "Bassa_Vah",
    "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Canadian_Aboriginal",
    "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian", "Coptic", "Cuneiform", "Cypriot",
    "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari", "Dives_Akuru", "Dogra", "Duployan", "Egyptian_Hieroglyphs",
    "Elbasan", "Elymaic", "Ethiopic", "Georgian", "Glagolitic", "Gothic", "Grantha", "Greek", "Gujarati",
    "Gunjala_Gondi", "Gurmukhi", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana",
    "Imperial_Aramaic", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese", "Kaithi", "Kannada",
    "Katakana", "Kawi", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer", "Khojki", "Khudawadi", "Lao",
    "Lepcha", "Limbu", "Linear_A", "Linear_B", "Lisu", "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam",
    "Mandaic", "Manichaean", "Marchen", "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui",
    "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar",
    "Nabataean", "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong",
    "Ogham", "Ol_Chiki", "Old_Hungarian", "Old_Italic", "Old_North_Arabian", "Old_Permic", "Old_Persian",
    "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage", "Osmanya", "Pahawh_Hmong",
    "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi", "Rejang", "Runic", "Samaritan",
    "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting", "Sinhala", "Sogdian", "Sora_Sompeng", "Soyombo",
    "Sundanese", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa", "Tai_Le", "Tai_Tham", "Tai_Viet", "Takri",
    "Tamil", "Tangsa", "Tangut", "Telugu", "Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Toto", "Ugaritic",
  "Vai", "Vithkuqi", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
];

/** display names: Elixir's long names use spaces, and the three augmented sets sort among them */
const AUGMENTED = ["Han with Bopomofo", "Japanese", "Korean"];
const AUGMENT: Record<string, string[]> = {
  Han: ["Han with Bopomofo", "Japanese", "Korean"], Hiragana: ["Japanese"], Katakana: ["Japanese"],
  Hangul: ["Korean"], Bopomofo: ["Han with Bopomofo"],
};
const TOP = -1n; // a character of every script (digits, `_`, Common and Inherited ones)

interface ScriptTables {
  /** Latin first, then the other display names sorted: a set's bit n is DISPLAY[n] */
  display: string[];
  bit(name: string): bigint;
  latin: bigint;
  highlyRestrictive: bigint[];
  testers: { name: string; re: RegExp }[];
  commonOrInherited: RegExp;
}

let tables: ScriptTables | null = null;
/** built on the first non-ASCII identifier, not at load: the \p{scx=..} classes cost tens of ms
 *  to build, which a page's start (the browser playground) or a plain ASCII program never needs */
function scriptTables(): ScriptTables {
  if (tables) return tables;
  // a host whose Unicode tables predate a script simply cannot contain its characters
  const scripts = ["Latin", ...SCRIPT_NAMES.filter((n) => { try { new RegExp(`\\p{scx=${n}}`, "u"); return true; } catch { return false; } })];
  const display = ["Latin", ...[...scripts.slice(1), ...AUGMENTED].sort()];
  const bit = (name: string): bigint => 1n << BigInt(display.indexOf(name));
  const latin = bit("Latin");
  return (tables = {
    display,
    bit,
    latin,
    highlyRestrictive: [latin | bit("Japanese"), latin | bit("Han with Bopomofo"), latin | bit("Korean")],
    testers: scripts.map((name) => ({ name, re: new RegExp(`^\\p{scx=${name}}$`, "u") })),
    commonOrInherited: /^[\p{scx=Zyyy}\p{scx=Zinh}]$/u,
  });
}
const cache = new Map<string, bigint>();

/** the augmented script set of one character */
function scriptSet(ch: string): bigint {
  const t = scriptTables();
  if (/^[A-Za-z]$/.test(ch)) return t.latin;
  // (Elixir 1.14 lets the Greek small mu, U+03BC, mix with any script, as the Common micro sign)
  if (/^[0-9_@?!\u03bc]$/.test(ch) || t.commonOrInherited.test(ch)) return TOP;
  let set = cache.get(ch);
  if (set !== undefined) return set;
  set = 0n;
  for (const { name, re } of t.testers) {
    if (!re.test(ch)) continue;
    set |= t.bit(name);
    for (const extra of AUGMENT[name] ?? []) set |= t.bit(extra);
  }
  if (set === 0n) set = TOP;
  cache.set(ch, set);
  return set;
}

const hex4 = (cp: number): string => cp.toString(16).toUpperCase().padStart(4, "0");

/** whether the characters resolve to one script (or a highly restrictive set) */
export function resolves(chars: string[]): boolean {
  const sets = chars.map(scriptSet);
  if (sets.reduce((a, b) => a & b, TOP) !== 0n) return true;
  return scriptTables().highlyRestrictive.some((r) => sets.every((s) => (s & r) !== 0n));
}

/** Elixir's message for an identifier mixing scripts, split as its tokenizer reports it (the text
 *  before the identifier, and after), or null when the identifier is allowed. `simpler`: the
 *  message carries the look-alike hint, and Elixir then reports it at the identifier's last
 *  character (the token's start column + its length in characters − 1). `hint` words it (the
 *  lexer passes lang/confusables.ts's, which inspect, checking names only, does not load) */
export function mixedScriptParts(ident: string, hint: (ident: string) => string | null = () => null): { prefix: string; suffix: string; simpler: boolean } | null {
  if (!/[^\x00-\x7f]/.test(ident)) return null;
  const chars = [...ident];
  if (resolves(chars)) return null;
  const sets = chars.map(scriptSet);
  const t = scriptTables();
  const simpler = hint(ident);
  const breakdown = chars.map((ch, i) => {
    const names = sets[i] === TOP ? "" : ` {${t.display.filter((n) => (sets[i] & t.bit(n)) !== 0n).join(",")}}`;
    return `  \\u${hex4(ch.codePointAt(0)!)} ${ch}${names}\n`;
  }).join("");
  return {
    prefix: "invalid mixed-script identifier found: ",
    suffix: `\n\nMixed-script identifiers are not supported for security reasons. '${ident}' is made of the following scripts:\n\n` +
      breakdown +
      "\nAll characters in the identifier should resolve to a single script, or use a highly restrictive set of scripts.\n" +
      (simpler ?? "") + "\nSee https://hexdocs.pm/elixir/unicode-syntax.html for more information.",
    simpler: simpler !== null,
  };
}

/** the whole message, or null when the identifier is allowed */
export function mixedScriptError(ident: string): string | null {
  const parts = mixedScriptParts(ident);
  return parts && parts.prefix + ident + parts.suffix;
}
