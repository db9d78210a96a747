// beamlet/testing: property-based tests of hot upgrades, for a vitest + fast-check suite.
//
//   import fc from "fast-check";
//   import { UpgradeBench, upgradeProperty, checkUpgrade } from "beamlet/testing";
//   const bench = await UpgradeBench.prepare({ spec: "spec.exs", old: "v1.ex", new: "v2.ex" });
//   await fc.assert(upgradeProperty(bench), { numRuns: 100 });          // fast-check's own report
//   const report = await checkUpgrade(bench, "Counter v1 -> v2");     // beamlet's report (text)
//
// The spec format is described in testing/README.md.
export { UpgradeBench, UpgradeInputError, type Scenario, type ScenarioResult, type UpgradeSources } from "./upgrade_scenario.ts";
export { checkUpgrade, upgradeProperty, scenarioArbitrary, type PropertyOptions, type PropertyReport } from "./upgrade_property.ts";
