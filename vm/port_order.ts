// Ports of other nodes (ForeignPort, read by binary_to_term) among this node's in the BEAM's term
// order and equality: by their node's name, then its creation (this node's own: 0 unless it is alive), then number.
import { ForeignPort, Port } from "./terms.ts";

export function portOrder(a: Port, b: Port): number {
  if (!(a instanceof ForeignPort) && !(b instanceof ForeignPort)) return Math.sign(a.id - b.id);
  const na = a instanceof ForeignPort ? a.nodeName : (b as ForeignPort).localName;
  const nb = b instanceof ForeignPort ? b.nodeName : (a as ForeignPort).localName;
  if (na !== nb) return na.name < nb.name ? -1 : 1;
  const ca = a instanceof ForeignPort ? a.creation : (b as ForeignPort).localCreation, cb = b instanceof ForeignPort ? b.creation : (a as ForeignPort).localCreation;
  if (ca !== cb) return ca < cb ? -1 : 1;
  const xa = a instanceof ForeignPort ? a.number : BigInt(a.id), xb = b instanceof ForeignPort ? b.number : BigInt(b.id);
  return xa < xb ? -1 : xa > xb ? 1 : 0;
}

export function samePort(a: Port, b: Port): boolean {
  return a.id === b.id && (a.id !== -1 || portOrder(a, b) === 0);
}

/** what follows `#Port<`: `0.N` for this node's, `C.N` for another's */
export function portText(p: Port): string {
  return p instanceof ForeignPort ? p.channel + "." + p.number : "0." + p.id;
}
