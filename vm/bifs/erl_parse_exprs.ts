// :erl_parse.parse_exprs/1 (OTP 25): Erlang tokens (from :erl_scan) ending with a dot into the
// abstract format of the expressions, the input of :erl_eval.exprs/2 (lib/erlang/erl_eval.ex).
// Precedences and annotations follow erl_parse.yrl: an operator's annotation is its token's, a
// call's its function expression's, a remote's the ':', a list's '[' (and ']' for its nil), a
// clause's its first pattern's. Records, maybe and named funs are out: a syntax error there.
import { Atom, Cons, NIL, Term, Tuple, atom, list, tuple, charlist } from "../terms.ts";
import { defineBifs } from "./registry.ts";
import { badarg } from "../errors.ts";
import { writeShaped } from "../io_deep.ts";
import { isDeepCharList } from "./io_lib.ts";
import { ErlSyntaxError, kindOf, locOf, valOf, tokenText } from "./erl_terms.ts";

const COMP = new Set(["==", "/=", "=<", "<", ">=", ">", "=:=", "=/="]);
const LIST_OP = new Set(["++", "--"]);
const ADD = new Set(["+", "-", "bor", "bxor", "bsl", "bsr", "or", "xor"]);
const MULT = new Set(["*", "/", "div", "rem", "band", "and"]);
const PREFIX = new Set(["+", "-", "bnot", "not"]);
const ATOMIC = new Set(["integer", "float", "atom", "char"]);

const a = atom;
const DEFAULT = a("default");
const annoOf = (node: Term): Term => (node as Tuple).items[1];

/** the annotation of a node's leftmost token (erl_parse's first_anno) */
function firstAnno(node: Term): Term {
  const items = (node as Tuple).items;
  const kind = (items[0] as Atom).name;
  if ((kind === "op" && items.length === 5) || kind === "match") return firstAnno(items[kind === "op" ? 3 : 2]);
  if (kind === "remote") return firstAnno(items[2]);
  return items[1];
}

class ExprParser {
  i = 0;
  /** a catch clause's reason: its ':' separates the stack, never a remote */
  noRemote = false;
  constructor(readonly toks: Term[]) {}
  peek(k = 0): string | null { return this.i + k < this.toks.length ? kindOf(this.toks[this.i + k]) : null; }
  next(): Term { if (this.i >= this.toks.length) throw new ErlSyntaxError(null); return this.toks[this.i++]; }
  fail(): never { throw new ErlSyntaxError(this.i < this.toks.length ? this.toks[this.i] : null); }
  expect(kind: string): Term { if (this.peek() !== kind) this.fail(); return this.toks[this.i++]; }
  accept(kind: string): Term | null { return this.peek() === kind ? this.toks[this.i++] : null; }

  exprs(): Term[] {
    const out = [this.expr()];
    while (this.accept(",")) out.push(this.expr());
    return out;
  }

  expr(): Term {
    const c = this.accept("catch");
    if (c) return tuple(a("catch"), locOf(c), this.expr());
    return this.expr100();
  }

  // = and ! (right), orelse (right), andalso (right), comparisons (none), ++ -- (right)
  expr100(): Term {
    const left = this.expr150();
    const k = this.peek();
    if (k === "=") { this.next(); return tuple(a("match"), firstAnno(left), left, this.expr100()); }
    if (k === "!") { const t = this.next(); return tuple(a("op"), locOf(t), a("!"), left, this.expr100()); }
    return left;
  }
  expr150(): Term { return this.rightOp(() => this.expr160(), new Set(["orelse"]), () => this.expr150()); }
  expr160(): Term { return this.rightOp(() => this.expr200(), new Set(["andalso"]), () => this.expr160()); }
  expr200(): Term {
    const left = this.expr300();
    const k = this.peek();
    if (k !== null && COMP.has(k)) { const t = this.next(); return tuple(a("op"), locOf(t), a(k), left, this.expr300()); }
    return left;
  }
  expr300(): Term { return this.rightOp(() => this.expr400(), LIST_OP, () => this.expr300()); }
  expr400(): Term { return this.leftOp(() => this.expr500(), ADD); }
  expr500(): Term { return this.leftOp(() => this.expr600(), MULT); }

  rightOp(sub: () => Term, ops: Set<string>, self: () => Term): Term {
    const left = sub();
    const k = this.peek();
    if (k !== null && ops.has(k)) { const t = this.next(); return tuple(a("op"), locOf(t), a(k), left, self()); }
    return left;
  }
  leftOp(sub: () => Term, ops: Set<string>): Term {
    let left = sub();
    for (let k = this.peek(); k !== null && ops.has(k); k = this.peek()) {
      const t = this.next();
      left = tuple(a("op"), locOf(t), a(k), left, sub());
    }
    return left;
  }

  expr600(): Term {
    const k = this.peek();
    if (k !== null && PREFIX.has(k)) { const t = this.next(); return tuple(a("op"), locOf(t), a(k), this.expr600()); }
    return this.expr700();
  }

  // calls, remotes and map updates over a primary
  expr700(): Term {
    let e: Term;
    if (this.peek() === "#") e = this.mapTuple(this.next(), null);
    else {
      e = this.exprMax();
      if (!this.noRemote && this.peek() === ":") { const t = this.next(); e = tuple(a("remote"), locOf(t), e, this.exprMax()); }
    }
    for (;;) {
      if (this.peek() === "(") e = tuple(a("call"), firstAnno(e), e, list(this.args()));
      else if (this.peek() === "#" && this.peek(1) === "{") e = this.mapTuple(this.next(), e);
      else return e;
    }
  }

  args(): Term[] {
    this.expect("(");
    if (this.accept(")")) return [];
    const out = this.exprs();
    this.expect(")");
    return out;
  }

  mapTuple(hash: Term, base: Term | null): Term {
    this.expect("{");
    const fields: Term[] = [];
    if (!this.accept("}")) {
      for (;;) {
        const key = this.expr();
        const op = this.next();
        const kind = kindOf(op);
        if (kind !== "=>" && kind !== ":=") { this.i--; this.fail(); }
        fields.push(tuple(a(kind === "=>" ? "map_field_assoc" : "map_field_exact"), locOf(op), key, this.expr()));
        if (!this.accept(",")) break;
      }
      this.expect("}");
    }
    return base === null ? tuple(a("map"), locOf(hash), list(fields)) : tuple(a("map"), locOf(hash), base, list(fields));
  }

  exprMax(): Term {
    const t = this.next();
    const k = kindOf(t);
    if (k === "var") return tuple(a("var"), locOf(t), valOf(t));
    if (ATOMIC.has(k)) return tuple(a(k), locOf(t), valOf(t));
    if (k === "string") {
      // adjacent strings are one
      let text = valOf(t);
      while (this.peek() === "string") text = appendList(text, valOf(this.next()));
      return tuple(a("string"), locOf(t), text);
    }
    switch (k) {
      case "(": { const e = this.expr(); this.expect(")"); return e; }
      case "{": {
        if (this.accept("}")) return tuple(a("tuple"), locOf(t), NIL);
        const es = this.exprs();
        this.expect("}");
        return tuple(a("tuple"), locOf(t), list(es));
      }
      case "[": return this.listRest(t);
      case "<<": return this.binaryRest(t);
      case "begin": { const body = this.exprs(); this.expect("end"); return tuple(a("block"), locOf(t), list(body)); }
      case "case": {
        const e = this.expr();
        this.expect("of");
        const cs = this.clauses(() => [this.expr()]);
        this.expect("end");
        return tuple(a("case"), locOf(t), e, list(cs));
      }
      case "if": {
        const cs: Term[] = [];
        do {
          const g = this.guard();
          this.expect("->");
          const body = this.exprs();
          cs.push(tuple(a("clause"), annoOf(((g[0] as Cons).head)), NIL, list(g), list(body)));
        } while (this.accept(";"));
        this.expect("end");
        return tuple(a("if"), locOf(t), list(cs));
      }
      case "receive": {
        const cs = this.peek() === "after" ? [] : this.clauses(() => [this.expr()]);
        if (this.accept("after")) {
          const timeout = this.expr();
          this.expect("->");
          const body = this.exprs();
          this.expect("end");
          return tuple(a("receive"), locOf(t), list(cs), timeout, list(body));
        }
        this.expect("end");
        return tuple(a("receive"), locOf(t), list(cs));
      }
      case "try": return this.tryRest(t);
      case "fun": return this.funRest(t);
    }
    this.i--;
    this.fail();
  }

  listRest(open: Term): Term {
    if (this.peek() === "]") return tuple(a("nil"), locOf(this.next()));
    const first = this.expr();
    if (this.peek() === "||") {
      this.next();
      const qs = this.qualifiers();
      this.expect("]");
      return tuple(a("lc"), locOf(open), first, list(qs));
    }
    const tail = (): Term => {
      const k = this.next();
      switch (kindOf(k)) {
        case "]": return tuple(a("nil"), locOf(k));
        case "|": { const e = this.expr(); this.expect("]"); return e; }
        case ",": { const e = this.expr(); return tuple(a("cons"), annoOf(e), e, tail()); }
      }
      this.i--;
      this.fail();
    };
    return tuple(a("cons"), locOf(open), first, tail());
  }

  qualifiers(): Term[] {
    const out: Term[] = [];
    do {
      const e = this.expr();
      const k = this.peek();
      if (k === "<-" || k === "<=") {
        const t = this.next();
        out.push(tuple(a(k === "<-" ? "generate" : "b_generate"), locOf(t), e, this.expr()));
      } else out.push(e);
    } while (this.accept(","));
    return out;
  }

  binaryRest(open: Term): Term {
    if (this.peek() === ">>") { this.next(); return tuple(a("bin"), locOf(open), NIL); }
    const elems: Term[] = [];
    let first = true;
    for (;;) {
      // a bit expression: a prefix operator over a primary
      const k = this.peek();
      let value: Term;
      if (k !== null && PREFIX.has(k)) { const t = this.next(); value = tuple(a("op"), locOf(t), a(k), this.exprMax()); }
      else value = this.exprMax();
      if (first && this.peek() === "||") {
        this.next();
        const qs = this.qualifiers();
        this.expect(">>");
        return tuple(a("bc"), locOf(open), value, list(qs));
      }
      first = false;
      const size = this.accept(":") ? this.exprMax() : DEFAULT;
      let types: Term = DEFAULT;
      if (this.accept("/")) {
        const ts: Term[] = [];
        do {
          const name = valOf(this.expect("atom"));
          if (this.accept(":")) ts.push(tuple(name, valOf(this.expect("integer"))));
          else ts.push(name);
        } while (this.accept("-"));
        types = list(ts);
      }
      elems.push(tuple(a("bin_element"), annoOf(value), value, size, types));
      if (!this.accept(",")) break;
    }
    this.expect(">>");
    return tuple(a("bin"), locOf(open), list(elems));
  }

  /** clauses of case/receive/try-of: pattern(s), an optional guard, a body; separated by ; */
  clauses(patterns: () => Term[]): Term[] {
    const out: Term[] = [];
    do {
      const ps = patterns();
      const g = this.accept("when") ? this.guard() : [];
      this.expect("->");
      const body = this.exprs();
      out.push(tuple(a("clause"), annoOf(ps[0]), list(ps), list(g), list(body)));
    } while (this.accept(";"));
    return out;
  }

  /** guard sequences: ; between guards, , between tests */
  guard(): Term[] {
    const out: Term[] = [];
    do out.push(list(this.exprs())); while (this.accept(";"));
    return out;
  }

  tryRest(t: Term): Term {
    const body = this.exprs();
    const of = this.accept("of") ? this.clauses(() => [this.expr()]) : [];
    let catches: Term[] = [];
    if (this.accept("catch")) {
      catches = this.clauses(() => {
        // Class:Reason:Stack, Class:Reason (the class an atom or a variable) or Reason (a throw)
        const k = this.peek();
        if ((k === "atom" || k === "var") && this.peek(1) === ":") {
          const c = this.next();
          const cls = tuple(a(k), locOf(c), valOf(c));
          this.next();
          this.noRemote = true;
          let reason: Term;
          try { reason = this.expr(); } finally { this.noRemote = false; }
          const stack = this.accept(":") ? this.expr() : tuple(a("var"), locOf(c), a("_"));
          return [tuple(a("tuple"), locOf(c), list([cls, reason, stack]))];
        }
        const first = this.expr();
        const anno = annoOf(first);
        return [tuple(a("tuple"), anno, list([tuple(a("atom"), anno, a("throw")), first, tuple(a("var"), anno, a("_"))]))];
      });
    }
    const after = this.accept("after") ? this.exprs() : [];
    if (catches.length === 0 && after.length === 0) this.fail();
    this.expect("end");
    return tuple(a("try"), locOf(t), list(body), list(of), list(catches), list(after));
  }

  funRest(t: Term): Term {
    if (this.peek() !== "(") {
      // fun name/arity, fun mod:name/arity
      const first = this.exprMax();
      if (this.accept(":")) {
        const name = this.exprMax();
        this.expect("/");
        return tuple(a("fun"), locOf(t), tuple(a("function"), first, name, this.exprMax()));
      }
      this.expect("/");
      const arity = this.expect("integer");
      if (kindOf(first) !== "atom") this.fail();
      return tuple(a("fun"), locOf(t), tuple(a("function"), valOf(first), valOf(arity)));
    }
    const cs: Term[] = [];
    do {
      const open = this.toks[this.i];
      const ps = this.args();
      const g = this.accept("when") ? this.guard() : [];
      this.expect("->");
      const body = this.exprs();
      cs.push(tuple(a("clause"), locOf(open), list(ps), list(g), list(body)));
    } while (this.accept(";"));
    this.expect("end");
    return tuple(a("fun"), locOf(t), tuple(a("clauses"), list(cs)));
  }
}

function appendList(x: Term, y: Term): Term {
  const items: Term[] = [];
  for (let l = x; l instanceof Cons; l = l.tail) items.push(l.head);
  let out = y;
  for (let k = items.length - 1; k >= 0; k--) out = new Cons(items[k], out);
  return out;
}

const erlParse = atom("erl_parse");

function parseExprs(tokens: Term): Term {
  const toks: Term[] = [];
  let l = tokens;
  for (; l instanceof Cons; l = l.tail) {
    const t = l.head;
    if (!(t instanceof Tuple) || t.items.length < 2 || !(t.items[0] instanceof Atom)) badarg();
    toks.push(t);
  }
  if (l !== NIL) badarg();
  const p = new ExprParser(toks);
  try {
    const exprs = p.exprs();
    p.expect("dot");
    if (p.i < toks.length) throw new ErlSyntaxError(toks[p.i]);
    return tuple(atom("ok"), list(exprs));
  } catch (e) {
    if (!(e instanceof ErlSyntaxError)) throw e;
    const tok = e.token;
    const where = tok !== null ? locOf(tok) : toks.length > 0 ? locOf(toks[toks.length - 1]) : 1;
    const before = tok !== null ? charlist(tokenText(tok)) : NIL;
    return tuple(atom("error"), tuple(where, erlParse, list([charlist("syntax error before: "), before])));
  }
}

defineBifs("erl_parse", {
  "parse_exprs/1": ([tokens]) => parseExprs(tokens),
  // a message that is text already is itself; any other term is written as io_lib:write/1 does
  "format_error/1": ([message]) => (isDeepCharList(message) ? message : writeShaped(message, -1)),
});
