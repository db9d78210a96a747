// config/config.exs (which may import_config "#{config_env()}.exs") and config/runtime.exs, read
// as mix reads them: evaluated on a node (lib/config.ex), the result kept as Elixir source so a
// release can carry it (its boot evaluates runtime.exs itself).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Node } from "../../vm/node.ts";
import { evalSource, termText } from "./node_util.ts";
import { ProjectError } from "./mixfile.ts";

const q = (s: string) => JSON.stringify(s);

/** the configuration of one file as Elixir source ("[]" without the file); ProjectError on failure */
export async function readConfigFile(node: Node, file: string, env: string): Promise<string> {
  if (!fs.existsSync(file)) return "[]";
  const ev = node.newEvaluator();
  const r = await evalSource(node, ev, `inspect(Config.__read__(${q(file)}, :${env}), limit: :infinity, printable_limit: :infinity)`, path.basename(file));
  node.interrupt(ev);
  if (!r.ok) throw new ProjectError(r.formatted.trimEnd());
  return termText(r.value);
}

/** config/config.exs of the project in `dir` */
export function buildConfig(node: Node, dir: string, env: string): Promise<string> {
  return readConfigFile(node, path.join(dir, "config", "config.exs"), env);
}

/** Elixir source putting a configuration into the application environment */
export function applyConfigSource(configSource: string): string {
  return `Application.put_all_env(${configSource})\n`;
}

/** what to evaluate before the application starts in a project: config.exs, then runtime.exs */
export async function projectConfigPreamble(node: Node, dir: string, env: string): Promise<string> {
  const config = await buildConfig(node, dir, env);
  const runtime = await readConfigFile(node, path.join(dir, "config", "runtime.exs"), env);
  return applyConfigSource(config) + applyConfigSource(runtime);
}

/** the same at a release's boot: the configuration built into it, then its runtime.exs */
export async function releaseConfigPreamble(node: Node, root: string, info: { version: string; env?: string; config?: string }): Promise<string> {
  const runtime = await readConfigFile(node, path.join(root, "releases", info.version, "runtime.exs"), info.env ?? "prod");
  return applyConfigSource(info.config ?? "[]") + applyConfigSource(runtime);
}
