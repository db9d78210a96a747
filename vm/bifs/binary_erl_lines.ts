// OTP 25 writes a few :binary functions in Erlang (binary.erl), not as C BIFs: their failure's
// frame has the file and line of binary.erl that raises it (with error_info, as a BIF's has).
// binary.erl raises from three helpers: with cause :badopt (line 491), for arguments its clauses
// refuse up front (494), and again for a failure it caught from the BIF it called (497).
import { Bin, Term, Tuple, isInt } from "../terms.ts";
import type { Diagnosis } from "../error_info.ts";

const WITH_CAUSE = 491, REFUSED = 494, CAUGHT = 497;

/** binary.erl's line that raises a failure of `key` (Erlang code on OTP 25, not a BIF), if it is one */
export function binaryErlLine(key: string, args: Term[], d: Diagnosis | undefined): number | undefined {
  switch (key) {
    case "replace/3": case "bin_to_list/1": return CAUGHT;
    case "replace/4": return d?.cause === "badopt" ? WITH_CAUSE : REFUSED;
    case "encode_hex/1": case "decode_hex/1": return REFUSED;
    // {Pos, Len} goes on to bin_to_list/3, whose failure it catches
    case "bin_to_list/2": return args[1] instanceof Tuple && args[1].items.length === 2 ? CAUGHT : REFUSED;
    case "bin_to_list/3": {
      const [s, , len] = args;
      // a subject, start or length of the wrong type, or a zero length at a bad start, fail in its
      // own clauses; others in binary_to_list/3
      const refused = !(s instanceof Bin && s.isBinary) || !isInt(args[1]) || !isInt(len) || len === 0;
      return refused ? REFUSED : CAUGHT;
    }
    default: return undefined;
  }
}
