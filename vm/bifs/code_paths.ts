// Code.append_path/1, prepend_path/1 and delete_path/1: Elixir's wrappers of :code.add_pathz,
// add_patha and del_path over Path.expand/1 of the directory; and Code.get_docs/2, deprecated in
// 1.14 and always nil (docs live in the "Docs" chunk Code.fetch_docs/1 reads).
import { defineBifs, BifContext } from "./registry.ts";
import { Term, NIL_ATOM, charlist } from "../terms.ts";
import { expand, str } from "./files.ts";
import { addPath, delPath } from "./code_loading.ts";
import { checkPathArgs } from "./path_args.ts";
import { ErlangError } from "../errors.ts";
import { codeFrame } from "../code_frame.ts";

/** Path.expand/1 of the directory (what is no chardata fails there, under the Code function's
 *  frame at its line in Elixir 1.14's lib/code.ex) */
function expanded(ctx: BifContext, p: Term, fun: string, line: number): Term {
  try {
    checkPathArgs("expand", 1, [p]);
  } catch (e) {
    if (e instanceof ErlangError) e.calleeBelow = [...(e.calleeBelow ?? []), codeFrame("Elixir.Code", fun, 1, "lib/code.ex", line)];
    throw e;
  }
  return charlist(expand(ctx, str(p)));
}

defineBifs("Elixir.Code", {
  "append_path/1": ([p], ctx) => addPath(ctx, expanded(ctx, p, "append_path", 287), false),
  "prepend_path/1": ([p], ctx) => addPath(ctx, expanded(ctx, p, "prepend_path", 310), true),
  "delete_path/1": ([p], ctx) => delPath(ctx, expanded(ctx, p, "delete_path", 334)),
  "get_docs/2": () => NIL_ATOM,
});
