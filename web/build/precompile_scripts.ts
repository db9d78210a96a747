// Build time only (Node): scripts compiled ahead for a page's first run (the playground's examples,
// which it runs at load), so that run() of exactly that source need not parse, compile and check
// it for warnings on the page's main thread before the first line of output (web/embed.ts
// `precompiled`). scripts/build-web.mjs calls it; tests make entries with it too.
import { Node } from "../../vm/node.ts";
import { loadLibrary, compilerHost } from "../../vm/boot.ts";
import { writeModule } from "../../vm/bytecode_file.ts";
import { compileScript } from "../../compiler/compile.ts";
import { fileWarnings } from "../../compiler/warnings/index.ts";
import { parse } from "../../lang/parse.ts";
import { nodeHost, useSources } from "../../cli/host.ts";
import { libraryModulesCached } from "../../cli/lib_cache.ts";

import { FIRST_SCRIPT_MODULE } from "../../vm/script_names.ts";

export interface ScriptToCompile {
  file: string;
  source: string;
}

/**
 * Each script's .bbc, compiled as a fresh page node's first run() compiles it (the same compiler,
 * library and module name), or null for one whose compilation is not the whole story there: one
 * that warns (the page prints a script's warnings around its run), prints while it compiles,
 * defines modules (their warnings come as they are defined) or does not compile. The page
 * compiles those as it always did.
 */
export function precompileScripts(scripts: ScriptToCompile[]): (Uint8Array | null)[] {
  let printed = false;
  const node = new Node({ ...nodeHost(), write: () => void (printed = true) });
  loadLibrary(node, libraryModulesCached(node));
  const host = compilerHost(node, useSources());
  return scripts.map(({ file, source }) => {
    printed = false;
    try {
      const ast = parse(source, file);
      const compiled = compileScript(ast, file, host, [], { moduleName: FIRST_SCRIPT_MODULE, fileEntry: true, relativeFile: file });
      const warns = fileWarnings(ast, file, (m) => host.moduleExports(m), { script: true });
      if (printed || warns.top.length > 0 || warns.modules.length > 0 || warns.end().length > 0) return null;
      return writeModule(compiled);
    } catch {
      return null;
    }
  });
}
