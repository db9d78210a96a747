// The control socket's frame reader (cli/release/frames.ts onFrames) against a peer that sends
// request after request and reads none of the answers: the node stops reading its requests once
// MAX_UNREAD_ANSWERS of answers wait, so what it holds for the peer stays bounded, and it answers
// the rest once the peer reads.
import { describe, it, expect } from "vitest";
import * as net from "node:net";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { onFrames, TO_NODE, MAX_UNREAD_ANSWERS } from "../../cli/release/frames.ts";
import { sendMessage } from "../../cli/release/wire.ts";

const REQUESTS = 400;
const ANSWER = "x".repeat(16 * 1024);

async function until(cond: () => boolean, ms = 120_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > ms) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("control socket frames", () => {
  it("reads no more requests while the peer leaves the answers unread", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-frames-"));
    const sockPath = path.join(dir, "s.sock");
    let answered = 0;
    let mostHeld = 0;
    const server = net.createServer((sock) => {
      sock.on("error", () => {});
      onFrames(sock, TO_NODE, () => 1 << 20, () => {
        answered++;
        sendMessage(sock, { t: "snapshot", data: { text: ANSWER } });
        mostHeld = Math.max(mostHeld, sock.writableLength);
      });
    });
    await new Promise<void>((r) => server.listen(sockPath, r));
    const peer = net.connect(sockPath);
    try {
      await new Promise<void>((r) => peer.once("connect", r));
      // the peer reads nothing until every request is out
      peer.pause();
      const requests = (JSON.stringify({ t: "observe" }) + "\n").repeat(REQUESTS);
      await new Promise<void>((r) => peer.write(requests, () => r()));
      // the node has taken all of the requests in (they fit a socket buffer): it answers some
      await until(() => answered > 0);
      await new Promise((r) => setTimeout(r, 300));
      // (each answer is 16 KB: what the node holds is the bound and one answer more)
      expect(answered).toBeLessThan(REQUESTS);
      expect(mostHeld).toBeLessThanOrEqual(MAX_UNREAD_ANSWERS + ANSWER.length + 100);
      // once the peer reads, every request is answered
      let received = 0;
      peer.setEncoding("utf8");
      peer.on("data", (d: string) => (received += d.split("\n").length - 1));
      peer.resume();
      await until(() => received === REQUESTS);
      expect(answered).toBe(REQUESTS);
    } finally {
      peer.destroy();
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
