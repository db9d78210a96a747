// :code.clash/0: the object files of the code path that hide another of the same name in a
// directory later in the path, printed as OTP 25 prints them ("** First hides Later", then the
// count), through io:format on the caller's group leader; it returns :ok as io:format does.
// (The library directories hold no object files on disk: only the user's directories are read.)
import { defineBifs, type BifContext } from "./registry.ts";
import { atom, charlist, list, Term } from "../terms.ts";
import { TailCall } from "../calls.ts";
import { OBJ_EXT, LIBRARY_CODE_PATH } from "../code_server.ts";
import type { Node } from "../node.ts";

const libraryDirs = new Set(LIBRARY_CODE_PATH.filter((dir) => dir !== "."));

/** the object files of a directory of the path ([] when it cannot be read, as OTP skips it) */
function objectFiles(n: Node, dir: string): string[] {
  const fs = n.host.fs as { readdirSync(p: string): string[] } | undefined;
  if (!fs || libraryDirs.has(dir)) return [];
  try {
    return fs.readdirSync(dir).filter((f) => f.endsWith(OBJ_EXT)).sort();
  } catch {
    return [];
  }
}

defineBifs("code", {
  "clash/0": (_args: Term[], ctx: BifContext) => {
    const n = ctx.node as Node;
    const first = new Map<string, string>();
    const lines: string[] = [];
    for (const dir of n.code.path) {
      for (const f of objectFiles(n, dir)) {
        const full = dir.replace(/\/$/, "") + "/" + f;
        const earlier = first.get(f);
        if (earlier === undefined) first.set(f, full);
        else lines.push(`** ${earlier} hides ${full}`);
      }
    }
    const text = [...lines, `** Found ${lines.length} name clashes in code paths `].join("\n") + "\n";
    // (~ts: the names may hold any character; no ~ in them is read as a directive)
    return new TailCall(atom("io"), [charlist("~ts"), list([charlist(text)])], atom("format"));
  },
});
