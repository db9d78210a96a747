// Values BIFs may return to ask the interpreter for something a first-order function cannot do.
import type { Term, Atom } from "./terms.ts";

/** what a BIF hands back when it asks for more than a value: one class test tells them apart */
export abstract class Directive {}

/** how a call was made: a static import (call_ext), by name at run time, or through a fun */
export type CallBy = "import" | "name" | "fun";

/** "call this function with these arguments in my place" (apply/3, protocol dispatch, ...) */
export class TailCall extends Directive {
  constructor(
    readonly target: Term, // a Fun/ExtFun, or a module atom with `name`
    readonly args: Term[],
    readonly name: Atom | null = null,
  ) {
    super();
  }
}

/** erlang:hibernate/3's call: made with the process's whole stack (frames, tries) dropped first,
 *  as the BEAM's hibernation discards it; the process ends when the called function returns */
export class EmptyStackCall extends TailCall {}

/** The BIF suspended the process (it will be woken up by the node); nothing is pushed now. */
export class Suspend {
  constructor(readonly resume: () => Term) {}
}

/**
 * "I cannot answer until the host settles this promise" (a BIF whose code the page fetches on its
 * first use): the process waits, not failed, while the others run; when the promise settles it
 * makes `retry` (the same call) in the caller's place. A process woken early by a message makes
 * the call again, which hands back the same promise: it waits again.
 */
export class AwaitHost extends Directive {
  constructor(
    readonly promise: Promise<unknown>,
    readonly retry: TailCall,
  ) {
    super();
  }
}

/**
 * Thrown where a process cannot wait (Node.callSync: a macro expanding at compile time) when it
 * would have: whoever started that synchronous work awaits the promise and starts it again.
 */
export class HostWaitNeeded {
  constructor(
    readonly promise: Promise<unknown>,
    /** what it waits for (a module's name), for an error where nothing can wait */
    readonly what?: string,
  ) {}
}

/** erlang:halt/1 */
export class Halt extends Directive {
  constructor(readonly code: number) {
    super();
  }
}

/** thrown by a BIF that ended the running process itself (exit(self(), :kill), ...) */
export class ProcessKilled {
  constructor(readonly reason: Term) {}
}

/**
 * Returned by a BIF that wants other processes to run before it does its work (a call to the
 * BEAM's code server blocks the caller while the processes it just spawned start): the
 * interpreter re-executes the same call after a yield; the BIF then sees p.retried and works.
 */
class YieldAndRetry extends Directive {}
export const YIELD_AND_RETRY: Directive = new YieldAndRetry();
