// SIGTERM to a running program stops it as OTP's erl_signal_handler does on the BEAM: a notice is
// logged, then init:stop, so the applications' prep_stop/1 and stop/1 run before the node halts
// with status 0 (Node.js would end at once with 143). lib/boot/boot.ex sigterm does the work.
import type { Node } from "../vm/node.ts";
import { atom } from "../vm/terms.ts";

let current: { node: Node; graceMs?: number; held: boolean; pending: boolean } | null = null;

function stop(): void {
  const c = current!;
  const [stopper] = c.node.spawn(null, atom("beamlet_boot"), [], atom("sigterm"));
  // (a stop that fails, crashing before it halts, still ends the node: with 1, for what failed)
  stopper.onExit = (reason) => {
    if (reason !== atom("normal")) c.node.halt(1);
  };
  // a stop that hangs is cut short, as `bin/APP stop` cuts it
  if (c.graceMs !== undefined) setTimeout(() => process.exit(0), c.graceMs).unref();
}

/** SIGTERM from now on stops `node` (the one running the program). `held`: the application is
 *  starting, and a SIGTERM meanwhile waits for sigtermReady() (a stop then finds it started, as
 *  init:stop waits for the boot to finish) */
export function stopOnSigterm(node: Node, opts: { graceMs?: number; held?: boolean } = {}): void {
  if (current === null) {
    process.on("SIGTERM", () => {
      if (current!.held) current!.pending = true;
      else stop();
    });
  }
  current = { node, graceMs: opts.graceMs, held: opts.held ?? false, pending: false };
}

/** the application has started (or failed to): a SIGTERM that came meanwhile stops the node now */
export function sigtermReady(): void {
  if (current === null || !current.held) return;
  current.held = false;
  if (current.pending) stop();
}
