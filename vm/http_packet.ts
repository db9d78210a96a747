// HTTP packets as OTP's packet parser reads them (erlang:decode_packet/3 with http, httph,
// http_bin, httph_bin, and sockets with packet: :http | :http_bin): a request or status line,
// then header lines until the blank one (:http_eoh). Header names OTP knows come back as atoms
// with their index in its table; every name is also given as written.
import { Term, atom, tuple, list, binFromBytes, UNDEFINED } from "./terms.ts";

/** OTP's known header names, in its table's order (the index is the position from 1) */
const HEADERS = [
  "Cache-Control", "Connection", "Date", "Pragma", "Transfer-Encoding", "Upgrade", "Via", "Accept", "Accept-Charset",
  "Accept-Encoding", "Accept-Language", "Authorization", "From", "Host", "If-Modified-Since", "If-Match",
  "If-None-Match", "If-Range", "If-Unmodified-Since", "Max-Forwards", "Proxy-Authorization", "Range", "Referer",
  "User-Agent", "Age", "Location", "Proxy-Authenticate", "Public", "Retry-After", "Server", "Vary", "Warning",
  "Www-Authenticate", "Allow", "Content-Base", "Content-Encoding", "Content-Language", "Content-Length",
  "Content-Location", "Content-Md5", "Content-Range", "Content-Type", "Etag", "Expires", "Last-Modified",
  "Accept-Ranges", "Set-Cookie", "Set-Cookie2", "X-Forwarded-For", "Cookie", "Keep-Alive", "Proxy-Connection",
];
const HEADER_INDEX = new Map(HEADERS.map((h, i) => [h, i + 1]));
const METHODS = new Set(["OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE"]);

/** what a decoder found: a packet and the bytes it took, or a need for more input */
export type HttpDecoded = { term: Term; used: number } | null;

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** s (one character a byte) as a binary of its bytes (http_bin) or a charlist (http) */
function text(s: string, binary: boolean): Term {
  if (!binary) return list(Array.from(s, (c) => c.charCodeAt(0)));
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return binFromBytes(bytes);
}

/** the end of the line starting at `from` (the index after its \n), or -1 */
function lineEnd(b: Uint8Array, from: number): number {
  const i = b.indexOf(10, from);
  return i < 0 ? -1 : i + 1;
}

/** the line's text without its \r\n or \n */
function lineText(b: Uint8Array, from: number, end: number): string {
  let e = end - 1;
  if (e > from && b[e - 1] === 13) e--;
  return latin1(b.subarray(from, e));
}

function version(s: string): [number, number] | null {
  const m = /^HTTP\/(\d+)\.(\d+)$/.exec(s);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function uri(s: string, binary: boolean): Term {
  if (s === "*") return atom("*");
  const abs = /^(https?):\/\//i.exec(s);
  if (abs) {
    const rest = s.slice(abs[0].length);
    const hostEnd = rest.search(/[:/]/);
    const host = hostEnd < 0 ? rest : rest.slice(0, hostEnd);
    const slash = rest.indexOf("/");
    let port: Term = UNDEFINED;
    if (hostEnd >= 0 && rest[hostEnd] === ":") {
      const p = slash < 0 ? rest.slice(hostEnd + 1) : rest.slice(hostEnd + 1, slash);
      if (/^\d+$/.test(p)) port = Number(p);
    }
    const path = slash < 0 ? "/" : rest.slice(slash);
    return tuple(atom("absoluteURI"), atom(abs[1].toLowerCase()), text(host, binary), port, text(path, binary));
  }
  if (s.startsWith("/")) return tuple(atom("abs_path"), text(s, binary));
  const colon = s.indexOf(":");
  if (colon > 0) return tuple(atom("scheme"), text(s.slice(0, colon), binary), text(s.slice(colon + 1), binary));
  // anything else is given as written
  return text(s, binary);
}

/** a request or status line (packet http / http_bin) */
export function decodeHttpLine(b: Uint8Array, binary: boolean): HttpDecoded {
  const end = lineEnd(b, 0);
  if (end < 0) return null;
  const line = lineText(b, 0, end);
  const error = () => ({ term: tuple(atom("http_error"), text(latin1(b.subarray(0, end)), binary)), used: end });
  const parts = line.split(/ +/);
  if (parts[0].startsWith("HTTP/")) {
    const v = version(parts[0]);
    const m = /^HTTP\/\S+ (\d{3})(?: (.*))?$/.exec(line);
    if (!v || !m) return error();
    return { term: tuple(atom("http_response"), tuple(...v), Number(m[1]), text(m[2] ?? "", binary)), used: end };
  }
  if (parts.length !== 2 && parts.length !== 3) return error();
  const [method, target, ver] = parts;
  if (!/^[A-Za-z]+$/.test(method) || target === "") return error();
  const v = ver === undefined ? [0, 9] : version(ver);
  if (!v) return error();
  const m = METHODS.has(method) ? atom(method) : text(method, binary);
  return { term: tuple(atom("http_request"), m, uri(target, binary), tuple(...v)), used: end };
}

/** a header name as OTP writes it: each dash-separated part capitalised */
function canonical(name: string): string {
  return name
    .split("-")
    .map((p) => (p === "" ? p : p[0].toUpperCase() + p.slice(1).toLowerCase()))
    .join("-");
}

/** a header line or the blank line ending them (packet httph / httph_bin) */
export function decodeHttpHeader(b: Uint8Array, binary: boolean): HttpDecoded {
  let end = lineEnd(b, 0);
  if (end < 0) return null;
  if (lineText(b, 0, end) === "") return { term: atom("http_eoh"), used: end };
  // a line starting with a space or tab continues the header: the next line's first byte decides
  for (;;) {
    if (end >= b.length) return null;
    if (b[end] !== 32 && b[end] !== 9) break;
    const next = lineEnd(b, end);
    if (next < 0) return null;
    end = next;
  }
  const raw = latin1(b.subarray(0, end));
  const m = /^([^\s:]+):[ \t]*/.exec(raw);
  if (!m) return { term: tuple(atom("http_error"), text(raw, binary)), used: end };
  const value = raw.slice(m[0].length).replace(/\r?\n$/, "");
  const name = canonical(m[1]);
  const index = HEADER_INDEX.get(name) ?? 0;
  const field = index > 0 ? atom(name) : text(name, binary);
  return { term: tuple(atom("http_header"), index, field, text(m[1], binary), text(value, binary)), used: end };
}
