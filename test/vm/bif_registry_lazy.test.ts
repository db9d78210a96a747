// The BIF table is filled per module on first use (vm/bifs/registry.ts): the ~950 BIFs defined
// when the bundle's modules run wait as their modules' definitions, and a module's are entered
// (each wrapped with its frames) when the table is first read or written for it; a page's first
// output no longer waits for all of them. Entered in the order they were defined, so a later
// definition, an alias or a direct form of a module still wins over an earlier one, as before.
import { it, expect } from "vitest";
import "../../vm/bifs/index.ts";
import { bifTable, bifTableState, defineBifAlias, defineBifs, defineDirect, lookupBif } from "../../vm/bifs/registry.ts";
import { atom } from "../../vm/terms.ts";

it("enters a module's BIFs when the table is first asked about it", () => {
  const atLoad = bifTableState();
  expect(atLoad.modulesPending).toBeGreaterThan(20);
  expect(lookupBif("lists", "reverse", 1)).toBeDefined();
  const afterLists = bifTableState();
  expect(afterLists.modulesPending).toBe(atLoad.modulesPending - 1);
  expect(afterLists.entered).toBeGreaterThan(atLoad.entered);
  const all = bifTable();
  expect(bifTableState().modulesPending).toBe(0);
  expect(all.size).toBeGreaterThan(900);
  expect(atLoad.entered).toBeLessThan(all.size / 2);
});

it("keeps the order of definitions: the later definition, alias and direct form win", () => {
  defineBifs("beamlet_registry_probe", { "f/0": () => atom("first"), "g/0": () => atom("g") });
  defineBifs("beamlet_registry_probe", { "f/0": () => atom("second") });
  expect(bifTableState().modulesPending).toBe(1);
  defineBifAlias("beamlet_registry_probe", "h", 0, lookupBif("beamlet_registry_probe", "g", 0)!);
  defineDirect("beamlet_registry_probe", "f/0", () => atom("direct"));
  defineBifs("beamlet_registry_probe", { "h/0": () => atom("redefined") });
  const call = (name: string) => lookupBif("beamlet_registry_probe", name, 0)!.fn([], undefined as never);
  expect(call("f")).toBe(atom("second"));
  expect(lookupBif("beamlet_registry_probe", "f", 0)!.direct?.()).toBe(atom("direct"));
  expect(call("g")).toBe(atom("g"));
  expect(call("h")).toBe(atom("redefined"));
  expect(bifTableState().modulesPending).toBe(0);
});
