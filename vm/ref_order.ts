// References of other nodes (ForeignRef, read by binary_to_term) among this node's in the BEAM's
// term order and equality: by their node's name, then its creation (this node's own: 0 unless it is alive), then their
// words without the zero words at their top, the fewer first, then the highest word first.
import { ForeignRef, Ref } from "./terms.ts";
import { refOrder, refText } from "./ref_text.ts";

/** a reference's words, the lowest first, without zero words at the top */
function words(r: Ref): number[] {
  const w = r instanceof ForeignRef ? [...r.words] : refText(r.id).split(".").slice(1).map(Number).reverse();
  while (w.length > 0 && w[w.length - 1] === 0) w.pop();
  return w;
}

export function sameRef(a: Ref, b: Ref): boolean {
  if (!(a instanceof ForeignRef) && !(b instanceof ForeignRef)) return a.id === b.id;
  return refsOrder(a, b) === 0;
}

export function refsOrder(a: Ref, b: Ref): number {
  if (!(a instanceof ForeignRef) && !(b instanceof ForeignRef)) return refOrder(a.id, b.id);
  const na = a instanceof ForeignRef ? a.nodeName : (b as ForeignRef).localName;
  const nb = b instanceof ForeignRef ? b.nodeName : (a as ForeignRef).localName;
  if (na !== nb) return na.name < nb.name ? -1 : 1;
  const ca = a instanceof ForeignRef ? a.creation : (b as ForeignRef).localCreation, cb = b instanceof ForeignRef ? b.creation : (a as ForeignRef).localCreation;
  if (ca !== cb) return ca < cb ? -1 : 1;
  const wa = words(a), wb = words(b);
  if (wa.length !== wb.length) return wa.length < wb.length ? -1 : 1;
  for (let i = wa.length - 1; i >= 0; i--) if (wa[i] !== wb[i]) return wa[i] < wb[i] ? -1 : 1;
  return 0;
}

/** what follows `#Reference<`: `0.W2.W1.W0` for this node's, `N.` and the words, the highest
 *  first, for another's */
export function refTermText(r: Ref): string {
  if (!(r instanceof ForeignRef)) return refText(r.id);
  return [r.channel, ...[...r.words].reverse()].join(".");
}
