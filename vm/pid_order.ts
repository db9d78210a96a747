// Pids of this node and of others (ForeignPid, read by binary_to_term) in the BEAM's term order
// and equality: by their data, the serial above the number, then by their node's name, then by
// the node's creation (a local pid's node is this node, of its creation: 0 unless it is alive).
import { ForeignPid, Pid, PID_NUMBER_MAX } from "./terms.ts";

function serial(p: Pid): number {
  return p instanceof ForeignPid ? p.serial : Math.floor(p.id / (PID_NUMBER_MAX + 1));
}
/** the number in a pid's text (`<0.N.S>`): what phash2 hashes */
export function pidNumber(p: Pid): number {
  return p instanceof ForeignPid ? p.number : p.id & PID_NUMBER_MAX;
}

export function samePid(a: Pid, b: Pid): boolean {
  if (!(a instanceof ForeignPid) || !(b instanceof ForeignPid)) return a.id === b.id && a.node === b.node;
  return a.number === b.number && a.serial === b.serial && a.nodeName === b.nodeName && a.creation === b.creation;
}

export function pidOrder(a: Pid, b: Pid): number {
  if (!(a instanceof ForeignPid) && !(b instanceof ForeignPid)) return Math.sign(a.node - b.node) || Math.sign(a.id - b.id);
  const d = serial(a) - serial(b) || pidNumber(a) - pidNumber(b);
  if (d !== 0) return Math.sign(d);
  const na = a instanceof ForeignPid ? a.nodeName : (b as ForeignPid).localName;
  const nb = b instanceof ForeignPid ? b.nodeName : (a as ForeignPid).localName;
  if (na !== nb) return na.name < nb.name ? -1 : 1;
  return Math.sign((a instanceof ForeignPid ? a.creation : (b as ForeignPid).localCreation) - (b instanceof ForeignPid ? b.creation : (a as ForeignPid).localCreation));
}
