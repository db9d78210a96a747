// The records compiled activations left when they stopped (vm/jit/runtime.ts), laid out as
// interpreter frames: the outermost replaces the frame the compiled code was entered for (at bp),
// each inner one is a frame pushed on top, exactly as the interpreter's calls would have made them,
// with the handlers of the tries it stood in pushed as the interpreter's `try` would have.
import { type Process, STACK_HEADROOM } from "../process.ts";
import { R } from "./runtime.ts";

export function layOutRecords(p: Process, bp: number): void {
  const recs = R.records;
  // outermost (last) first, popped: emptying the array by setting its length is a runtime call
  for (let first = true, rec = recs.pop(); rec !== undefined; first = false, rec = recs.pop()) {
    if (first) p.bp = bp;
    else {
      p.frameVersions.push(p.version);
      p.frameInts.push(p.pc, p.bp, p.fn);
      p.bp = p.sp;
    }
    const vals = rec.vals, n = rec.n;
    p.ensureStack(p.bp + n + STACK_HEADROOM, p.bp);
    const stack = p.stack;
    for (let i = 0; i < n; i++) stack[p.bp + i] = vals[i];
    p.sp = p.bp + n;
    p.pc = rec.pc;
    p.fn = rec.fi;
    p.version = rec.v;
    // compiled code left this frame: it goes on through its function's resume entry, made now if
    // not yet (compile.ts resumeEntry holds back only for the interpreter's own frames)
    const counts = rec.v.jitCounts;
    if (counts !== null && counts[rec.fi] > 0) counts[rec.fi] = 0;
    const h = rec.h;
    if (h !== null) {
      const depth = p.frameVersions.length;
      for (let j = 0; j < h.length; j += 2) p.handlers.push(depth, p.bp + h[j + 1], h[j], 0);
    }
  }
}
