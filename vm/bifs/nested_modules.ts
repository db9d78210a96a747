// :beamlet_code.define_nested_module/2: a defmodule inside code, run (compiler/nested_modules.ts)
import { defineBifs, type BifContext } from "./registry.ts";
import { Atom, Bin, Term, Tuple, listToArray } from "../terms.ts";
import { badarg, elixirRaise } from "../errors.ts";
import { nestedDefinition } from "../../compiler/nested_modules.ts";
import type { CompiledModule } from "../module.ts";
import type { Node } from "../node.ts";

// (in beamlet_code: a macro of the module may wait for the host, and the call is made again)
defineBifs("beamlet_code", {
  "define_nested_module/2": ([key, binding], ctx: BifContext) => {
    if (!(key instanceof Bin)) badarg();
    const text = (key as Bin).toString();
    const def = nestedDefinition(text);
    // the code around it was loaded from an object file: its compiler's closure is not here
    if (!def) elixirRaise("RuntimeError", `beamlet cannot run the defmodule at ${text.slice(text.indexOf(" ") + 1)}: it is in code loaded from a compiled file, and beamlet compiles a defmodule inside a function only in the run that compiled the function (recompile it)`);
    const bindings: [string, Term][] = (listToArray(binding) ?? []).map((kv) => [((kv as Tuple).items[0] as Atom).name, (kv as Tuple).items[1]]);
    const n = ctx.node as Node;
    let mods: CompiledModule[];
    try {
      mods = def!.compile(bindings);
    } catch (e) {
      // a CompileError becomes Elixir's exception in this process
      if (n.compileErrorHook && e instanceof Error && e.name !== "Error") n.compileErrorHook(e);
      throw e;
    }
    return n.installDefined(mods, ctx, def!.line);
  },
});
