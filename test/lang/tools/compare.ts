// Dev tool: compare beamlet's parse of each FILE with real Elixir's quoted form, showing the first difference.
// usage (from the repo root): npx tsx test/lang/tools/compare.ts FILE...
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { parse } from "../../../lang/parse.ts";
import { astToJson } from "../../../lang/ast.ts";
for (const f of process.argv.slice(2)) {
  const src = readFileSync(f, "utf8");
  let exp: any;
  try { exp = JSON.parse(execFileSync("elixir", ["scripts/quoted_json.exs", f], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })); } catch (e: any) { console.log(f, "ELIXIR ERR", e.stderr); continue; }
  let got: any;
  try { got = astToJson(parse(src, f)); } catch (e: any) { console.log(f, "PARSE ERR", e.format ? e.format(src) : e); continue; }
  const a = JSON.stringify(exp), b = JSON.stringify(got);
  if (canon(exp) === canon(got)) { console.log(f, "OK"); continue; }
  // find first difference
  diff(exp, got, "$");
  console.log(f, "DIFF");
}
function canon(x: any): string { return JSON.stringify(x, (k, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v); }
function diff(a: any, b: any, path: string): boolean {
  if (canon(a) === canon(b)) return false;
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (diff(a[k], b[k], path + "." + k)) return true;
  }
  console.log("  at", path, "\n   exp:", JSON.stringify(a)?.slice(0, 400), "\n   got:", JSON.stringify(b)?.slice(0, 400));
  return true;
}
