// What :beam_lib reads from object code (lib/erlang/beam_lib.ex opens files and picks chunks): a
// binary's module, attributes, exports, compile info and md5, as that module would answer them
// loaded (the BEAM's beam_lib and module_info agree on all but the md5, whose bytes differ there
// too), exports sorted as a BEAM file's export table. Anything not beamlet object code is :badfile.
import { defineBifs, BifContext } from "./registry.ts";
import { Bin, Term, atom, list, listToArray } from "../terms.ts";
import { badarg } from "../errors.ts";
import type { Node } from "../node.ts";
import { decodeModule, BadFile } from "../bytecode_file.ts";
import { ModuleVersion } from "../module.ts";
import { mapFromEntries } from "../map.ts";
import { compare } from "../compare.ts";

const CHUNKS = ["attributes", "exports", "compile", "md5"] as const;

defineBifs("beamlet", {
  "object_code_chunks/1": ([b], ctx: BifContext) => {
    if (!(b instanceof Bin) || b.tailBits !== 0) badarg();
    const compiled = decodeModule((b as Bin).bytes);
    if (compiled instanceof BadFile) return atom("badfile");
    const code = (ctx.node as Node).code;
    const v = new ModuleVersion(compiled);
    const entries: [Term, Term][] = [[atom("module"), v.module]];
    for (const key of CHUNKS) {
      let value = code.moduleInfo(v, atom(key))!;
      if (key === "exports") value = list([...listToArray(value)!].sort(compare));
      entries.push([atom(key), value]);
    }
    return mapFromEntries(entries);
  },
});
