// Lowercase sigils (~s ~c ~w) keep their raw text in the quoted form; the sigil unescapes it
// (Elixir's Macro.unescape_string): \n \t \\ \" \xHH \u{...} ...
const SIMPLE: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", d: "\x7f", e: "\x1b", f: "\f", n: "\n", r: "\r", s: " ", t: "\t", v: "\v",
};

export function unescapeSigil(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\" || i === s.length - 1) {
      out += c;
      continue;
    }
    const n = s[++i];
    if (n in SIMPLE) out += SIMPLE[n];
    else if (n === "x") {
      const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{1,2})/.exec(s.slice(i + 1));
      if (m) {
        out += String.fromCodePoint(parseInt(m[1] ?? m[2], 16));
        i += m[0].length;
      } else out += "x";
    } else if (n === "u") {
      const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(s.slice(i + 1));
      if (m) {
        out += String.fromCodePoint(parseInt(m[1] ?? m[2], 16));
        i += m[0].length;
      } else out += "u";
    } else if (n === "\n") {
      // an escaped newline is removed
    } else out += n;
  }
  return out;
}
