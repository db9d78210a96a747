// ~r and ~R: a literal pattern is compiled while the program is compiled (a bad one is a
// Regex.CompileError then, as in Elixir) and becomes a %Regex{} literal; an interpolated one
// calls Regex.compile!/2 at run time.
import { atom, bin, binLiteral, Term, Tuple } from "../vm/terms.ts";
import { regexOptions } from "../vm/regex/ast.ts";
import { lookupBif } from "../vm/bifs/registry.ts";
import { AwaitHost, HostWaitNeeded } from "../vm/calls.ts";

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

/** the %Regex{} term for a literal ~r, or the Regex.CompileError message. The pattern is compiled
 *  by :re's code (vm/bifs/re.ts beamlet_re:literal/2), through the BIF table: a page fetches that
 *  code on first use, and the compilation starts again once it is there (HostWaitNeeded). */
export function regexLiteral(source: string, mods: string): Term | { error: string } {
  const opts = regexOptions(mods);
  if ("invalid" in opts) return { error: `invalid_option at position ${opts.invalid}` };
  const r = lookupBif("beamlet_re", "literal", 2)!.fn([binLiteral(source), bin(mods)], undefined as never);
  if (r instanceof AwaitHost) throw new HostWaitNeeded(r.promise);
  const [tag, value] = (r as Tuple).items;
  return tag === atom("ok") ? value : { error: String(value) };
}
