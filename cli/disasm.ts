// `beamlet disasm FILE.bbc|FILE.exs|FILE.ex`: print bytecode readably.
import * as fs from "node:fs";
import { readModule } from "../vm/bytecode_file.ts";
import { disassemble } from "../compiler/disasm.ts";
import { parse } from "../lang/parse.ts";
import { compileScript, compileModules } from "../compiler/compile.ts";
import { CompileError } from "../lang/compile_error.ts";
import type { CompiledModule } from "../vm/module.ts";

export function disasmFile(file: string): number {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    process.stderr.write(`beamlet disasm: could not read ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : code}\n`);
    return 1;
  }
  let mods: CompiledModule[];
  if (file.endsWith(".bbc")) {
    const m = readModule(new Uint8Array(bytes));
    if (!m) {
      process.stderr.write(`${file}: not a valid beamlet bytecode file\n`);
      return 1;
    }
    mods = [m];
  } else {
    const host = { moduleExports: () => undefined, useTemplate: () => undefined, lenient: true };
    const source = bytes.toString("utf8");
    try {
      const ast = parse(source, file);
      if (file.endsWith(".exs")) {
        const s = compileScript(ast, file, host);
        mods = [s, ...(s.nested ?? [])];
      } else mods = compileModules(ast, file, host);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      process.stderr.write(e.format(source) + "\n");
      return 1;
    }
  }
  for (const m of mods) process.stdout.write(disassemble(m) + "\n\n");
  return 0;
}
