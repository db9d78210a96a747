// Code.fetch_docs/1: a module's documentation as the BEAM's "Docs" chunk gives it (EEP 48,
// docs_v1). As on the BEAM, only a module with object code (a .bbc file, or the standard library)
// has docs: a module compiled in memory (a script's, the REPL's) gives {:error, :module_not_found},
// unless its binary was written to an object file on the code path.
import { defineBifs, BifContext } from "./registry.ts";
import { Atom, Bin, Term, Tuple, atom, binLiteral, tuple, list } from "../terms.ts";
import { EMPTY_MAP, mapFromEntries } from "../map.ts";
import type { Node } from "../node.ts";
import type { CompiledModule } from "../module.ts";
import { decodeModule } from "../bytecode_file.ts";
import { BadFile } from "../bytecode_verify.ts";
import { pathString } from "./code_loading.ts";
import { bifsOfModule } from "./registry.ts";

const en = (text: string): Term => mapFromEntries([[binLiteral("en"), binLiteral(text)]]);

/** {:docs_v1, anno, :elixir, "text/markdown", moduledoc, %{}, entries}, or the error */
export function docsChunk(m: CompiledModule): Term {
  const d = m.docs;
  if (!d?.entries) return tuple(atom("error"), atom("chunk_not_found"));
  const moduledoc = d.moduledoc !== null ? en(d.moduledoc) : atom(d.moduledocHidden ? "hidden" : "none");
  const entries = d.entries.map((e) =>
    tuple(
      tuple(atom(e.kind), atom(e.name), e.arity),
      e.line,
      list([binLiteral(e.signature)]),
      e.doc === null ? atom("none") : e.doc === false ? atom("hidden") : en(e.doc),
      e.meta,
    ),
  );
  return tuple(atom("docs_v1"), d.moduledocLine ?? 0, atom("elixir"), binLiteral("text/markdown"), moduledoc, EMPTY_MAP, list(entries));
}

const notFound = () => tuple(atom("error"), atom("module_not_found"));

defineBifs("Elixir.Code", {
  "fetch_docs/1": ([m]: Term[], ctx: BifContext) => {
    const n = ctx.node as Node;
    let bytes: Uint8Array | null | undefined;
    if (m instanceof Atom) {
      const v = n.code.current(m) ?? n.code.ensureLoaded(m);
      if (v?.loadedFrom) return docsChunk(v.compiled);
      // (Elixir reads the object file :code.get_object_code/1 finds on the code path: a module
      // compiled in memory whose binary was written there has its docs)
      bytes = n.code.locate(m)?.bytes;
    } else {
      // a path to an object file
      bytes = n.host.readFile(m instanceof Bin ? m.toString() : pathString(m));
    }
    if (!bytes) return notFound();
    const compiled = decodeModule(bytes);
    if (compiled instanceof BadFile) return tuple(atom("error"), atom("chunk_not_found"));
    return docsChunk(compiled);
  },
});

// :code.get_doc/1: {:ok, docs_v1} of a module with object code (its Docs chunk), {:error, :missing}
// of one loaded from no file (a script's) or one without docs (beamlet ships no docs for the
// Erlang modules, OTP's own documentation chunks), {:error, :non_existing} of no module at all.
defineBifs("code", {
  "get_doc/1": ([m]: Term[], ctx: BifContext) => {
    const n = ctx.node as Node;
    if (!(m instanceof Atom)) return tuple(atom("error"), atom("non_existing"));
    const v = n.code.current(m) ?? n.code.ensureLoaded(m);
    const erlang = !m.name.startsWith("Elixir.");
    if (!v) return tuple(atom("error"), atom(erlang && bifsOfModule(m.name).length > 0 ? "missing" : "non_existing"));
    if (!v.loadedFrom || erlang) return tuple(atom("error"), atom("missing"));
    const docs = docsChunk(v.compiled);
    return docs instanceof Tuple && docs.items[0] === atom("error") ? tuple(atom("error"), atom("missing")) : tuple(atom("ok"), docs);
  },
});
