// `beamlet playground --port N` serves dist/web and prints the URL; nothing outside dist/web.
import { it, expect } from "vitest";
import { spawn } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

it("serves the playground and the API bundle, prints its URL, refuses paths outside", async () => {
  const child = spawn(process.execPath, [path.join(root, "cli", "bin.js"), "playground", "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  try {
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d) => {
        stdout += d;
        const m = /^beamlet playground: (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl-C stops it\)\n/.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.on("exit", (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain('<script type="module" src="playground.js"></script>');
    const api = await fetch(url + "beamlet.js");
    expect(api.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    // fetch asks for gzip and undoes it: the length sent is the compressed one
    expect(api.headers.get("content-encoding")).toBe("gzip");
    expect(Number(api.headers.get("content-length"))).toBeLessThan(500 * 1024);
    const apiText = await api.text();
    expect(apiText.length).toBeGreaterThan(50_000);
    // the API module imports the rest of the build from chunks beside it, served as well
    const chunk = /["']\.\/(chunk-[\w-]+\.js)["']/.exec(apiText)?.[1];
    expect(chunk).toBeDefined();
    const chunkReply = await fetch(url + chunk);
    expect(chunkReply.status).toBe(200);
    expect(chunkReply.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const again = await fetch(url + "beamlet.js", { headers: { "if-none-match": api.headers.get("etag")! } });
    expect(again.status).toBe(304);
    expect((await fetch(url + "..%2Fpackage.json")).status).toBe(404);
    expect((await fetch(url + "nope.js")).status).toBe(404);
  } finally {
    child.kill();
  }
});

it("says so when the port is not a number", async () => {
  const child = spawn(process.execPath, [path.join(root, "cli", "bin.js"), "playground", "--port", "x"], { cwd: root });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const code = await new Promise((r) => child.on("exit", r));
  expect(code).toBe(1);
  expect(stderr).toBe("beamlet playground: invalid port x\n");
});
