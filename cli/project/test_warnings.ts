// The compiler warnings of `beamlet test`'s helper and test files, printed when mix test prints
// them: a file's top level and each module's as the module is defined (mix compiles each module
// of a test file in turn), the file's end warnings (unused aliases and imports) once its modules
// are all defined, before the next file's; the checker's (undefined calls) once all are loaded.
// A file that fails stops there.
import { warningText, ansiEnabled } from "../colors.ts";
import { fileWarnings, formatWarning, withOtpWarnings, failedModuleWarnings, checkedLast, type FileWarnings, type Warning, type KnownExports } from "../../compiler/warnings/index.ts";
import type { Ast } from "../../lang/ast.ts";
import type { Node } from "../../vm/node.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { takeUnplaced, takeAllUnplaced } from "../../compiler/placed_warnings.ts";

interface Pending {
  file: string;
  warnings: FileWarnings;
  /** the file's modules not defined yet */
  modules: FileWarnings["modules"];
  topDone: boolean;
  endDone: boolean;
  /** a test file (Kernel.ParallelCompiler's, its checker's warnings after all the files'), not a
   *  helper (Code.require_file's: at its end) */
  testFile: boolean;
}

export class TestFileWarnings {
  private files: Pending[] = [];
  /** the checker's warnings of the test files finished, held until all are loaded */
  private checked: Warning[][] = [];

  constructor(private readonly known: KnownExports) {}

  /** a file compiled (in the order they run) */
  add(ast: Ast, file: string, source: string, testFile: boolean): void {
    const warnings = fileWarnings(ast, file, this.known, { script: true, source });
    this.files.push({ file, warnings, modules: [...warnings.modules], topDone: false, endDone: false, testFile });
  }

  /** print as the node defines the files' modules (and what is left once it has defined all) */
  attach(node: Node): void {
    node.onModuleDefined = (name, otp) => this.moduleDefined(name, otp);
    node.onModuleFailed = (line, e) => this.moduleFailed(line, e);
  }

  /** a module of a file that failed to compile: what Elixir printed before the error, in it and
   *  the modules nested in it that hold the error's line (as cli/run_script.ts does for a script) */
  private moduleFailed(line: number, e: Error): void {
    const f = e instanceof CompileError ? this.files.find((x) => x.file === e.file) : undefined;
    if (f && e instanceof CompileError && f.modules.some((m) => m.line === line)) {
      this.top(f);
      for (const { unplaced, warnings } of failedModuleWarnings(f.modules, line, e)) {
        unplaced.forEach((text) => emit(text));
        print(warnings);
      }
    }
    takeAllUnplaced().forEach((text) => emit(text));
  }

  /** everything not printed yet (the files have all run), the checker's warnings of the test
   *  files last */
  flush(): void {
    for (const f of this.files) this.finish(f);
    takeAllUnplaced().forEach((text) => emit(text));
    print(checkedLast(this.checked));
    this.checked = [];
  }

  private moduleDefined(name: string, otp: Warning[]): boolean {
    const k = this.files.findIndex((f) => f.modules.some((m) => m.name === name));
    if (k < 0) {
      takeUnplaced(name).forEach((text) => emit(text));
      return false;
    }
    for (const f of this.files.slice(0, k)) this.finish(f);
    const f = this.files[k];
    this.top(f);
    const i = f.modules.findIndex((m) => m.name === name);
    const ws = f.modules.splice(i, 1)[0].warnings();
    // (the expansion's warnings the walk of the module's code did not place come first)
    takeUnplaced(name).forEach((text) => emit(text));
    print(withOtpWarnings(ws, otp));
    if (f.modules.length === 0) this.finish(f);
    return true;
  }

  private top(f: Pending): void {
    if (f.topDone) return;
    f.topDone = true;
    print(f.warnings.top);
  }

  /** a file whose modules are all defined: its end warnings (one that failed before defining
   *  them all gets none of the rest, as its compilation stopped) */
  private finish(f: Pending): void {
    if (f.endDone) return;
    f.endDone = true;
    if (f.modules.length > 0) return;
    this.top(f);
    const end = f.warnings.end();
    if (f.testFile) this.checked.push(end.filter((w) => w.checker));
    print(f.testFile ? end.filter((w) => !w.checker) : end);
  }
}

// how many warnings the helper and test files printed (mix test --warnings-as-errors fails a
// suite that passed when there was one)
let emitted = 0;
function emit(text: string): void {
  emitted++;
  process.stderr.write(text);
}
export function testWarningsEmitted(): number {
  return emitted;
}

function print(ws: Warning[]): void {
  for (const w of ws) emit(warningText(formatWarning(w), ansiEnabled()));
}
