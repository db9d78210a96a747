// Code.append_path/1, prepend_path/1 and delete_path/1: Elixir's wrappers of :code.add_pathz,
// add_patha and del_path over Path.expand/1 of the directory; and Code.get_docs/2, deprecated in
// 1.14 and always nil (docs live in the "Docs" chunk Code.fetch_docs/1 reads).
import { defineBifs, BifContext } from "./registry.ts";
import { Term, NIL_ATOM, charlist } from "../terms.ts";
import { expand, str } from "./files.ts";
import { addPath, delPath } from "./code_loading.ts";

const expanded = (ctx: BifContext, p: Term): Term => charlist(expand(ctx, str(p)));

defineBifs("Elixir.Code", {
  "append_path/1": ([p], ctx) => addPath(ctx, expanded(ctx, p), false),
  "prepend_path/1": ([p], ctx) => addPath(ctx, expanded(ctx, p), true),
  "delete_path/1": ([p], ctx) => delPath(ctx, expanded(ctx, p)),
  "get_docs/2": () => NIL_ATOM,
});
