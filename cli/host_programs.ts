// Programs run as ports (open_port/2, vm/program_ports.ts) through child_process.spawn: the node's
// event loop keeps running; output comes as events, the exit status once the output has ended.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import type { ProgramRequest, ProgramEvents, ProgramHandle } from "../vm/program_host.ts";

export function openProgram(req: ProgramRequest, events: ProgramEvents): ProgramHandle {
  // a file that cannot run fails open_port itself, as the BEAM's (:enoent, :eacces)
  fs.accessSync(req.file, fs.constants.X_OK);
  if (fs.statSync(req.file).isDirectory()) throw Object.assign(new Error("eacces"), { code: "EACCES" });
  const env: Record<string, string | undefined> = { ...process.env };
  for (const [k, v] of Object.entries(req.env)) {
    if (v === null) delete env[k];
    else env[k] = v;
  }
  // stderr_to_stdout: the BEAM gives the program one descriptor for both, so what it writes keeps
  // its order (two pipes read side by side interleave by arrival): a shell joins them and execs
  // the program, which keeps its pid (only an arg0 other than the file itself needs two pipes)
  const merge = req.useStdio && req.stderrToStdout && (req.arg0 === undefined || req.arg0 === req.file);
  const [file, args, argv0] = merge ? ["/bin/sh", ["-c", 'exec 2>&1; exec "$0" "$@"', req.file, ...req.args], undefined] : [req.file, req.args, req.arg0];
  // (nouse_stdio: the program's stdout is the node's own, as the BEAM leaves it)
  const child = spawn(file, args, {
    cwd: req.cwd,
    env,
    argv0,
    stdio: req.useStdio ? ["pipe", "pipe", req.stderrToStdout && !merge ? "pipe" : "inherit"] : ["ignore", "inherit", "inherit"],
  });
  let open = true;
  const data = (b: Buffer) => {
    if (open) events.data(new Uint8Array(b));
  };
  child.stdout?.on("data", data);
  child.stderr?.on("data", data);
  // a program that ends without reading all its input: its stdin's EPIPE is no error of ours
  child.stdin?.on("error", () => {});
  child.on("error", () => {});
  child.on("close", (code, signal) => {
    const signo = signal ? (os.constants.signals as Record<string, number>)[signal] ?? 0 : 0;
    if (open) events.exit(code ?? 128 + signo);
    open = false;
  });
  return {
    osPid: child.pid,
    write: (bytes) => {
      if (child.stdin && !child.stdin.destroyed) child.stdin.write(bytes);
    },
    close: () => {
      open = false;
      child.stdin?.end();
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
  };
}
