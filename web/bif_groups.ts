// BIF groups of the browser build alone, loaded on their first call as those of
// vm/bifs/lazy_groups.ts are (web/bifs.ts): the compiler's (Code.compile_string and eval, Macro's
// BIFs, a defmodule reached at run time) and File's, Path's and System's (the host's files and
// environment), which web/embed.ts also loads for a program's first compilation (and before a
// script compiled ahead that calls one of them: FILE_BIF_GROUP). A page's first output, from a
// script compiled at build time, needs none of it.
export const FILE_BIF_GROUP = "files";

export const WEB_BIF_GROUPS: Record<string, () => Promise<unknown>> = {
  compiler: () => import("./compiler_side.ts"),
  [FILE_BIF_GROUP]: () => Promise.all([import("../vm/bifs/files.ts"), import("../vm/bifs/files_links.ts")]),
};
