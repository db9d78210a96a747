// The version of this beamlet: the one in its package.json.
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT } from "./host.ts";

export function beamletVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
