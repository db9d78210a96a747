// UTS #39 confusables: the prototype a character looks like (Cyrillic а → a, Greek β → ß).
// Used only for the hint Elixir 1.14 adds to a mixed-script identifier error, so the table is
// decoded from its compact text the first time such an error happens.
import { confusablesText } from "./confusables_data.ts";
import { resolves } from "./mixed_script.ts";

let table: Map<number, string> | null = null;

function confusables(): Map<number, string> {
  if (table) return table;
  table = new Map();
  for (const line of confusablesText().split("\n")) {
    const [src, ...proto] = line.split(" ").map((h) => parseInt(h, 16));
    table.set(src, String.fromCodePoint(...proto));
  }
  return table;
}

/** the name with each non-ASCII character replaced by its confusable prototype (ASCII ones, such
 *  as `m` whose prototype is `rn`, stay as written) */
export function confusableForm(name: string): string {
  const t = confusables();
  let out = "";
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    out += cp > 0x7f ? t.get(cp) ?? ch : ch;
  }
  return out;
}

const quotedWithCodePoints = (s: string): string =>
  `    "${s}" (code points ${[...s].map((c) => "0x" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(5, "0")).join(" ")})`;

/** Elixir's hint when replacing look-alike characters by their confusable prototypes makes the
 *  name resolve to one script, or null */
export function simplerFormHint(ident: string): string | null {
  const simpler = confusableForm(ident);
  if (simpler === ident || !resolves([...simpler])) return null;
  return "Codepoint failed identifier tokenization, but a simpler form was found.\n\nGot:\n\n" +
    quotedWithCodePoints(ident) +
    "\n\nHint: You could write the above in a similar way that is accepted by Elixir:\n\n" +
    quotedWithCodePoints(simpler) + "\n";
}
