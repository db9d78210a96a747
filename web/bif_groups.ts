// BIF groups of the browser build alone, loaded on their first call as those of
// vm/bifs/lazy_groups.ts are (web/bifs.ts): the compiler's (Code.compile_string and eval, Macro's
// BIFs, a defmodule reached at run time), which web/embed.ts also loads for a program's first
// compilation. A page's first output, from a script compiled at build time, needs none of it.
export const WEB_BIF_GROUPS: Record<string, () => Promise<unknown>> = {
  compiler: () => import("./compiler_side.ts"),
};
