// Patterns as straight-line JS for compiled code: type tests, reads and local bindings in the order
// vm/patterns.ts's `match` does them, so a failing match binds exactly what the interpreter's does.
import { Atom, Term } from "../terms.ts";
import type { Pat } from "../patterns.ts";

export interface PatternEmitter {
  /** a JS expression for a constant (index into the factory's constant table) */
  constant(v: unknown): string;
  /** a fresh temporary variable of the function */
  temp(): string;
  nlocals: number;
}

function isIdentLiteral(v: Term): boolean {
  return (typeof v === "number" && Number.isSafeInteger(v)) || v instanceof Atom;
}

function simple(p: Pat): boolean {
  return p.k === "any" || p.k === "bind" || p.k === "eq" || p.k === "lit" || p.k === "nil";
}

/**
 * Statements that match `subject` (a JS expression without side effects, cheap to repeat) against
 * p, running `fail` (a statement that leaves: jump or throw) when it does not match.
 */
export function emitMatch(p: Pat, subject: string, fail: string, em: PatternEmitter): string {
  switch (p.k) {
    case "any":
      return "";
    case "bind":
      return `l${p.slot} = ${subject};\n`;
    case "eq":
      return `if (!(l${p.slot} === ${subject} || exactEquals(l${p.slot}, ${subject}))) ${fail}\n`;
    case "lit":
      if (isIdentLiteral(p.v)) return `if (${subject} !== ${typeof p.v === "number" ? String(p.v) : em.constant(p.v)}) ${fail}\n`;
      return `if (!exactEquals(${em.constant(p.v)}, ${subject})) ${fail}\n`;
    case "nil":
      return `if (${subject} !== NIL) ${fail}\n`;
    case "tuple": {
      const items = em.temp();
      let out = `if (!(${subject} instanceof Tuple) || ${subject}.items.length !== ${p.items.length}) ${fail}\n${items} = ${subject}.items;\n`;
      p.items.forEach((ip, i) => (out += sub(ip, `${items}[${i}]`, fail, em)));
      return out;
    }
    case "cons":
      return `if (!(${subject} instanceof Cons)) ${fail}\n` + sub(p.head, `${subject}.head`, fail, em) + sub(p.tail, `${subject}.tail`, fail, em);
    case "map": {
      let out = `if (!isMap(${subject})) ${fail}\n`;
      p.keys.forEach((kr, i) => {
        const key = "lit" in kr ? em.constant(kr.lit) : `l${kr.slot}`;
        const t = em.temp();
        out += `${t} = ${subject}.get(${key});\nif (${t} === undefined) ${fail}\n` + emitMatch(p.vals[i], t, fail, em);
      });
      return out;
    }
    case "both":
      return emitMatch(p.a, subject, fail, em) + emitMatch(p.b, subject, fail, em);
    case "bin":
    case "prefix": {
      // binaries: the interpreter's matcher over a copy of the locals, copied back either way
      const frame = em.temp(), ok = em.temp();
      const locals = Array.from({ length: em.nlocals }, (_, i) => `l${i}`);
      const back = locals.map((l, i) => `${l} = ${frame}[${i}];`).join(" ");
      return `${frame} = [${locals.join(", ")}];\n${ok} = match(${em.constant(p)}, ${subject}, ${frame}, 0);\n${back}\nif (!${ok}) ${fail}\n`;
    }
  }
}

/** match a part of the subject, through a temporary when the part's pattern looks at it twice */
function sub(p: Pat, part: string, fail: string, em: PatternEmitter): string {
  if (simple(p) || p.k === "any") return emitMatch(p, part, fail, em);
  const t = em.temp();
  return `${t} = ${part};\n` + emitMatch(p, t, fail, em);
}
