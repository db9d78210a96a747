// `beamlet playground [--port N]`: serve the browser build (dist/web: the playground page and the
// embedding API bundle) with a small static file server on 127.0.0.1 and print its URL. In a
// checkout the build is redone first when a source is newer (scripts/build-web.mjs).
import * as fs from "node:fs";
import * as http from "node:http";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import * as zlib from "node:zlib";
import { ROOT } from "./host.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
};

/** import() of a module outside the bundle: the bundle runs as a V8 script with a code cache
 *  (scripts/bundle_loader.mjs), where only its loader's import() works */
function importOutside(url: string): Promise<any> {
  const loaders = globalThis as { beamletImport?: (url: string) => Promise<any> };
  return loaders.beamletImport ? loaders.beamletImport(url) : import(url);
}

/** dist/web, rebuilt in a checkout when stale; null (with the reason on stderr) when missing */
export async function webBuildDir(root = ROOT): Promise<string | null> {
  const dir = path.join(root, "dist", "web");
  const script = path.join(root, "scripts", "build-web.mjs");
  const checkout = fs.existsSync(path.join(root, ".git")) && fs.existsSync(script);
  if (checkout) {
    const { buildWeb, webBuildIsStale } = await importOutside(pathToFileURL(script).href);
    if (webBuildIsStale(root)) {
      process.stderr.write("beamlet playground: building dist/web ...\n");
      await buildWeb(root);
    }
  }
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    process.stderr.write(`beamlet playground: ${dir} is missing; run \`npm run build\` in ${root}\n`);
    return null;
  }
  return dir;
}

/** a static file server for `dir` (GET and HEAD only, nothing outside it); text files go out
 *  gzipped to clients that accept it, compressed once per file version */
export function staticServer(dir: string): http.Server {
  const gzipped = new Map<string, { mtimeMs: number; bytes: Buffer }>();
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      rel = "";
    }
    const file = path.join(dir, path.normalize(rel.endsWith("/") ? rel + "index.html" : rel));
    const method = req.method === "GET" || req.method === "HEAD";
    const st = method && (file === dir || file.startsWith(dir + path.sep)) && fs.existsSync(file) ? fs.statSync(file) : null;
    if (!st?.isFile()) {
      res.writeHead(method ? 404 : 405, { "content-type": "text/plain" });
      res.end("not found\n");
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    // no-cache: the browser asks every time and a rebuilt file is seen at once; an unchanged one
    // is answered 304, so a repeat visit reuses the cached bundle (and V8's code cache for it)
    const etag = `"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
    const headers: http.OutgoingHttpHeaders = { "content-type": type, "cache-control": "no-cache", vary: "accept-encoding", etag };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let body: Buffer = fs.readFileSync(file);
    if (/^(text|application\/json)/.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      let z = gzipped.get(file);
      if (!z || z.mtimeMs !== st.mtimeMs) gzipped.set(file, (z = { mtimeMs: st.mtimeMs, bytes: zlib.gzipSync(body, { level: 9 }) }));
      body = z.bytes;
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
}

export async function playgroundCommand(opts: { port: string; host: string }): Promise<number> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`beamlet playground: invalid port ${opts.port}\n`);
    return 1;
  }
  const dir = await webBuildDir();
  if (!dir) return 1;
  const server = staticServer(dir);
  return new Promise((resolve) => {
    server.once("error", (e: NodeJS.ErrnoException) => {
      process.stderr.write(`beamlet playground: cannot listen on ${opts.host}:${port}: ${e.code ?? e.message}\n`);
      resolve(1);
    });
    server.listen(port, opts.host, () => {
      const addr = server.address() as { port: number };
      process.stdout.write(`beamlet playground: http://${opts.host}:${addr.port}/ (Ctrl-C stops it)\n`);
    });
  });
}
