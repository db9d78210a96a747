// UTS #39 confusables: the prototype a character looks like (Cyrillic а → a, Greek β → ß).
// Used only for the hint Elixir 1.14 adds to a mixed-script identifier error, so the table is
// decoded from its compact text the first time such an error happens.
import { CONFUSABLES } from "./confusables_data.ts";

let table: Map<number, string> | null = null;

function confusables(): Map<number, string> {
  if (table) return table;
  table = new Map();
  for (const line of CONFUSABLES.split("\n")) {
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
