// The compiled library is cached in .beamlet_cache/ (one .bbc bundle keyed by a hash of lib/ and
// the compiler's sources), so a run does not recompile lib/ every time.
import * as fs from "node:fs";
import * as path from "node:path";
import { createHash } from "node:crypto";
import type { Node } from "../vm/node.ts";
import { compileLibrary, loadLibrary } from "../vm/boot.ts";
import { readModule, writeModule } from "../vm/bytecode_file.ts";
import type { CompiledModule } from "../vm/module.ts";
import { ROOT, librarySources } from "./host.ts";

function sourceHash(): string {
  const h = createHash("sha1");
  for (const s of librarySources()) h.update(s.path).update(s.text);
  for (const dir of ["compiler", "lang"]) {
    for (const f of fs.readdirSync(path.join(ROOT, dir)).sort()) {
      if (f.endsWith(".ts")) h.update(fs.readFileSync(path.join(ROOT, dir, f)));
    }
  }
  return h.digest("hex").slice(0, 16);
}

export function loadLibraryCached(node: Node): void {
  const dir = path.join(ROOT, ".beamlet_cache");
  const key = sourceHash();
  const file = path.join(dir, `lib-${key}.bundle`);
  let modules: CompiledModule[] | null = null;
  try {
    const bundle = fs.readFileSync(file);
    modules = [];
    let off = 0;
    while (off < bundle.length) {
      const len = bundle.readUInt32BE(off);
      const m = readModule(new Uint8Array(bundle.subarray(off + 4, off + 4 + len)));
      if (!m) throw new Error("stale");
      modules.push(m);
      off += 4 + len;
    }
  } catch {
    modules = null;
  }
  if (!modules) {
    modules = compileLibrary(node, librarySources());
    try {
      fs.mkdirSync(dir, { recursive: true });
      const parts: Buffer[] = [];
      for (const m of modules) {
        const b = writeModule(m);
        const len = Buffer.alloc(4);
        len.writeUInt32BE(b.length);
        parts.push(len, Buffer.from(b));
      }
      const tmp = file + "." + process.pid;
      fs.writeFileSync(tmp, Buffer.concat(parts));
      fs.renameSync(tmp, file);
      for (const old of fs.readdirSync(dir)) if (old.startsWith("lib-") && path.join(dir, old) !== file && !old.includes(".bundle.")) fs.rmSync(path.join(dir, old), { force: true });
    } catch {
      /* a read-only checkout still works, just slower */
    }
  }
  loadLibrary(node, modules);
}
