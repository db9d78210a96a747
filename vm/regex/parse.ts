// PCRE 8.x pattern syntax -> vm/regex/ast.ts. Errors carry PCRE's message texts and offsets
// (what Erlang's re:compile returns as {error, {Message, Offset}}). Features beamlet does not
// implement (recursion, callouts, most backtracking verbs) are rejected with a clear message
// rather than matched differently.
import { Node, Options, Program, PatternError, CharTest, AssertKind, CondTest } from "./ast.ts";
import {
  isDigitA, isWordA, isSpaceA, isDigitU, isWordU, isSpaceU, isHSpace, isVSpace, unicodeProperty, posixClass, caselessTest, hasCase,
} from "./chars.ts";

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  U: boolean;
  J: boolean;
}

type ClassItem = { lo: number; hi: number } | { test: CharTest };

const NOT_SUPPORTED = "is not supported by beamlet's regular expressions";

export function parsePattern(source: Uint8Array, opts: Options): Program {
  return new Parser(source, opts).parse();
}

function decodeUtf8(b: Uint8Array): { units: number[]; offsets: number[] } | null {
  const units: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    let n: number, cp: number;
    if (c < 0x80) { n = 1; cp = c; }
    else if (c >= 0xc2 && c < 0xe0) { n = 2; cp = c & 0x1f; }
    else if (c >= 0xe0 && c < 0xf0) { n = 3; cp = c & 0x0f; }
    else if (c >= 0xf0 && c < 0xf5) { n = 4; cp = c & 0x07; }
    else return null;
    if (i + n > b.length) return null;
    for (let k = 1; k < n; k++) {
      if ((b[i + k] & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (b[i + k] & 0x3f);
    }
    if ((n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    units.push(cp);
    offsets.push(i);
    i += n;
  }
  offsets.push(b.length);
  return { units, offsets };
}
export { decodeUtf8 };

class Parser {
  private u: number[];
  private off: number[]; // byte offset of each unit (for error positions)
  private p = 0;
  private groups = 0;
  private names = new Map<string, number[]>();
  private backrefs: { n: number; at: number }[] = [];
  private namedRefs: { node: { t: "namedref"; names: number[]; ci: boolean } | { kind: "group"; ns: number[] }; name: string; at: number }[] = [];
  private opts: Options;

  constructor(source: Uint8Array, opts: Options) {
    this.opts = { ...opts };
    let units: number[], off: number[];
    if (opts.utf8) {
      const d = decodeUtf8(source);
      if (!d) throw new PatternError("invalid UTF-8 string", 0);
      units = d.units;
      off = d.offsets;
    } else {
      units = [...source];
      off = units.map((_, i) => i).concat([units.length]);
    }
    this.u = units;
    this.off = off;
  }

  private err(text: string, at = this.p): never {
    throw new PatternError(text, this.off[Math.min(at, this.off.length - 1)]);
  }

  private peek(k = 0): number {
    return this.p + k < this.u.length ? this.u[this.p + k] : -1;
  }
  private eat(c: string): boolean {
    if (this.peek() === c.charCodeAt(0)) {
      this.p++;
      return true;
    }
    return false;
  }
  private lookingAt(s: string): boolean {
    for (let k = 0; k < s.length; k++) if (this.peek(k) !== s.charCodeAt(k)) return false;
    return true;
  }

  parse(): Program {
    this.startVerbs();
    const flags: Flags = {
      i: this.opts.caseless, m: this.opts.multiline, s: this.opts.dotall, x: this.opts.extended, U: this.opts.ungreedy, J: this.opts.dupnames,
    };
    const root = this.alternation(flags);
    if (this.p < this.u.length) this.err("unmatched parentheses");
    for (const r of this.backrefs) if (r.n > this.groups) this.err("reference to non-existent subpattern", this.u.length);
    for (const r of this.namedRefs) {
      const ns = this.names.get(r.name);
      if (!ns) this.err("reference to non-existent subpattern", r.at);
      if ("t" in r.node) r.node.names = ns;
      else r.node.ns = ns;
    }
    return { root, groups: this.groups, names: this.names, options: this.opts };
  }

  /** leading (*UTF8) (*UCP) (*LF) ... settings */
  private startVerbs(): void {
    for (;;) {
      const m = /^\(\*([A-Z_0-9=]+)\)/.exec(String.fromCharCode(...this.u.slice(this.p, this.p + 40).map((c) => (c < 0x80 ? c : 0))));
      if (!m) return;
      const v = m[1];
      if (v === "UTF8" || v === "UTF") {
        if (!this.opts.utf8) {
          const bytes = Uint8Array.from(this.u);
          const d = decodeUtf8(bytes);
          if (!d) this.err("invalid UTF-8 string");
          // re-read the rest of the pattern as code points
          const restStart = this.p + m[0].length;
          const rest = decodeUtf8(bytes.subarray(restStart))!;
          this.u = [...this.u.slice(0, restStart), ...rest.units];
          this.off = [...this.off.slice(0, restStart), ...rest.offsets.map((o) => o + restStart)];
          this.opts.utf8 = true;
        }
      } else if (v === "UCP") this.opts.ucp = true;
      else if (v === "CR" || v === "LF" || v === "CRLF" || v === "ANYCRLF" || v === "ANY") this.opts.newline = v.toLowerCase() as Options["newline"];
      else if (v === "BSR_ANYCRLF" || v === "BSR_UNICODE") this.opts.bsrAnycrlf = v === "BSR_ANYCRLF";
      else if (v === "NO_START_OPT" || v === "NO_AUTO_POSSESS") {
        // LF is the default newline; the optimisations change nothing observable here
      } else this.err(`(*${v}) ${NOT_SUPPORTED}`);
      this.p += m[0].length;
    }
  }

  private skipExtended(flags: Flags): void {
    if (!flags.x) return;
    for (;;) {
      const c = this.peek();
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) this.p++;
      else if (c === 0x23) {
        while (this.p < this.u.length && this.peek() !== 0x0a) this.p++;
      } else return;
    }
  }

  /** alternatives up to ')' or the end; inline option changes last to the end of the group */
  private alternation(flags: Flags, resetGroups?: { base: number; max: number }): Node {
    const alts: Node[] = [];
    const f = { ...flags };
    for (;;) {
      if (resetGroups) this.groups = resetGroups.base;
      alts.push(this.sequence(f));
      if (resetGroups) resetGroups.max = Math.max(resetGroups.max, this.groups);
      if (!this.eat("|")) break;
    }
    if (resetGroups) this.groups = resetGroups.max;
    return alts.length === 1 ? alts[0] : { t: "alt", alts };
  }

  private sequence(flags: Flags): Node {
    const items: Node[] = [];
    for (;;) {
      this.skipExtended(flags);
      const c = this.peek();
      if (c === -1 || c === 0x7c /* | */ || c === 0x29 /* ) */) break;
      const atom = this.atom(flags);
      if (atom === null) continue; // an option setting or comment
      this.skipExtended(flags);
      items.push(this.quantified(atom, flags));
    }
    // merge adjacent literals
    const out: Node[] = [];
    for (const n of items) {
      const last = out[out.length - 1];
      if (n.t === "lit" && last && last.t === "lit" && last.ci === n.ci) out[out.length - 1] = { t: "lit", units: [...last.units, ...n.units], ci: n.ci };
      else out.push(n);
    }
    return out.length === 1 ? out[0] : { t: "seq", items: out };
  }

  private quantified(atom: Node, flags: Flags): Node {
    const q = this.quantifier();
    if (!q) return atom;
    let node = atom;
    let greedy = !flags.U;
    let possessive = false;
    if (this.eat("+")) possessive = true;
    else if (this.eat("?")) greedy = !greedy;
    if (node.t === "assert" || node.t === "keep") {
      // PCRE ignores a quantifier on an assertion that allows zero, and treats others as once
      node = q.min === 0 ? { t: "seq", items: [] } : node;
    } else node = { t: "rep", body: node, ...q, greedy, possessive };
    this.skipExtended(flags);
    const next = this.peek();
    if (next === 0x2a || next === 0x2b || next === 0x3f || (next === 0x7b && this.quantifierAhead())) this.err("nothing to repeat");
    return node;
  }

  private quantifierAhead(): boolean {
    const save = this.p;
    const q = this.quantifier();
    this.p = save;
    return q !== null;
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.peek();
    if (c === 0x2a) { this.p++; return { min: 0, max: Infinity }; }
    if (c === 0x2b) { this.p++; return { min: 1, max: Infinity }; }
    if (c === 0x3f) { this.p++; return { min: 0, max: 1 }; }
    if (c !== 0x7b) return null;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.text(this.p, 24));
    if (!m) return null;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    if (min > 65535 || (max !== Infinity && max > 65535)) this.err("number too big in {} quantifier", this.p + m[0].length - 1);
    if (max < min) this.err("numbers out of order in {} quantifier", this.p + m[0].length - 1);
    this.p += m[0].length;
    return { min, max };
  }

  private text(from: number, len: number): string {
    return String.fromCharCode(...this.u.slice(from, from + len).map((c) => (c < 0x80 ? c : 0xfffd)));
  }

  private lit(c: number, flags: Flags): Node {
    return { t: "lit", units: [c], ci: flags.i && hasCase(c, this.opts.utf8) };
  }

  private atom(flags: Flags): Node | null {
    const c = this.u[this.p++];
    switch (c) {
      case 0x2e: // .
        return flags.s ? { t: "set", test: () => true } : { t: "dot" };
      case 0x5e: // ^
        return { t: "assert", kind: flags.m ? "bol" : "caret" };
      case 0x24: // $
        return { t: "assert", kind: flags.m ? "eol" : this.opts.dollarEndonly ? "dollar_end" : "dollar" };
      case 0x5b: // [
        // PCRE's word boundaries [[:<:]] (start of a word) and [[:>:]] (end of one), whole classes only
        if (this.text(this.p, 6) === "[:<:]]") { this.p += 6; return { t: "assert", kind: "word_start" }; }
        if (this.text(this.p, 6) === "[:>:]]") { this.p += 6; return { t: "assert", kind: "word_end" }; }
        return this.charClass(flags);
      case 0x28: // (
        return this.group(flags);
      case 0x5c: // backslash
        return this.escape(flags);
      case 0x2a: case 0x2b: case 0x3f:
        this.err("nothing to repeat", this.p - 1);
      // falls through (err never returns)
      case 0x7b: // { that does not start a quantifier is a literal
        this.p--;
        if (this.quantifierAhead()) this.err("nothing to repeat");
        this.p++;
        return this.lit(c, flags);
      default:
        return this.lit(c, flags);
    }
  }

  private group(flags: Flags): Node | null {
    const start = this.p - 1;
    if (this.eat("*")) {
      const m = /^([A-Z]*)(:[^)]*)?\)/.exec(this.text(this.p, 40));
      if (m && (m[1] === "FAIL" || m[1] === "F") && !m[2]) {
        this.p += m[0].length;
        return { t: "fail" };
      }
      this.err(`backtracking verb (*${m ? m[1] : ""}) ${NOT_SUPPORTED}`, start);
    }
    if (!this.eat("?")) {
      if (this.opts.noAutoCapture) return this.finishGroup(flags, -1);
      return this.finishGroup(flags, ++this.groups);
    }
    const c = this.peek();
    const ch = String.fromCharCode(c);
    if (ch === "#") {
      while (this.p < this.u.length && this.peek() !== 0x29) this.p++;
      if (!this.eat(")")) this.err("missing ) after comment");
      return null;
    }
    if (ch === ":") { this.p++; return this.finishGroup(flags, -1); }
    if (ch === "|") {
      this.p++;
      const reset = { base: this.groups, max: this.groups };
      const body = this.alternation(flags, reset);
      if (!this.eat(")")) this.err("missing )");
      return body;
    }
    if (ch === ">") { this.p++; return { t: "atomic", body: this.groupBody(flags) }; }
    if (ch === "=" || ch === "!") { this.p++; return this.look(false, ch === "!", flags); }
    if (ch === "<" && (this.peek(1) === 0x3d || this.peek(1) === 0x21)) {
      const neg = this.peek(1) === 0x21;
      this.p += 2;
      return this.look(true, neg, flags);
    }
    if (ch === "<" || ch === "'" || (ch === "P" && this.peek(1) === 0x3c)) {
      if (ch === "P") this.p++;
      const close = this.u[this.p++] === 0x3c ? ">" : "'";
      const name = this.groupName(close);
      const n = this.opts.noAutoCapture ? ++this.groups : ++this.groups;
      const existing = this.names.get(name);
      if (existing && !flags.J) this.err("two named subpatterns have the same name", this.p - 1);
      this.names.set(name, [...(existing ?? []), n]);
      return this.finishGroup(flags, n);
    }
    if (ch === "P" && this.peek(1) === 0x3d) {
      this.p += 2;
      const name = this.groupName(")");
      return this.namedRef(name, flags, this.p - 1);
    }
    if (ch === "(") return this.conditional(flags);
    if (ch === "R" || ch === "&" || ch === "+" || (ch === "P" && this.peek(1) === 0x3e) || (c >= 0x30 && c <= 0x39) || (ch === "-" && this.peek(1) >= 0x30 && this.peek(1) <= 0x39)) {
      this.err(`recursion (?R) (?n) (?&name) ${NOT_SUPPORTED}`, start);
    }
    if (ch === "C") this.err(`callout (?C) ${NOT_SUPPORTED}`, start);
    // option settings: (?imsxJUX-imsx) or (?imsx-imsx:...)
    const nf = { ...flags };
    let on = true;
    for (;;) {
      const o = this.u[this.p++];
      const oc = String.fromCharCode(o ?? 0);
      if (oc === "-" && on) { on = false; continue; }
      if (oc === "i") nf.i = on;
      else if (oc === "m") nf.m = on;
      else if (oc === "s") nf.s = on;
      else if (oc === "x") nf.x = on;
      else if (oc === "U") nf.U = on;
      else if (oc === "J") nf.J = on;
      else if (oc === "X") { /* extra: unknown escapes are already errors here */ }
      else if (oc === ")") {
        Object.assign(flags, nf);
        return null;
      } else if (oc === ":") {
        return this.finishGroup(nf, -1);
      } else this.err("unrecognized character after (? or (?-", this.p - 1);
    }
  }

  private groupName(close: string): string {
    const from = this.p;
    while (this.p < this.u.length && (isWordA(this.peek()))) this.p++;
    const name = this.text(from, this.p - from);
    if (name.length === 0) this.err("group name must start with a non-digit");
    if (/^\d/.test(name)) this.err("group name must start with a non-digit", from);
    if (name.length > 32) this.err("name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)", from);
    if (!this.eat(close)) this.err("syntax error in subpattern name (missing terminator)");
    return name;
  }

  private groupBody(flags: Flags): Node {
    const body = this.alternation(flags);
    if (!this.eat(")")) this.err("missing )");
    return body;
  }

  private finishGroup(flags: Flags, n: number): Node {
    const body = this.groupBody(flags);
    return n < 0 ? wrapNonCapturing(body) : { t: "group", n, body };
  }

  private look(behind: boolean, neg: boolean, flags: Flags): Node {
    const start = this.p;
    const body = this.groupBody(flags);
    let lengths: number[] = [];
    if (behind) {
      const alts = body.t === "alt" ? body.alts : [body];
      for (const a of alts) {
        const len = fixedLength(a);
        if (len === null) this.err("lookbehind assertion is not fixed length", this.p - 1);
        lengths.push(len);
      }
      void start;
    }
    return { t: "look", behind, neg, body, lengths };
  }

  private conditional(flags: Flags): Node {
    const at = this.p;
    this.p++; // (
    let test: CondTest;
    const rest = this.text(this.p, 40);
    let m: RegExpExecArray | null;
    if ((m = /^(\d+)\)/.exec(rest))) {
      const n = Number(m[1]);
      this.p += m[0].length;
      if (n === 0) this.err("invalid condition (?(0)", at);
      this.backrefs.push({ n, at: this.p - 1 });
      test = { kind: "group", ns: [n] };
    } else if ((m = /^(?:<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')\)/.exec(rest))) {
      this.p += m[0].length;
      const t: CondTest = { kind: "group", ns: [] };
      this.namedRefs.push({ node: t, name: m[1] ?? m[2], at: this.p - 1 });
      test = t;
    } else if (/^\?(=|!|<=|<!)/.test(rest)) {
      this.p++; // ?
      let behind = false;
      if (this.eat("<")) behind = true;
      const neg = this.u[this.p++] === 0x21;
      test = { kind: "look", look: this.look(behind, neg, flags) };
    } else if ((m = /^([A-Za-z_]\w*)\)/.exec(rest)) && m[1] !== "DEFINE" && !/^R/.test(m[1])) {
      this.p += m[0].length;
      const t: CondTest = { kind: "group", ns: [] };
      this.namedRefs.push({ node: t, name: m[1], at: this.p - 1 });
      test = t;
    } else {
      this.err(`condition (?(R...) or (?(DEFINE) ${NOT_SUPPORTED}`, at);
    }
    const body = this.groupBody(flags);
    const alts = body.t === "alt" ? body.alts : [body];
    if (alts.length > 2) this.err("conditional group contains more than two branches", this.p - 1);
    return { t: "cond", test, yes: alts[0], no: alts[1] ?? { t: "seq", items: [] } };
  }

  private namedRef(name: string, flags: Flags, at: number): Node {
    const node = { t: "namedref" as const, names: [] as number[], ci: flags.i };
    this.namedRefs.push({ node, name, at });
    return node;
  }

  private typeEscape(e: number, flags: Flags): CharTest | null {
    const ucp = this.opts.ucp;
    switch (String.fromCharCode(e)) {
      case "d": return ucp ? isDigitU : isDigitA;
      case "D": { const t = ucp ? isDigitU : isDigitA; return (c) => !t(c); }
      case "w": return ucp ? isWordU : isWordA;
      case "W": { const t = ucp ? isWordU : isWordA; return (c) => !t(c); }
      case "s": return ucp ? isSpaceU : isSpaceA;
      case "S": { const t = ucp ? isSpaceU : isSpaceA; return (c) => !t(c); }
      case "h": return isHSpace;
      case "H": return (c) => !isHSpace(c);
      case "v": return isVSpace;
      case "V": return (c) => !isVSpace(c);
      case "p": case "P": return this.property(e === 0x50);
    }
    void flags;
    return null;
  }

  private property(neg: boolean): CharTest {
    let name: string;
    let negate = neg;
    if (this.eat("{")) {
      const from = this.p;
      while (this.p < this.u.length && this.peek() !== 0x7d) this.p++;
      if (this.peek() !== 0x7d) this.err("malformed \\P or \\p sequence");
      name = this.text(from, this.p - from);
      if (name.startsWith("^")) { negate = !negate; name = name.slice(1); }
    } else {
      if (this.p >= this.u.length) this.err("malformed \\P or \\p sequence");
      name = String.fromCharCode(this.u[this.p++]);
    }
    const t = unicodeProperty(name);
    if (!t) this.err("unknown property name after \\P or \\p");
    if (this.peek() === 0x7d) this.p++;
    return negate ? (c) => !t(c) : t;
  }

  /** a character escape's code point, or null if e is not one */
  private charEscape(e: number, inClass: boolean): number | null {
    const ch = String.fromCharCode(e);
    switch (ch) {
      case "a": return 0x07;
      case "e": return 0x1b;
      case "f": return 0x0c;
      case "n": return 0x0a;
      case "r": return 0x0d;
      case "t": return 0x09;
      case "b": return inClass ? 0x08 : null;
      case "0": {
        let v = 0, k = 0;
        while (k < 2 && this.peek() >= 0x30 && this.peek() <= 0x37) { v = v * 8 + this.u[this.p++] - 0x30; k++; }
        return v;
      }
      case "o": {
        if (!this.eat("{")) this.err("missing opening brace after \\o");
        const m = /^([0-7]+)\}/.exec(this.text(this.p, 16));
        if (!m) this.err("non-octal character in \\o{} (closing brace missing?)");
        this.p += m[0].length;
        return this.checkCodePoint(parseInt(m[1], 8));
      }
      case "x": {
        if (this.eat("{")) {
          const m = /^([0-9a-fA-F]+)\}/.exec(this.text(this.p, 16));
          if (!m) this.err("non-hex character in \\x{} (closing brace missing?)");
          this.p += m[0].length;
          return this.checkCodePoint(parseInt(m[1], 16));
        }
        const m = /^[0-9a-fA-F]{1,2}/.exec(this.text(this.p, 2));
        if (!m) return 0;
        this.p += m[0].length;
        return parseInt(m[0], 16);
      }
      case "c": {
        const x = this.u[this.p++];
        if (x === undefined) this.err("\\c at end of pattern");
        if (x > 0x7f) this.err("\\c must be followed by an ASCII character");
        const up = x >= 0x61 && x <= 0x7a ? x - 0x20 : x;
        return up ^ 0x40;
      }
    }
    if (inClass && e >= 0x31 && e <= 0x37) {
      this.p--;
      return this.octal();
    }
    return null;
  }

  private octal(): number {
    let v = 0, k = 0;
    while (k < 3 && this.peek() >= 0x30 && this.peek() <= 0x37) { v = v * 8 + this.u[this.p++] - 0x30; k++; }
    if (!this.opts.utf8 && v > 0xff) this.err("octal value is greater than \\377 in 8-bit non-UTF-8 mode");
    return v;
  }

  private checkCodePoint(v: number): number {
    if (!this.opts.utf8 && v > 0xff) this.err("character value in \\x{} or \\o{} is too large");
    if (this.opts.utf8 && (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))) this.err(v > 0x10ffff ? "character value in \\x{} or \\o{} is too large" : "disallowed Unicode code point (>= 0xd800 && <= 0xdfff)");
    return v;
  }

  private escape(flags: Flags): Node | null {
    if (this.p >= this.u.length) this.err("\\ at end of pattern");
    const e = this.u[this.p++];
    const ch = String.fromCharCode(e);
    const anchors: Record<string, AssertKind> = { A: "start", z: "end", Z: "end_nl", b: "word", B: "nonword", G: "gstart" };
    if (ch in anchors && e < 0x80) return { t: "assert", kind: anchors[ch] };
    if (ch === "K") return { t: "keep" };
    if (ch === "N") return { t: "dot" };
    if (ch === "R") return { t: "newline_seq" };
    if (ch === "X") this.err(`\\X ${NOT_SUPPORTED}`, this.p - 2);
    if (ch === "C") this.err(`\\C ${NOT_SUPPORTED}`, this.p - 2);
    if (ch === "Q") {
      const items: Node[] = [];
      while (this.p < this.u.length && !(this.peek() === 0x5c && this.peek(1) === 0x45)) items.push(this.lit(this.u[this.p++], flags));
      if (this.p < this.u.length) this.p += 2;
      return items.length === 1 ? items[0] : { t: "seq", items: mergeLits(items) };
    }
    if (ch === "E") return null;
    const t = this.typeEscape(e, flags);
    if (t) return { t: "set", test: t };
    if (ch === "g") return this.gRef(flags);
    if (ch === "k") {
      const open = this.u[this.p++];
      const close = open === 0x3c ? ">" : open === 0x27 ? "'" : open === 0x7b ? "}" : null;
      if (!close) this.err("\\k is not followed by a braced, angle-bracketed, or quoted name");
      const name = this.groupName(close);
      return this.namedRef(name, flags, this.p - 1);
    }
    if (e >= 0x31 && e <= 0x39) {
      // a back reference when below 8 or with that many groups so far; else octal digits, or a
      // literal 8 or 9 (as PCRE 8.45)
      const m = /^\d+/.exec(this.text(this.p - 1, 10))!;
      const n = Number(m[0]);
      if (n < 8 || n <= this.groups) {
        this.p += m[0].length - 1;
        this.backrefs.push({ n, at: this.p });
        return { t: "backref", n, ci: flags.i };
      }
      if (e >= 0x38) return this.lit(e, flags);
      this.p--;
      return this.lit(this.octal(), flags);
    }
    const c = this.charEscape(e, false);
    if (c !== null) return this.lit(c, flags);
    this.unknownEscape(e);
    return this.lit(e, flags);
  }

  /** any other escaped character is itself (PCRE 8.45 without PCRE_EXTRA), but for the Perl case
   *  escapes it refuses */
  private unknownEscape(e: number): void {
    if (e === 0x4c || e === 0x6c || e === 0x55 || e === 0x75) this.err("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", this.p - 1);
  }

  private gRef(flags: Flags): Node {
    const at = this.p;
    let m: RegExpExecArray | null;
    const rest = this.text(this.p, 40);
    if ((m = /^\{(-?)(\d+)\}/.exec(rest)) || (m = /^(-?)(\d+)/.exec(rest))) {
      this.p += m[0].length;
      let n = Number(m[2]);
      if (m[1]) {
        n = this.groups + 1 - n;
        if (n <= 0 || Number(m[2]) === 0) this.err("reference to non-existent subpattern", this.p - 1);
      }
      if (n === 0) this.err("a numbered reference must not be zero", this.p - 1);
      this.backrefs.push({ n, at: this.p - 1 });
      return { t: "backref", n, ci: flags.i };
    }
    if ((m = /^\{([A-Za-z_]\w*)\}/.exec(rest))) {
      this.p += m[0].length;
      return this.namedRef(m[1], flags, this.p - 1);
    }
    if (/^[<']/.test(rest)) this.err(`subroutine call \\g<...> ${NOT_SUPPORTED}`, at - 2);
    this.err("a numbered reference must not be zero");
  }

  /** at "[": a POSIX class [:name:] (or [:^name:]) as PCRE's check_posix_syntax sees one (up to
   *  the first ":]", with no "]" before it), its test, moving past it; null if there is none */
  private posixSyntax(caseless: boolean): CharTest | null {
    const term = this.peek(1);
    if (term !== 0x3a && term !== 0x2e && term !== 0x3d) return null;
    let i = this.p + 2;
    for (; i < this.u.length; i++) {
      const x = this.u[i];
      if (x === 0x5c && (this.u[i + 1] === 0x5d || this.u[i + 1] === 0x5c)) i++;
      else if ((x === 0x5b && this.u[i + 1] === term) || x === 0x5d) return null;
      else if (x === term && this.u[i + 1] === 0x5d) break;
    }
    if (i >= this.u.length) return null;
    if (term !== 0x3a) this.err("POSIX collating elements are not supported");
    let from = this.p + 2;
    const neg = this.u[from] === 0x5e;
    if (neg) from++;
    // (caseless, [:upper:] and [:lower:] are [:alpha:], as PCRE converts them)
    let name = this.text(from, i - from);
    if (caseless && (name === "upper" || name === "lower")) name = "alpha";
    const t = posixClass(name, this.opts.ucp);
    if (!t) this.err("unknown POSIX class name", from);
    this.p = i + 2;
    return neg ? (x) => !t(x) : t;
  }

  /** at "[": whether a POSIX class [:name:] starts here (see posixSyntax) */
  private posixAhead(): boolean {
    const save = this.p;
    try {
      return this.posixSyntax(false) !== null;
    } catch {
      return true;
    } finally {
      this.p = save;
    }
  }

  private charClass(flags: Flags): Node {
    const start = this.p - 1;
    let neg = false;
    if (this.eat("^")) neg = true;
    const items: ClassItem[] = [];
    let first = true;
    for (;;) {
      if (this.p >= this.u.length) this.err("missing terminating ] for character class");
      let c = this.u[this.p];
      if (c === 0x5d && !first) { this.p++; break; }
      first = false;
      // POSIX [:name:]
      const posix = c === 0x5b ? this.posixSyntax(flags.i) : null;
      if (posix) {
        items.push({ test: posix });
        continue;
      }
      let lo: number;
      this.p++;
      if (c === 0x5c) {
        if (this.p >= this.u.length) this.err("\\ at end of pattern");
        const e = this.u[this.p++];
        if (e === 0x45) continue; // \E
        if (e === 0x51) { // \Q...\E inside a class
          while (this.p < this.u.length && !(this.peek() === 0x5c && this.peek(1) === 0x45)) { const q = this.u[this.p++]; items.push({ lo: q, hi: q }); }
          if (this.p < this.u.length) this.p += 2;
          continue;
        }
        const t = e === 0x52 || e === 0x58 ? null : this.typeEscape(e, flags);
        if (e === 0x4e) this.err("\\N is not supported in a class");
        if (t) { items.push({ test: t }); continue; }
        const ce = this.charEscape(e, true);
        if (ce !== null) lo = ce;
        else {
          this.unknownEscape(e);
          lo = e;
        }
      } else lo = c;
      // a range?
      if (this.peek() === 0x2d && this.peek(1) !== 0x5d && this.peek(1) !== -1) {
        const save = this.p;
        this.p++;
        let hi: number | null = null;
        const h = this.u[this.p];
        let quoted = false;
        if (h === 0x5b && this.posixAhead()) {
          this.err("invalid range in character class");
        } else if (h === 0x5c && this.peek(1) === 0x51 && this.p + 2 < this.u.length && this.peek(2) !== 0x5c) {
          // [a-\Qz...\E]: the range ends at the quoted text's first character
          this.p += 2;
          hi = this.u[this.p++];
          quoted = true;
        } else if (h === 0x5c) {
          this.p++;
          const e2 = this.u[this.p++];
          // [a-\d], [a-\p{L}], [a-\R]...: PCRE refuses a range that ends in a class
          if ("dDwWsShHvVpPRX".includes(String.fromCharCode(e2))) this.err("invalid range in character class", this.p - 1);
          const ce = this.charEscape(e2, true);
          if (ce === null) this.unknownEscape(e2);
          hi = ce !== null ? ce : e2;
        } else {
          hi = h;
          this.p++;
        }
        if (hi === null) { this.p = save; items.push({ lo, hi: lo }); continue; }
        if (hi < lo) this.err("range out of order in character class", this.p - 1);
        items.push({ lo, hi });
        if (quoted) {
          while (this.p < this.u.length && !(this.peek() === 0x5c && this.peek(1) === 0x45)) { const q = this.u[this.p++]; items.push({ lo: q, hi: q }); }
          if (this.p < this.u.length) this.p += 2;
        }
        continue;
      }
      items.push({ lo, hi: lo });
    }
    void start;
    const base = classTest(items);
    const utf = this.opts.utf8;
    let test: CharTest = base;
    if (flags.i) test = caselessTest(base, utf);
    return { t: "set", test: neg ? (c) => !test(c) : test };
  }
}

function classTest(items: ClassItem[]): CharTest {
  const ranges = items.filter((i): i is { lo: number; hi: number } => "lo" in i);
  const tests = items.filter((i): i is { test: CharTest } => "test" in i).map((i) => i.test);
  return (c) => {
    for (const r of ranges) if (c >= r.lo && c <= r.hi) return true;
    for (const t of tests) if (t(c)) return true;
    return false;
  };
}

function mergeLits(items: Node[]): Node[] {
  const out: Node[] = [];
  for (const n of items) {
    const last = out[out.length - 1];
    if (n.t === "lit" && last && last.t === "lit" && last.ci === n.ci) out[out.length - 1] = { t: "lit", units: [...last.units, ...n.units], ci: n.ci };
    else out.push(n);
  }
  return out;
}

/** a non-capturing group is its body; wrapped in a seq so a following quantifier takes all of it */
function wrapNonCapturing(body: Node): Node {
  return body.t === "seq" || body.t === "alt" || body.t === "lit" ? { t: "seq", items: [body] } : body;
}

/** the number of units a node always matches, or null if it varies */
export function fixedLength(n: Node): number | null {
  switch (n.t) {
    case "lit": return n.units.length;
    case "set": case "dot": return 1;
    case "seq": {
      let sum = 0;
      for (const i of n.items) {
        const l = fixedLength(i);
        if (l === null) return null;
        sum += l;
      }
      return sum;
    }
    case "alt": {
      const ls = n.alts.map(fixedLength);
      if (ls.some((l) => l === null || l !== ls[0])) return null;
      return ls[0];
    }
    case "group": case "atomic": return fixedLength(n.body);
    case "rep": {
      if (n.min !== n.max) return null;
      const l = fixedLength(n.body);
      return l === null ? null : l * n.min;
    }
    case "assert": case "look": case "keep": case "fail": return 0;
    case "cond": {
      const a = fixedLength(n.yes), b = fixedLength(n.no);
      return a !== null && a === b ? a : null;
    }
    default: return null;
  }
}
