// The code server's sticky modules, per node: at boot those of kernel, stdlib, compiler and erts
// (OTP 25 sticks their directories); :code.stick_mod/unstick_mod and stick_dir/unstick_dir change
// the set. Loading a sticky module is refused ({:error, :sticky_directory}).
import type { Node } from "../node.ts";
import { STICKY_MODULES } from "./sticky_modules_data.ts";

const sets = new WeakMap<Node, Set<string>>();

export function stickySet(n: Node): Set<string> {
  let s = sets.get(n);
  if (!s) sets.set(n, (s = new Set(STICKY_MODULES)));
  return s;
}

export function isStickyName(n: Node, name: string): boolean {
  return stickySet(n).has(name);
}
