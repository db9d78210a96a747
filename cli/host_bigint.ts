// Long big-integer operations on Node (Host.bigInt, vm/big_work.ts): a worker thread runs them,
// so a process computing 10^10,000,000 or its ten million digits holds only itself, as a BEAM
// BIF on a dirty scheduler does. The worker is started on first use from the source of
// vm/big_ops.ts; BigInts cross to it and back by structured clone (a copy, linear).
// It keeps the event loop alive only while it has work: an idle worker never holds an exit.
import { Worker } from "node:worker_threads";
import { bigOps, type BigOpName } from "../vm/big_ops.ts";
import type { BigIntHost } from "../vm/big_work.ts";

type Pending = { resolve(v: bigint | string): void; reject(e: unknown): void };

const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const ops = (${bigOps.toString()})();
parentPort.on("message", ({ id, op, args }) => {
  let msg;
  try {
    msg = { id, value: ops[op](...args) };
  } catch (e) {
    msg = { id, error: String(e && e.message || e) };
  }
  parentPort.postMessage(msg);
});
`;

export function nodeBigInt(): BigIntHost {
  let worker: Worker | null = null;
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const failAll = (e: unknown) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    worker = null;
  };

  const start = (): Worker => {
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.on("message", (m: { id: number; value?: bigint | string; error?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.error !== undefined) p.reject(new RangeError(m.error));
      else p.resolve(m.value!);
      if (pending.size === 0) w.unref();
    });
    w.on("error", failAll);
    w.on("exit", () => { if (worker === w) failAll(new Error("big-integer worker exited")); });
    return w;
  };

  return {
    run(op: BigOpName, args) {
      return new Promise((resolve, reject) => {
        try {
          worker ??= start();
        } catch (e) {
          // no worker threads here (a restricted runtime): the operation runs on this thread
          try {
            resolve((bigOps()[op] as (...a: unknown[]) => bigint | string)(...args));
          } catch (e2) {
            reject(e2);
          }
          return;
        }
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, op, args });
      });
    },
  };
}
