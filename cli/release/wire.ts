// The node's control socket: newline-delimited JSON over a Unix domain socket inside the release
// (tmp/APP.sock, mode 0600, in a 0700 folder). Every connection starts with a challenge: the peer
// must answer HMAC-SHA256(cookie, "beamlet-peer:" + nonce) before any request is served.
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { createHmac, timingSafeEqual } from "node:crypto";
import { onFrames, TO_PEER, type Frame } from "./frames.ts";

export interface StartInfo {
  app: string;
  version: string;
  spec: string;
  env?: string;
  /** config/config.exs as read at release time (Elixir source); releases/VSN/runtime.exs runs at boot */
  config?: string;
}

export function readStart(root: string): StartInfo {
  return JSON.parse(fs.readFileSync(path.join(root, "releases", "start.json"), "utf8")) as StartInfo;
}

export function socketPath(root: string, app: string): string {
  const abs = path.join(root, "tmp", `${app}.sock`);
  // sun_path holds ~107 bytes: a deep release folder is reached relative to the cwd
  if (Buffer.byteLength(abs) > 100) {
    const rel = path.relative(process.cwd(), abs);
    if (Buffer.byteLength(rel) < Buffer.byteLength(abs)) return rel;
  }
  return abs;
}

export function readCookie(root: string): string {
  const env = process.env.RELEASE_COOKIE;
  if (env !== undefined && env !== "") return env;
  return fs.readFileSync(path.join(root, "releases", "COOKIE"), "utf8").trim();
}

export function macFor(cookie: string, nonce: string): string {
  return createHmac("sha256", cookie).update("beamlet-peer:" + nonce).digest("hex");
}

export function macMatches(cookie: string, nonce: string, mac: unknown): boolean {
  if (typeof mac !== "string" || !/^[0-9a-f]{64}$/.test(mac)) return false;
  const want = Buffer.from(macFor(cookie, nonce), "hex");
  const got = Buffer.from(mac, "hex");
  return got.length === want.length && timingSafeEqual(got, want);
}

export function sendMessage(sock: net.Socket, m: unknown): void {
  if (!sock.destroyed && sock.writable) sock.write(JSON.stringify(m) + "\n");
}

/** what the node may have written to a peer that the peer has not taken yet before writers wait */
export const PEER_BACKLOG_BYTES = 64 * 1024;

/** the promise of room in a peer's connection (drained, or closed) while it holds more than
 *  PEER_BACKLOG_BYTES the peer has not read; null otherwise */
export function peerBacklog(sock: net.Socket): Promise<void> | null {
  if (sock.destroyed || !sock.writable || sock.writableLength <= PEER_BACKLOG_BYTES) return null;
  return new Promise<void>((resolve) => {
    const done = () => {
      sock.off("drain", done).off("close", done);
      resolve();
    };
    sock.on("drain", done).on("close", done);
  });
}

/** is a node listening on the socket? */
export function isRunning(sockPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(sockPath);
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

export type Session = { sock: net.Socket; welcome: any };

/** connect and prove the cookie; resolves to the session or an error text */
export function connect(root: string): Promise<Session | { error: string; code: "nodedown" | "refused" }> {
  const info = readStart(root);
  const sockPath = socketPath(root, info.app);
  return new Promise((resolve) => {
    const sock = net.connect(sockPath);
    let done = false;
    const finish = (r: Session | { error: string; code: "nodedown" | "refused" }) => {
      if (done) return;
      done = true;
      resolve(r);
    };
    sock.once("error", () => finish({ error: "--rpc-eval : RPC failed with reason :nodedown", code: "nodedown" }));
    sock.once("close", () => finish({ error: "--rpc-eval : RPC failed with reason :nodedown", code: "nodedown" }));
    let cookie: string;
    try {
      cookie = readCookie(root);
    } catch {
      cookie = "";
    }
    let stage = 0;
    const handlers: ((m: any) => void)[] = [];
    // the node's output may be large (an rpc printing a big term); the bound only stops a runaway
    onFrames(sock, TO_PEER, () => 1 << 28, (m: Frame) => {
      if (stage === 0 && m.t === "challenge") {
        stage = 1;
        sendMessage(sock, { t: "auth", mac: macFor(cookie, m.nonce as string) });
      } else if (stage === 1 && m.t === "refused") {
        stage = 2;
        finish({ error: String(m.message), code: "refused" });
        sock.destroy();
      } else if (stage === 1 && m.t === "welcome") {
        stage = 2;
        const session: Session & { on?: (h: (m: any) => void) => void } = { sock, welcome: m };
        (sock as any).__handlers = handlers;
        finish(session);
      } else {
        for (const h of handlers) h(m);
      }
    });
  });
}

/** messages after the welcome */
export function onSessionMessage(s: Session, h: (m: any) => void): void {
  ((s.sock as any).__handlers as ((m: any) => void)[]).push(h);
}
