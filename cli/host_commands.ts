// Subprocesses for System.cmd / System.shell (Host.runCommand, Host.findExecutable).
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import type { CommandRequest } from "../vm/node.ts";

export function findExecutable(name: string): string | null {
  const isExec = (p: string): boolean => {
    try {
      const st = fs.statSync(p);
      if (!st.isFile()) return false;
      fs.accessSync(p, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (name.includes("/")) return isExec(name) ? path.resolve(name) : null;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    if (isExec(p)) return p;
  }
  return null;
}

export function runCommand(req: CommandRequest): Promise<{ status: number; output: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env };
    for (const [k, v] of Object.entries(req.env)) {
      if (v === null) delete env[k];
      else env[k] = v;
    }
    if (req.cwd !== undefined && !fs.existsSync(req.cwd)) {
      // as the BEAM's spawn helper reports it; the program then exits with status 1... it never runs
      process.stderr.write(`spawn: Could not cd to ${req.cwd}\n`);
      resolve({ status: 1, output: new Uint8Array() });
      return;
    }
    // stderr_to_stdout: the program's stdout and stderr are one file, as the BEAM's port gives it
    // one descriptor for both, so their lines keep the order the program wrote them in (two pipes
    // read side by side would interleave them by arrival)
    let merged: { dir: string; file: string; fd: number } | null = null;
    if (req.stderrToStdout) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-cmd-"));
      const file = path.join(dir, "output");
      merged = { dir, file, fd: fs.openSync(file, "w+", 0o600) };
    }
    const release = (): Uint8Array => {
      if (!merged) return new Uint8Array(Buffer.concat(chunks));
      const m = merged;
      merged = null; // once: 'error' and 'close' can both come
      try {
        return new Uint8Array(fs.readFileSync(m.file));
      } finally {
        fs.closeSync(m.fd);
        fs.rmSync(m.dir, { recursive: true, force: true });
      }
    };
    const chunks: Buffer[] = [];
    let child;
    try {
      child = spawn(req.file, req.args, {
        cwd: req.cwd,
        env,
        argv0: req.arg0,
        stdio: merged ? ["pipe", merged.fd, merged.fd] : ["pipe", "pipe", "inherit"],
      });
    } catch (e) {
      release();
      reject(e);
      return;
    }
    child.stdout?.on("data", (b: Buffer) => chunks.push(b));
    child.on("error", (e) => {
      release();
      reject(e);
    });
    child.on("close", (code, signal) => {
      const signo = signal ? (os.constants.signals as Record<string, number>)[signal] ?? 0 : 0;
      resolve({ status: code ?? 128 + signo, output: release() });
    });
  });
}
