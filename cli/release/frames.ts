// The control socket's frames: one JSON object per line. Every frame is checked against its
// tag's shape (field names and types) before anything reads it; a frame that does not fit closes
// its connection and nothing else. Frames are bounded in size (smaller before authentication).
import type * as net from "node:net";

/** the longest line a peer may send before it has proved the cookie (an auth frame is ~90 bytes) */
export const MAX_FRAME_UNAUTHED = 1024;
/** the longest line after authentication (an rpc expression, a pasted line in a remote shell) */
export const MAX_FRAME = 1 << 20;

type FieldType = "string" | "boolean" | "number" | "fd" | "object";
type Shape = Record<string, { type: FieldType; optional?: boolean }>;

const req = (type: FieldType) => ({ type });
const opt = (type: FieldType) => ({ type, optional: true });

/** what a peer may send to the node */
export const TO_NODE: Record<string, Shape> = {
  auth: { mac: req("string") },
  pid: {},
  stop: {},
  rpc: { code: req("string") },
  remote: { terminal: opt("boolean"), columns: opt("number"), colors: opt("boolean") },
  in: { data: req("string") },
  eof: {},
  observe: {},
  "upgrade-check": { from: opt("string"), extra: opt("string"), replay: opt("number") },
  "upgrade-apply": { from: opt("string"), extra: opt("string"), force: opt("boolean"), grace: opt("number") },
};

/** what the node sends to a peer */
export const TO_PEER: Record<string, Shape> = {
  challenge: { nonce: req("string") },
  welcome: { app: req("string"), version: req("string"), pid: req("number") },
  refused: { message: req("string") },
  pid: { pid: req("number") },
  ok: {},
  out: { fd: req("fd"), text: req("string") },
  done: { ok: req("boolean"), error: opt("string"), status: opt("number") },
  bye: {},
  snapshot: { data: req("object") },
  "upgrade-report": { ok: req("boolean"), text: req("string") },
};

export type Frame = { t: string; [field: string]: unknown };

function fits(v: unknown, type: FieldType): boolean {
  if (type === "fd") return v === 1 || v === 2;
  if (type === "number") return typeof v === "number" && Number.isFinite(v);
  if (type === "object") return v !== null && typeof v === "object" && !Array.isArray(v);
  return typeof v === type;
}

/** the frame when `line` is a JSON object whose tag and fields match `shapes`, else null */
export function decodeFrame(line: string, shapes: Record<string, Shape>): Frame | null {
  let m: unknown;
  try {
    m = JSON.parse(line);
  } catch {
    return null;
  }
  if (m === null || typeof m !== "object" || Array.isArray(m)) return null;
  const o = m as Record<string, unknown>;
  const tag = o.t;
  if (typeof tag !== "string" || !Object.hasOwn(shapes, tag)) return null;
  const shape = shapes[tag];
  for (const key of Object.keys(o)) {
    if (key !== "t" && !Object.hasOwn(shape, key)) return null;
  }
  for (const [key, f] of Object.entries(shape)) {
    if (!Object.hasOwn(o, key)) {
      if (f.optional) continue;
      return null;
    }
    if (!fits(o[key], f.type)) return null;
  }
  return o as Frame;
}

/** what a peer may leave unread of the node's answers before the node reads its next request */
export const MAX_UNREAD_ANSWERS = 256 * 1024;

/**
 * Call onFrame for each valid frame of a socket. A malformed frame, a line longer than
 * maxFrame() or an exception in the handler destroys this socket; nothing after it is read.
 * onFrame returns "stop" when it is closing the connection itself: nothing more is read either.
 * While the peer leaves more than MAX_UNREAD_ANSWERS of the node's frames unread, its next
 * requests wait (a peer asking for snapshot after snapshot without reading them would otherwise
 * grow the node's memory without bound).
 */
export function onFrames(sock: net.Socket, shapes: Record<string, Shape>, maxFrame: () => number, onFrame: (m: Frame) => void | "stop"): void {
  let buf = "";
  let scanned = 0; // buf[0, scanned) holds no newline: each byte is looked at once
  let stopped = false;
  let waiting = false;
  sock.setEncoding("utf8");
  const drop = () => {
    stopped = true;
    buf = "";
    sock.destroy();
  };
  const pump = () => {
    for (;;) {
      if (stopped || sock.destroyed) return;
      if (sock.writableLength > MAX_UNREAD_ANSWERS) {
        waiting = true;
        sock.pause();
        sock.once("drain", () => {
          waiting = false;
          sock.resume();
          pump();
        });
        return;
      }
      const i = buf.indexOf("\n", scanned);
      if (i < 0) {
        scanned = buf.length;
        if (buf.length > maxFrame()) drop();
        return;
      }
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      scanned = 0;
      if (line.length > maxFrame()) return drop();
      if (!line.trim()) continue;
      const m = decodeFrame(line, shapes);
      if (!m) return drop();
      let r: void | "stop";
      try {
        r = onFrame(m);
      } catch {
        return drop();
      }
      if (r === "stop" || sock.destroyed) {
        stopped = true;
        buf = "";
        return;
      }
    }
  };
  sock.on("data", (d: string) => {
    if (stopped || sock.destroyed) return;
    buf += d;
    if (!waiting) pump();
  });
}
