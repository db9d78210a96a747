// The size of the terminal the CLI's standard devices are on, for :io.columns/:io.rows. Node-only
// (it asks stty), so apart from cli/colors.ts, which the browser build shares.
import * as tty from "node:tty";
import { spawnSync } from "node:child_process";

/**
 * The size of the terminal a standard device is on (:io.columns/0,1, :io.rows/0,1), else null. As
 * the BEAM's console: standard_io's is the terminal of standard output or, when that is not one,
 * of standard input (`elixir x.exs | less`, `mix test | tee log` in a terminal: ExUnit's diffs and
 * inspect still take its width); standard_error's is standard error's terminal.
 */
export function terminalGeometry(which: "columns" | "rows", device: "standard_io" | "standard_error" = "standard_io"): number | null {
  const out = device === "standard_io" ? process.stdout : process.stderr;
  if (out.isTTY) return (which === "columns" ? out.columns : out.rows) || null;
  if (device !== "standard_io" || !tty.isatty(0)) return null;
  // (Node.js gives the size of a terminal it writes to only: stty asks standard input's)
  const r = spawnSync("stty", ["size"], { stdio: [0, "pipe", "ignore"], encoding: "utf8" });
  const m = /^(\d+) (\d+)/.exec(r.stdout ?? "");
  return m ? Number(which === "columns" ? m[2] : m[1]) || null : null;
}
