// erlang:decode_packet/3: one packet off the front of a binary, framed as a socket's packet
// option frames it (raw, 1, 2, 4, line, and HTTP through vm/http_packet.ts).
import { defineBifs } from "./registry.ts";
import { Atom, Bin, Cons, NIL, Tuple, atom, tuple, binFromBytes, UNDEFINED } from "../terms.ts";
import { badargAt, badargAtEach } from "../errors.ts";
import { decodeHttpLine, decodeHttpHeader } from "../http_packet.ts";

const MORE_UNDEFINED = () => tuple(atom("more"), UNDEFINED);

const TYPES = new Set(["raw", "line", "http", "httph", "http_bin", "httph_bin"]);

defineBifs("erlang", {
  "decode_packet/3": ([type, data, opts]) => {
    const typeOk = type === 0 || type === 1 || type === 2 || type === 4 || (type instanceof Atom && TYPES.has(type.name));
    let packetSize = 0;
    let lineLength = 0;
    let optsOk = true;
    let l = opts;
    for (; l instanceof Cons; l = l.tail) {
      const o = l.head;
      const ok = o instanceof Tuple && o.items.length === 2 && o.items[0] instanceof Atom && typeof o.items[1] === "number" && o.items[1] >= 0;
      if (!ok) { optsOk = false; break; }
      const [k, v] = o.items as [Atom, number];
      if (k.name === "packet_size") packetSize = v;
      else if (k.name === "line_length") lineLength = v;
      else if (k.name !== "line_delimiter") { optsOk = false; break; }
    }
    if (l !== NIL) optsOk = false;
    // (OTP names the options too when the type is bad, whatever they are)
    if (!typeOk) badargAtEach([{ arg: 1, why: "invalid packet type" }, { arg: 3, why: "invalid option in list" }]);
    if (!(data instanceof Bin) || data.tailBits !== 0) badargAt(2, "not a binary");
    if (!optsOk) badargAt(3, "invalid option in list");
    const b = (data as Bin).bytes;
    const rest = (n: number) => binFromBytes(b.slice(n));
    const t = type instanceof Atom ? type.name : type === 0 ? "raw" : (type as number);
    if (t === "raw") return b.length === 0 ? MORE_UNDEFINED() : tuple(atom("ok"), binFromBytes(b.slice()), binFromBytes(new Uint8Array(0)));
    if (typeof t === "number") {
      if (b.length < t) return MORE_UNDEFINED();
      let size = 0;
      for (let i = 0; i < t; i++) size = size * 256 + b[i];
      if (packetSize > 0 && size > packetSize) return tuple(atom("error"), atom("invalid"));
      if (b.length < t + size) return tuple(atom("more"), t + size);
      return tuple(atom("ok"), binFromBytes(b.slice(t, t + size)), rest(t + size));
    }
    if (t === "line") {
      const nl = b.indexOf(10);
      if (lineLength > 0 && (nl < 0 ? b.length >= lineLength : nl + 1 > lineLength)) {
        return tuple(atom("ok"), binFromBytes(b.slice(0, lineLength)), rest(lineLength));
      }
      if (nl < 0) return MORE_UNDEFINED();
      return tuple(atom("ok"), binFromBytes(b.slice(0, nl + 1)), rest(nl + 1));
    }
    const binary = t.endsWith("_bin");
    const r = t.startsWith("httph") ? decodeHttpHeader(b, binary) : decodeHttpLine(b, binary);
    return r ? tuple(atom("ok"), r.term, rest(r.used)) : MORE_UNDEFINED();
  },
});

