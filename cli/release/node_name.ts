// The name a release's node goes by, as a release's sname does: APP@SHORT_HOSTNAME.
import * as os from "node:os";

export function releaseNodeName(app: string): string {
  return `${process.env.RELEASE_NODE || app}@${os.hostname().split(".")[0]}`;
}

/** the creation a named node's pids, references and ports carry: what epmd gives a BEAM as it
 *  registers (a 32-bit number, changing from one start to the next, above the 1 to 3 of the
 *  old 2-bit creations; 0 is a node that is not alive) */
export function releaseCreation(): number {
  return 4 + Math.floor(Math.random() * (2 ** 32 - 4));
}
