// The name of a node that is not distributed: what node/0 answers until a release starts its node
// under a name (APP@HOST), as `--sname` makes a BEAM alive.
import { atom } from "./terms.ts";

export const NOT_ALIVE = atom("nonode@nohost");
