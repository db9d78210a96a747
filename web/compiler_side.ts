// The compiler's side of the browser build (its own chunk, fetched on a program's first
// compilation or the first call of a BIF that compiles: web/bif_groups.ts): lang/ and compiler/,
// the node's compiler host and the BIFs that compile.
import "../vm/bifs/elixir_code.ts";
import "../vm/bifs/macro.ts";
import "../vm/bifs/nested_modules.ts";
export { parse } from "../lang/parse.ts";
export { CompileError } from "../lang/compile_error.ts";
export { compileModules, compileScript } from "../compiler/compile.ts";
export { compilerHost } from "../vm/compiler_host.ts";
export { belowScriptCompileError } from "../compiler/script_error_trace.ts";
export { tokenWarnings } from "../compiler/warnings/tokens.ts";
export { loadedStructs } from "../compiler/warnings/types.ts";
export { takeUnplaced, takeAllUnplaced } from "../compiler/placed_warnings.ts";
