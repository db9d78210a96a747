// The browser build's BIF table (scripts/build-web.mjs puts it in place of vm/bifs/index.ts): the
// core BIFs at start, and each group of vm/bifs/lazy_groups.ts as waiting entries that fetch the
// group's chunk on their first call (the calling process waits meanwhile: registry
// defineLazyBifs). What a page's first program runs then parses none of their code.
import "./start_bifs.ts";
import { defineLazyBifs } from "../vm/bifs/registry.ts";
import { LAZY_BIF_GROUPS } from "../vm/bifs/lazy_groups.ts";
import { WEB_BIF_GROUPS } from "./bif_groups.ts";
import { lazyBifKeys } from "beamlet:lazy-bif-keys";
import { loadDigests } from "../vm/browser_host.ts";
import { aliasInlinedBifs } from "../vm/elixir_inlines.ts";

for (const [group, keys] of Object.entries(lazyBifKeys)) {
  const load = LAZY_BIF_GROUPS[group] ?? WEB_BIF_GROUPS[group];
  // the browser host's digests (vm/digests) are only asked for by :crypto's BIFs
  defineLazyBifs(group === "crypto" ? () => Promise.all([load(), loadDigests()]) : load, keys);
}
aliasInlinedBifs();
