// ~r and ~R: a literal pattern is compiled while the program is compiled (a bad one is a
// Regex.CompileError then, as in Elixir) and becomes a %Regex{} literal; an interpolated one
// calls Regex.compile!/2 at run time.
import { atom, bin, binLiteral, tuple, Term } from "../vm/terms.ts";
import { mapFromEntries } from "../vm/map.ts";
import { defaultOptions, Options, PatternError } from "../vm/regex/ast.ts";
import { compilePattern, patternTerm } from "../vm/bifs/re.ts";

/** Regex.unescape_map/1: only these escapes are resolved; the rest reach PCRE as written */
export function unescapeRegex(s: string): string {
  const map: Record<string, string> = { f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", a: "\x07" };
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\" || i === s.length - 1) { out += c; continue; }
    const n = s[i + 1];
    if (n in map) { out += map[n]; i++; }
    else if (n === "\n") i++;
    else { out += c + n; i++; }
  }
  return out;
}

/** Regex modifiers -> :re options, or the invalid rest (Elixir's {:invalid_option, rest}) */
export function regexOptions(mods: string): Options | { invalid: string } {
  const o = defaultOptions();
  for (let i = 0; i < mods.length; i++) {
    switch (mods[i]) {
      case "i": o.caseless = true; break;
      case "x": o.extended = true; break;
      case "f": o.firstline = true; break;
      case "U": o.ungreedy = true; break;
      case "s": o.dotall = true; o.newline = "anycrlf"; break;
      case "m": o.multiline = true; break;
      case "u": o.utf8 = true; o.ucp = true; break;
      default: return { invalid: mods.slice(i) };
    }
  }
  return o;
}

/** the %Regex{} term for a literal ~r, or the Regex.CompileError message */
export function regexLiteral(source: string, mods: string): Term | { error: string } {
  const opts = regexOptions(mods);
  if ("invalid" in opts) return { error: `invalid_option at position ${opts.invalid}` };
  const src = binLiteral(source);
  try {
    const c = compilePattern(src.bytes, opts);
    return mapFromEntries([
      [atom("__struct__"), atom("Elixir.Regex")],
      [atom("opts"), bin(mods)],
      [atom("re_pattern"), patternTerm(src.bytes, c.program.options, c.program.groups)],
      [atom("re_version"), tuple(bin("8.44 2020-02-12"), atom("little"))],
      [atom("source"), src],
    ]);
  } catch (e) {
    if (e instanceof PatternError) return { error: e.message };
    throw e;
  }
}
