import { Tuple, type Term } from "../vm/terms.ts";
import { HashMap, SmallMap } from "../vm/map.ts";
import { hashTerm } from "../vm/compare.ts";
let m: any = HashMap.empty();
for (let x = 0; x < 100; x++) for (let y = 0; y < 100; y++) m = m.put(new Tuple([x, y]), (x * y) % 10);
function run() {
  let tally: any = new SmallMap([], []);
  let s = 0;
  for (let i = 1; i <= 200000; i++) {
    const x = (i * 7) % 100, y = (i * 13) % 100;
    const a = m.get(new Tuple([x, y])) ?? 0, b = m.get(new Tuple([x + 1, y])) ?? 0;
    const key = new Tuple([x % 4, a + b]);
    tally = tally.put(key, (tally.get(key) ?? 0) + 1);
  }
  return tally;
}
for (let k = 0; k < 8; k++) { const t0 = performance.now(); run(); console.log("full", (performance.now() - t0).toFixed(1)); }
function gets() { let s = 0; for (let i = 1; i <= 400000; i++) { const x = (i * 7) % 100, y = (i * 13) % 100; s += m.get(new Tuple([x, y])); } return s; }
for (let k = 0; k < 5; k++) { const t0 = performance.now(); gets(); console.log("400k hashmap gets", (performance.now() - t0).toFixed(1)); }
function hashes() { let s = 0; for (let i = 1; i <= 400000; i++) { s ^= hashTerm(new Tuple([i % 100, i % 77])); } return s; }
for (let k = 0; k < 5; k++) { const t0 = performance.now(); hashes(); console.log("400k hashes", (performance.now() - t0).toFixed(1)); }
