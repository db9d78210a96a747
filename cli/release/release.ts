// `MIX_ENV=prod beamlet release [--overwrite]`: assemble _build/ENV/rel/APP like `mix release`:
//   bin/APP                 a shell script running this beamlet's CLI (release-node)
//   lib/APP-VSN/ebin/*.bbc  the project's bytecode (copied fresh on every release) and APP.app
//   releases/VSN/start.json the application spec the node starts
//   releases/start.json     which version bin/APP boots
//   releases/COOKIE         a random secret (mode 0600), kept across --overwrite
//   tmp/                    (mode 0700) the node's socket and pid file; tmp/log/ for daemons
import * as fs from "node:fs";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import { copyRuntime, runtimeDirName } from "./runtime.ts";
import { bootNode, withRunningNode } from "../project/node_util.ts";
import { buildConfig } from "../project/config.ts";
import { ProjectError } from "../project/mixfile.ts";

/** config/config.exs for the release's environment, or null after printing why it failed */
async function readReleaseConfig(dir: string, env: string): Promise<string | null> {
  const node = bootNode();
  try {
    return await withRunningNode(node, () => buildConfig(node, dir, env));
  } catch (e) {
    if (!(e instanceof ProjectError)) throw e;
    process.stderr.write(e.message + "\n");
    return null;
  }
}
import { ask, closeAsk } from "../ask.ts";
import { compileInProject } from "../project/run.ts";
import { mixEnv } from "../project/mixfile.ts";
import { copyPrivInto } from "../project/build_structure.ts";

/** bin/APP: runs the release's own copy of beamlet, found relative to the script itself */
export function binScript(app: string): string {
  return `#!/bin/sh
# ${app}: a beamlet release (made by \`beamlet release\`). Commands: start, daemon, stop, pid,
# remote, rpc EXPR, eval EXPR, version. Needs \`node\` (20 or later) on PATH, or BEAMLET_NODE.
set -e
SELF=$(readlink -f "$0" 2>/dev/null || echo "$0")
RELEASE_ROOT="$(cd "$(dirname "$SELF")/.." && pwd -P)"
exec "\${BEAMLET_NODE:-node}" "$RELEASE_ROOT/${runtimeDirName()}/dist/beamlet.mjs" release-node "$RELEASE_ROOT" "$@"
`;
}

/** name: the release asked for (`mix release NAME`): a project has one, named after its application
 *  (beamlet reads no `releases:` from mix.exs, so mix's list of them is empty) */
export async function releaseCommand(opts: { overwrite?: boolean; name?: string }): Promise<number> {
  const env = mixEnv();
  const p = await compileInProject(process.cwd(), { env });
  if (!p) return 1;
  if (opts.name !== undefined && opts.name !== p.app) {
    process.stderr.write(`** (Mix) Unknown release :${opts.name}. The available releases are: []\n`);
    return 1;
  }
  const relRoot = path.join(p.dir, "_build", env, "rel", p.app);
  const versionDir = path.join(relRoot, "releases", p.version);
  if (fs.existsSync(versionDir) && !opts.overwrite) {
    const yes = await ask(`Release ${p.app}-${p.version} already exists. Overwrite? [Yn] `);
    closeAsk();
    if (!yes) {
      if (!process.stdin.isTTY) process.stdout.write("\n");
      return 0;
    }
  }
  const config = await readReleaseConfig(p.dir, env);
  if (config === null) return 1;
  process.stdout.write(`* assembling ${p.app}-${p.version} on MIX_ENV=${env}\n`);
  const runtimeExs = path.join(p.dir, "config", "runtime.exs");
  const hasRuntime = fs.existsSync(runtimeExs);
  process.stdout.write(hasRuntime ? `* using config/runtime.exs to configure the release at runtime\n` : `* skipping runtime configuration (config/runtime.exs not found)\n`);
  const ebin = path.join(relRoot, "lib", `${p.app}-${p.version}`, "ebin");
  fs.mkdirSync(ebin, { recursive: true });
  // fresh files every time (the tutorial checks the timestamps); the folder itself stays, since a
  // running node has it on its code path
  for (const f of fs.readdirSync(ebin)) fs.rmSync(path.join(ebin, f), { force: true, recursive: true });
  for (const f of fs.readdirSync(p.ebin)) {
    const tmp = path.join(ebin, `.${f}.tmp`);
    fs.writeFileSync(tmp, fs.readFileSync(path.join(p.ebin, f)));
    fs.renameSync(tmp, path.join(ebin, f));
  }
  copyPrivInto(p.dir, path.dirname(ebin));
  // the path dependencies' applications, each in lib/NAME-VSN as mix release puts them
  for (const d of p.depProjects ?? []) {
    const depEbin = path.join(relRoot, "lib", `${d.app}-${d.version}`, "ebin");
    fs.rmSync(depEbin, { recursive: true, force: true });
    fs.mkdirSync(depEbin, { recursive: true });
    for (const f of fs.readdirSync(d.ebin)) if (f.endsWith(".bbc") || f.endsWith(".app")) fs.copyFileSync(path.join(d.ebin, f), path.join(depEbin, f));
    copyPrivInto(d.dir, path.dirname(depEbin));
  }
  fs.mkdirSync(versionDir, { recursive: true });
  if (hasRuntime) fs.copyFileSync(runtimeExs, path.join(versionDir, "runtime.exs"));
  else fs.rmSync(path.join(versionDir, "runtime.exs"), { force: true });
  const start = { app: p.app, version: p.version, spec: p.appSpecSource, env, config };
  fs.writeFileSync(path.join(versionDir, "start.json"), JSON.stringify(start, null, 2) + "\n");
  fs.writeFileSync(path.join(relRoot, "releases", "start.json"), JSON.stringify(start, null, 2) + "\n");
  const cookie = path.join(relRoot, "releases", "COOKIE");
  if (!fs.existsSync(cookie)) {
    fs.writeFileSync(cookie, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  fs.chmodSync(cookie, 0o600);
  copyRuntime(relRoot);
  const bin = path.join(relRoot, "bin");
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, p.app), binScript(p.app), { mode: 0o755 });
  fs.chmodSync(path.join(bin, p.app), 0o755);
  fs.mkdirSync(path.join(relRoot, "tmp"), { recursive: true, mode: 0o700 });
  fs.chmodSync(path.join(relRoot, "tmp"), 0o700);
  const rel = path.relative(process.cwd(), relRoot) || ".";
  const b = `${rel}/bin/${p.app}`;
  process.stdout.write(`
Release created at ${rel}

    # To start your system
    ${b} start

Once the release is running:

    # To connect to it remotely
    ${b} remote

    # To stop it gracefully (you may also send SIGINT/SIGTERM)
    ${b} stop

To list all commands:

    ${b}

`);
  return 0;
}
