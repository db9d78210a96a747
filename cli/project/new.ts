// `beamlet new APP [--sup] [--module MOD]`: the skeleton `mix new` makes, file for file.
import * as fs from "node:fs";
import * as path from "node:path";
import { TEMPLATES } from "./templates.ts";
import { ask, closeAsk } from "../ask.ts";
import { bootNode } from "./node_util.ts";
import { INSTALLED_APPS } from "./config.ts";
import { atom } from "../../vm/terms.ts";

export function camelize(app: string): string {
  return app.split("_").map((w) => (w ? w[0].toUpperCase() + w.slice(1) : "")).join("");
}

/** Macro.underscore/1 of an alias: "Foo.Bar" -> "foo/bar", "HTTPClient" -> "http_client" */
export function underscore(mod: string): string {
  return mod
    .split(".")
    .map((s) => s.replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").replace(/([a-z\d])([A-Z])/g, "$1_$2").toLowerCase())
    .join("/");
}

export async function newProject(target: string, opts: { sup?: boolean; module?: string; app?: string; force?: boolean }): Promise<number> {
  try {
    return await generate(target, opts);
  } finally {
    closeAsk();
  }
}

// the modules of Elixir's tools, loadable where mix runs (beamlet's library has no Mix, IEx...)
const TOOL_MODULES = new Set(["Mix", "IEx", "EEx", "ExUnit", "Logger"]);

/** a module the standard library defines (Code.ensure_loaded?/1 is true for it under mix) */
function moduleTaken(mod: string): boolean {
  if (TOOL_MODULES.has(mod)) return true;
  const node = bootNode();
  const name = atom("Elixir." + mod);
  return !!node.code.current(name) || node.code.onDemand.has(name.name);
}

async function generate(target: string, opts: { sup?: boolean; module?: string; app?: string; force?: boolean }): Promise<number> {
  const app = opts.app ?? path.basename(path.resolve(target));
  // (the hint only when the name came from the path)
  const hint = opts.app === undefined ? `. The application name is inferred from the path, if you'd like to explicitly name the application then use the "--app APP" option` : "";
  if (!/^[a-z][a-z0-9_]*$/.test(app)) {
    process.stderr.write(`** (Mix) Application name must start with a lowercase ASCII letter, followed by lowercase ASCII letters, numbers, or underscores, got: ${JSON.stringify(app)}${hint}\n`);
    return 1;
  }
  if (INSTALLED_APPS.includes(app)) {
    process.stderr.write(`** (Mix) Cannot use application name ${JSON.stringify(app)} because it is already used by Erlang/OTP or Elixir${hint}\n`);
    return 1;
  }
  const mod = opts.module ?? camelize(app);
  // as mix new: the module must be an alias, and not one the runtime already has (String, Enum...)
  if (!/^[A-Z]\w*(\.[A-Z]\w*)*$/.test(mod)) {
    process.stderr.write(`** (Mix) Module name must be a valid Elixir alias (for example: Foo.Bar), got: ${JSON.stringify(mod)}\n`);
    return 1;
  }
  if (moduleTaken(mod)) {
    process.stderr.write(`** (Mix) Module name ${mod} is already taken, please choose another name\n`);
    return 1;
  }
  // (the module's files are named after it, as Macro.underscore/1 names them: Foo.Bar's
  // lib/foo/bar.ex, lib/foo/bar/application.ex and test/foo/bar_test.exs)
  const modPath = underscore(mod);
  const files: [string, string][] = [];
  const order = ["README.md", ".formatter.exs", ".gitignore", "mix.exs", "lib", "lib/APP.ex", "lib/APP/application.ex", "test", "test/test_helper.exs", "test/APP_test.exs"];
  for (const key of order) {
    if (key === "lib" || key === "test") {
      files.push([key, ""]);
      continue;
    }
    if (key === "lib/APP/application.ex" && !opts.sup) continue;
    let text = TEMPLATES[key].replace(/@APP@/g, app).replace(/@MOD@/g, mod);
    if (key === "mix.exs" && !opts.sup) text = text.replace(`,\n      mod: {${mod}.Application, []}`, "");
    files.push([key.replace(/APP/g, modPath), text]);
  }
  // an existing folder: ask before going on, then before replacing each file that differs (as
  // Mix.Generator does: it names the file, then asks)
  if (fs.existsSync(target) && !opts.force) {
    if (!(await ask(`The directory ${JSON.stringify(target)} already exists. Are you sure you want to continue? [Yn] `))) {
      process.stderr.write("** (Mix) Please select another directory for installation\n");
      return 1;
    }
  }
  fs.mkdirSync(target, { recursive: true });
  for (const [rel, text] of files) {
    const p = path.join(target, rel);
    if (rel === "lib" || rel === "test") {
      fs.mkdirSync(p, { recursive: true });
      process.stdout.write(`* creating ${rel}\n`);
      continue;
    }
    process.stdout.write(`* creating ${rel}\n`);
    const old = fs.existsSync(p) ? fs.readFileSync(p, "utf8") : null;
    if (old !== null && old !== text && !opts.force && !(await ask(`${rel} already exists, overwrite? [Yn] `))) continue;
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  const cd = path.relative(process.cwd(), path.resolve(target)) || ".";
  process.stdout.write(`
Your Mix project was created successfully.
You can use "beamlet" to compile it, test it, and more:

    cd ${cd}
    beamlet test

Run "beamlet --help" for more commands.
`);
  return 0;
}
