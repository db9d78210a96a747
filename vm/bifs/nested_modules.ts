// :beamlet_code.define_nested_module/3: a defmodule inside code, run (compiler/nested_modules.ts)
import { defineBifs, type BifContext } from "./registry.ts";
import { Atom, Bin, Term, Tuple, listToArray } from "../terms.ts";
import { badarg } from "../errors.ts";
import { definitionFromTerm, nestedDefinition } from "../../compiler/nested_modules.ts";
import { compilerHost } from "../boot.ts";
import type { CompiledModule } from "../module.ts";
import type { Node } from "../node.ts";

// (in beamlet_code: a macro of the module may wait for the host, and the call is made again)
defineBifs("beamlet_code", {
  "define_nested_module/3": ([key, binding, saved], ctx: BifContext) => {
    if (!(key instanceof Bin)) badarg();
    const n = ctx.node as Node;
    // the compiler's closure where this run compiled the code; else (code loaded from an object
    // file) the quoted defmodule and its directives the code holds
    const def = nestedDefinition((key as Bin).toString()) ?? definitionFromTerm(saved, compilerHost(n, n.host.useSources?.() ?? new Map()));
    if (!def) badarg();
    const bindings: [string, Term][] = (listToArray(binding) ?? []).map((kv) => [((kv as Tuple).items[0] as Atom).name, (kv as Tuple).items[1]]);
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
