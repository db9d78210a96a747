// What `beamlet run hello.exs` keeps in memory that it does not use (issue 12's start-up target:
// 60 MiB). Checked on the bundle as an installed beamlet runs it, through a preload (node --import,
// which leaves V8's flags and so the code cache alone): the node modules loaded while it runs, and
// a heap snapshot taken as it exits.
import { describe, it, expect } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beamlet, run, tempDir, cleanup, ROOT } from "../e2e/helpers.ts";

/** node's modules a run of hello.exs must not load: nothing in it opens a socket, starts a child
 *  process or a worker thread, reads a line, compresses, hashes (the library cache's checks use
 *  cli/digest.ts: loading crypto was 10 ms of CPU) or asks V8 for statistics */
const UNUSED = ["child_process", "crypto", "dgram", "dns", "http", "readline", "v8", "worker_threads", "zlib"];

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

describe("start-up memory", () => {
  it("hello.exs loads none of node's unused modules and holds no table it did not use", async () => {
    // (through cli/bin.js first: it rebuilds the bundle when a source is newer, and the library
    // cache is made if there is none)
    expect((await beamlet(["run", "examples/hello.exs"], { cwd: ROOT })).code).toBe(0);
    const dir = tempDir("startup-memory");
    try {
      const modules = join(dir, "modules.json");
      const snapshot = join(dir, "hello.heapsnapshot");
      const preload = join(dir, "preload.mjs");
      writeFileSync(
        preload,
        `import { writeFileSync } from "node:fs";\n` +
          `import { createRequire } from "node:module";\n` +
          `const before = new Set(process.moduleLoadList);\n` +
          `process.on("exit", () => {\n` +
          `  writeFileSync(${JSON.stringify(modules)}, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m))));\n` +
          `  createRequire(import.meta.url)("node:v8").writeHeapSnapshot(${JSON.stringify(snapshot)});\n` +
          `});\n`,
      );
      const r = await run(process.execPath, ["--import", pathToFileURL(preload).href, join(ROOT, "dist", "beamlet.mjs"), "run", "examples/hello.exs"], { cwd: ROOT });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("hello, world\n");

      // (node:vm: the bundle's loader compiles it with it)
      const loaded = (JSON.parse(readFileSync(modules, "utf8")) as string[]).map((m) => m.replace(/^NativeModule /, ""));
      expect(loaded).toContain("vm");
      expect(UNUSED.filter((m) => loaded.includes(m))).toEqual([]);

      const s = JSON.parse(readFileSync(snapshot, "utf8")) as Snapshot;
      const fields = s.snapshot.meta.node_fields;
      const types = s.snapshot.meta.node_types[0];
      const [type, name, size] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
      const bigints: number[] = [];
      const tables: string[] = [];
      for (let i = 0; i < s.nodes.length; i += fields.length) {
        const t = types[s.nodes[i + type]];
        const text = s.strings[s.nodes[i + name]];
        if (t === "bigint" && s.nodes[i + size] > 65536) bigints.push(s.nodes[i + size]);
        // Elixir's list of the atoms a node starts with (cli/startup_atoms.txt, read only when a
        // name beamlet has not made decides something), and the library's clause table parsed
        // (vm/library_clauses_data.ts: its modules' external term format, base64)
        if (t === "string" && (text.includes("\n$ancestors\n") || text.startsWith("g2gC"))) tables.push(text.slice(0, 40));
      }
      // (arith.ts's bound for measuring huge integers, 128 KB a sign, made by the first integer
      // past 2^1024)
      expect(bigints).toEqual([]);
      expect(tables).toEqual([]);
    } finally {
      cleanup(dir);
    }
  });
});
