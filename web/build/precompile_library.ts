// Build time only (Node): the standard library compiled to .bbc modules for the browser bundle,
// plus IEx.Helpers (the REPL's helpers) and the lib/use templates. scripts/build-web.mjs calls it.
import * as fs from "node:fs";
import * as path from "node:path";
import { Node } from "../../vm/node.ts";
import { loadLibrary, compilerHost } from "../../vm/boot.ts";
import { writeModule } from "../../vm/bytecode_file.ts";
import { compileModules } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { nodeHost, useSources, ROOT } from "../../cli/host.ts";
import { libraryModulesCached } from "../../cli/lib_cache.ts";

export interface PrecompiledLibrary {
  /** the modules' .bbc payloads (the JSON inside each file, UTF-8), one after the other: the page
   *  decodes a module's payload when the module is first used (web/embed.ts) */
  bytes: Uint8Array;
  /** [module, source file, payload length in bytes] of each module, in the order of `bytes` */
  index: [string, string, number][];
  modules: number;
  useSources: Record<string, string>;
  version: string;
}

export function precompileLibrary(): PrecompiledLibrary {
  const node = new Node({ ...nodeHost(), write: (_fd, text) => process.stderr.write(text) });
  const modules = libraryModulesCached(node);
  loadLibrary(node, modules);
  const helpersFile = path.join("cli", "repl", "helpers.ex");
  const helpers = compileModules(parse(fs.readFileSync(path.join(ROOT, helpersFile), "utf8"), helpersFile), helpersFile, compilerHost(node, useSources()));
  const payloads: Uint8Array[] = [];
  const index: [string, string, number][] = [];
  for (const m of [...modules, ...helpers]) {
    // the payload of the .bbc file, exactly: 14 bytes of header before it, a checksum after
    const b = writeModule(m);
    const len = new DataView(b.buffer, b.byteOffset).getUint32(10);
    const payload = b.subarray(14, 14 + len);
    payloads.push(payload);
    index.push([m.name, m.file, payload.length]);
  }
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  return { bytes: Buffer.concat(payloads), index, modules: payloads.length, useSources: Object.fromEntries(useSources()), version };
}
