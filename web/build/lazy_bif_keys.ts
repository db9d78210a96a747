// Build time only (Node, bundled by scripts/build-web.mjs without code splitting, so each
// group's files run when its loader is called): which "module:name/arity" each lazily loaded BIF
// group (vm/bifs/lazy_groups.ts, web/bif_groups.ts) defines once a page's first BIFs are there
// (web/start_bifs.ts). The browser build
// registers those keys as waiting entries (web/bifs.ts) that load the group on their first call.
import "../start_bifs.ts";
import { bifTable } from "../../vm/bifs/registry.ts";
import { LAZY_BIF_GROUPS } from "../../vm/bifs/lazy_groups.ts";
import { WEB_BIF_GROUPS } from "../bif_groups.ts";

export async function lazyBifKeys(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [group, load] of Object.entries({ ...LAZY_BIF_GROUPS, ...WEB_BIF_GROUPS })) {
    const before = bifTable();
    await load();
    const keys: string[] = [];
    for (const [key, entry] of bifTable()) {
      if (!before.has(key)) keys.push(key);
      // a group redefining a key would change it only once loaded: the page would differ from Node
      else if (before.get(key) !== entry) throw new Error(`lazy BIF group ${group} redefines ${key}: move one of them`);
      else continue;
      if (entry.guard) throw new Error(`lazy BIF group ${group} defines the guard BIF ${key}: guards cannot wait`);
    }
    if (keys.length === 0) throw new Error(`lazy BIF group ${group} defines no BIF`);
    out[group] = keys;
  }
  return out;
}
