// vm/ has no Node imports, and neither has anything the browser bundle (dist/web/beamlet.js) is
// made of: esbuild's metafile lists its inputs, each is read for imports of Node's modules.
import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { ensureWebBuild } from "./web_build.ts";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const NODE_MODULES = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** the modules a source imports (static, dynamic, re-exports and require) that are Node's own */
export function nodeImportsOf(source: string): string[] {
  const specs = [
    ...source.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\s*["']([^"']+)["']/g),
    ...source.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    // a bare require() (lodash-es feature-detects `module.require("util")` behind a guard: not an import)
    ...source.matchAll(/(?<![.\w$])require\s*\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]);
  return specs.filter((s) => NODE_MODULES.has(s) || s.startsWith("node:"));
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith(".ts") ? [p] : [];
  });
}

describe("no Node imports where the browser build runs", () => {
  it("the check itself sees the forms of import", () => {
    expect(nodeImportsOf(`import * as fs from "node:fs";\nimport { join } from 'path';\nconst c = await import("crypto");\nconst o = require("os");\nexport { x } from "./ok.ts";`)).toEqual(["node:fs", "path", "crypto", "os"]);
  });

  it("vm/ imports nothing of Node", () => {
    const offenders = tsFiles(path.join(root, "vm")).flatMap((f) => nodeImportsOf(fs.readFileSync(f, "utf8")).map((m) => `${path.relative(root, f)}: ${m}`));
    expect(offenders).toEqual([]);
  });

  describe("the browser bundle", () => {
    let inputs: string[] = [];
    beforeAll(async () => {
      await ensureWebBuild();
      const meta = JSON.parse(fs.readFileSync(path.join(root, "dist", "web", "beamlet.meta.json"), "utf8"));
      inputs = Object.keys(meta.inputs);
    });

    it("is made of lang/, compiler/, vm/, the REPL evaluator (with its completion, h/1's docs and the OTP specs table it shows, t/1's types and b/1's callbacks and the library's table of them, runtime errors and colours) and web/, no package", () => {
      expect(inputs.length).toBeGreaterThan(100);
      const outside = inputs.filter((f) => !/^(lang|compiler|vm|web)\/|^cli\/repl\/(eval|complete|doc_help|doc_markdown|type_help|runtime_error)\.ts$|^cli\/repl\/(library_typespecs|otp_specs)\.json$|^cli\/colors\.ts$|^beamlet:(library|lazy-bif-keys)$/.test(f));
      expect(outside).toEqual([]);
    });

    it("has no input that imports Node", () => {
      const offenders = inputs
        .filter((f) => !f.startsWith("beamlet:"))
        .flatMap((f) => nodeImportsOf(fs.readFileSync(path.join(root, f), "utf8")).map((m) => `${f}: ${m}`));
      expect(offenders).toEqual([]);
    });
  });
});
