// Macro.to_string's layout of a call too long for its line, as Elixir 1.14's formatter does it:
//   a last fn argument opens on the call's line  f(a, fn x ->\n  body\nend)  (fn\n clauses\nend
//   for several clauses); a last list or map opens there too, one element per line; trailing
//   keywords go one per line after `f(a,`; otherwise every argument gets its own line between
//   `f(` and `)`, each laid out again within the narrower width.
import { Atom, Term, Tuple, atom, listToArray } from "../terms.ts";
import { blockText, callName, containerLines, expr, fnHead, indent, inspectsAsCharlist, isBlockKw, isCall, isKeyword, kwText, opName } from "./macro_to_string.ts";

const A_FN = atom("fn"), A_ARROW = atom("->"), A_MAP = atom("%{}"), A_STRUCT = atom("%");

/** the call laid out over several lines, or undefined when it is not a call printed `name(args)` */
export function brokenCall(t: Term, width: number): string | undefined {
  if (!isCall(t) || opName(t) !== null) return undefined;
  const [h, , a] = t.items;
  const args = listToArray(a);
  if (args === null || args.length === 0 || isBlockKw(args[args.length - 1])) return undefined;
  if (h instanceof Atom && (h.name.startsWith("sigil_") || h.name === "fn" || h.name === "&" || h.name === "__block__")) return undefined;
  const name = callName(h);
  const flat = expr(t);
  if (!flat.startsWith(name + "(")) return undefined;
  const init = args.slice(0, -1).map(expr);
  const last = args[args.length - 1];
  // behind a last list, map, keywords or fn ("next break fits") the closing parenthesis may pass
  // the width
  const slack = isOpenable(last) || isKeyword(last) || (isCall(last) && last.items[0] === A_FN) ? 1 : 0;
  if (flat.length <= width + slack && !flat.includes("\n")) return undefined;
  const prefix = `${name}(${init.map((x) => x + ", ").join("")}`;
  if (!init.some((x) => x.includes("\n"))) {
    const fn = fnLast(last, prefix, width);
    if (fn !== undefined) return fn;
    if (isKeyword(last) && init.length > 0) {
      const pairs = (listToArray(last) as Tuple[]).map((p) => kwText([p]));
      return `${prefix.trimEnd()}\n${pairs.map((p) => "  " + p).join(",\n")}\n)`;
    }
    if (isOpenable(last)) {
      const open = containerLines(last);
      if (open !== undefined && (prefix + open.split("\n")[0]).length <= width) return `${prefix}${open})`;
    }
  }
  return `${name}(\n${args.map((x) => indent(laidOut(x, width - 2))).join(",\n")}\n)`;
}

/** a two-element tuple too long for its line: `{left,` then ` right}` under it, each laid out again */
export function brokenPair(t: Term, width: number): string | undefined {
  if (!(t instanceof Tuple) || t.items.length !== 2 || expr(t).length <= width) return undefined;
  const [l, r] = t.items.map((x) => laidOut(x, width - 1));
  return `{${l.split("\n").join("\n ")},\n ${r.split("\n").join("\n ")}}`;
}

/** a list (not a charlist) or a map: it may open on the line before it */
function isOpenable(t: Term): boolean {
  if (isCall(t)) return t.items[0] === A_MAP || t.items[0] === A_STRUCT;
  const items = listToArray(t);
  return items !== null && items.length > 0 && !isKeyword(t) && !inspectsAsCharlist(t);
}

function fnLast(last: Term, prefix: string, width: number): string | undefined {
  if (!isCall(last) || last.items[0] !== A_FN) return undefined;
  const clauses = (listToArray(last.items[2]) ?? []).map((c) => {
    const parts = isCall(c) && c.items[0] === A_ARROW ? listToArray(c.items[2]) : null;
    if (!parts || parts.length !== 2) return null;
    return { head: fnHead(parts[0]), body: blockText(parts[1]) };
  });
  if (clauses.length === 0 || clauses.some((c) => c === null)) return undefined;
  if (clauses.length === 1) {
    const c = clauses[0]!;
    const first = `${prefix}fn ${c.head ? c.head + " " : ""}->`;
    return first.length <= width ? `${first}\n${indent(c.body)}\nend)` : undefined;
  }
  const lines = clauses.map((c) => (c!.body.includes("\n") ? `${c!.head} ->\n${indent(c!.body)}` : `${c!.head} -> ${c!.body}`));
  return (prefix + "fn").length <= width ? `${prefix}fn\n${indent(lines.join("\n"))}\nend)` : undefined;
}

/** an argument on its own line: as it is when it fits, else broken in turn */
function laidOut(t: Term, width: number): string {
  const flat = expr(t);
  if (flat.length <= width || flat.includes("\n")) return flat;
  return brokenCall(t, width) ?? brokenPair(t, width) ?? (flat.length > width + 1 ? containerLines(t) : undefined) ?? flat;
}
