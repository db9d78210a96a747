// The names a node compiles its script files to, as Elixir names the files one VM compiles one
// after the other (`elixir -r A FILE`, Code.require_file/compile_file/compile_string/compile_quoted,
// a page's runs): each file's top level is a module :elixir_compiler_N taken
// from a pool (the first file's is :elixir_compiler_0, as `elixir FILE.exs` shows it), and so is
// each module body it runs. A module is given back to the pool once its code has returned, when
// nothing can still refer to it: Elixir tells that from its compiled code (no local functions:
// no fn in it), as is told here from the compiled script's functions (its entry alone; a fn that
// OTP's compiler inlines, bound to a variable and only ever called, still counts here). A file
// made of defmodules only has no compiler module of its own. (elixir: a file with a fn, then a
// second file with one: the second's is `anonymous fn/1 in :elixir_compiler_1.__FILE__/1`; after
// a file without a fn, the second file is :elixir_compiler_0 again.)
import { FILE_RUNNER, type CompiledModule } from "./module.ts";

/** the module a fresh node's first run compiles its script to (as `elixir FILE.exs` names it) */
export const FIRST_SCRIPT_MODULE = "elixir_compiler_0";

export interface ScriptRun {
  name: string;
  index: number;
  /** the N of the :elixir_compiler_N its module bodies run as (compiler/compile.ts bodyCompilerIndex) */
  bodyIndex: (onlyDefmodules: boolean) => number;
  /** it did not compile: it took no module */
  cancel: () => void;
  /** it has a module of its own (not a file of defmodules only) */
  ownModule: () => boolean;
}

export class ScriptNames {
  /** given back, most recent first */
  private pool: number[] = [];
  private counter = 0;
  /** the runs of files that compiled to code calling :beamlet_script.returned(N) at its end */
  private running = new Map<number, ScriptRun>();

  private take(): number {
    return this.pool.length > 0 ? this.pool.shift()! : this.counter++;
  }

  private giveBack(n: number): void {
    this.pool.unshift(n);
  }

  /**
   * a run's script: its module's name, and the N its module bodies run as (called by the compiler
   * once it knows whether the file is defmodules only: then the file takes no module of its own)
   */
  begin(): ScriptRun {
    const index = this.take();
    let own = true;
    let body: number | null = null;
    const run: ScriptRun = {
      name: `elixir_compiler_${index}`,
      index,
      // (asked again when the compiler starts over, having waited for the host)
      bodyIndex: (onlyDefmodules) => {
        if (body !== null) return body;
        if (onlyDefmodules) {
          own = false;
          this.giveBack(index);
          return (body = index);
        }
        // a body takes the next free module and gives it back once it has run (the script's own
        // module is in use meanwhile)
        body = this.take();
        this.giveBack(body);
        return body;
      },
      cancel: () => {
        if (own) this.giveBack(index);
        own = false;
        this.running.delete(index);
      },
      ownModule: () => own,
    };
    this.running.set(index, run);
    return run;
  }

  /** the run of the file compiled to :elixir_compiler_N has returned (:beamlet_script.returned/1) */
  returned(index: number, compiled: CompiledModule): void {
    const run = this.running.get(index);
    if (run === undefined) return;
    this.running.delete(index);
    this.end(run, compiled);
  }

  /** the N of the :elixir_compiler_N a module body runs as in code without a compiler module of
   *  its own (evaluated code: -e, eval_string; a file of defmodules only): the next free one,
   *  given back once the body has run */
  freeBodyIndex(): number {
    const n = this.take();
    this.giveBack(n);
    return n;
  }

  /** the run's script has returned: its module goes back to the pool when nothing can refer to it */
  end(run: ScriptRun, compiled: CompiledModule): void {
    this.running.delete(run.index);
    // (its entry, and the function that ran it: vm/module.ts FILE_RUNNER)
    if (run.ownModule() && compiled.functions.filter((f) => f.name !== FILE_RUNNER).length === 1) this.giveBack(run.index);
  }
}
