// Long big-integer operations on Node (Host.bigInt, vm/big_work.ts): a worker thread runs them,
// so a process computing 10^10,000,000 or its ten million digits holds only itself, as a BEAM
// BIF on a dirty scheduler does. The worker is started on first use from the source of
// vm/big_ops.ts; BigInts cross to it and back by structured clone (a copy, linear).
// It keeps the event loop alive only while it has work: an idle worker never holds an exit.
import { Worker } from "node:worker_threads";
import { bigOps, type BigOpName } from "../vm/big_ops.ts";
import type { BigIntHost } from "../vm/big_work.ts";

type Job = { id: number; op: BigOpName; args: (bigint | number | string)[]; resolve(v: bigint | string): void; reject(e: unknown): void };

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

/** the job of a process that ended: its answer is no longer wanted */
export class BigJobCancelled extends Error {}

/**
 * One job at a time in the worker, the others queued here: a job whose process ended is taken
 * off the queue, or, when the worker is computing it, the worker is ended (a computation cannot
 * be interrupted otherwise) and the next job starts on a new one. So killing a process that
 * computes (a Task's timeout) frees the worker at once for the others.
 */
export function nodeBigInt(): BigIntHost {
  let worker: Worker | null = null;
  const queue: Job[] = [];
  let current: Job | null = null;
  const byPromise = new WeakMap<Promise<unknown>, Job>();
  let nextId = 1;

  const start = (): Worker => {
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.on("message", (m: { id: number; value?: bigint | string; error?: string }) => {
      const job = current;
      if (job === null || job.id !== m.id) return;
      current = null;
      if (m.error !== undefined) job.reject(new RangeError(m.error));
      else job.resolve(m.value!);
      next();
    });
    const lost = (e: unknown) => {
      if (worker !== w) return;
      worker = null;
      const job = current;
      current = null;
      job?.reject(e);
      next();
    };
    w.on("error", lost);
    w.on("exit", () => lost(new Error("big-integer worker exited")));
    return w;
  };

  /** the next queued job to the worker; an idle worker keeps no exit waiting */
  const next = (): void => {
    if (current !== null) return;
    const job = queue.shift();
    if (job === undefined) {
      worker?.unref();
      return;
    }
    try {
      worker ??= start();
    } catch (e) {
      // no worker threads here (a restricted runtime): the operation runs on this thread
      try {
        job.resolve((bigOps()[job.op] as (...a: unknown[]) => bigint | string)(...job.args));
      } catch (e2) {
        job.reject(e2);
      }
      return next();
    }
    current = job;
    worker.ref();
    worker.postMessage({ id: job.id, op: job.op, args: job.args });
  };

  return {
    run(op: BigOpName, args) {
      let job!: Job;
      const promise = new Promise<bigint | string>((resolve, reject) => {
        job = { id: nextId++, op, args, resolve, reject };
      });
      byPromise.set(promise, job);
      queue.push(job);
      next();
      return promise;
    },
    cancel(promise) {
      const job = byPromise.get(promise);
      if (job === undefined) return;
      byPromise.delete(promise);
      const i = queue.indexOf(job);
      if (i >= 0) queue.splice(i, 1);
      else if (current === job && worker !== null) {
        const w = worker;
        worker = null;
        current = null;
        void w.terminate();
      } else return; // (answered already)
      job.reject(new BigJobCancelled());
      next();
    },
  };
}
