// Loading the library as modules decoded on first use (the browser build, the CLI's library cache).
import type { LazyModule } from "./code_server.ts";
import type { Node } from "./node.ts";
import { atom } from "./terms.ts";
import { declareSystemProcesses } from "./system_processes.ts";

/** the library as modules decoded on first use (the browser build): each is loaded and preloaded
 *  from the start, but its bytecode is decoded when something first looks at it */
export function loadLibraryLazily(node: Node, modules: ({ name: string } & LazyModule)[]): void {
  for (const m of modules) {
    const a = atom(m.name);
    node.code.installLazy(a, { file: m.file, decode: m.decode, pending: m.pending, reaching: m.reaching });
    node.code.preloaded.add(a);
  }
  declareSystemProcesses(node);
}

