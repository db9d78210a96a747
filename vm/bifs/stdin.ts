// Standard input as an io device: one io server process per input source (the node's stdin, or a
// shell session's), written in the language (lib/boot/stdin.ex), which asks the host for chunks
// with request/0 and receives them as messages {:beamlet_stdin, binary | :eof}. IO.gets and
// friends speak the Erlang io protocol to it.
import { defineBifs, BifContext } from "./registry.ts";
import { atom, binFromBytes, tuple, type Term } from "../terms.ts";
import type { Node } from "../node.ts";
import type { InputSource, Process } from "../process.ts";
import { endConsole } from "../io_routing.ts";

const servers = new WeakMap<Node, Map<InputSource | null, Process>>();
const A_STDIN = atom("beamlet_stdin");
const A_EOF = atom("eof");
const A_USER = atom("user");

function sourceOf(ctx: BifContext): InputSource | null {
  return ctx.process?.input ?? ctx.node.host.readStdin ?? null;
}

function isConsole(p: Process, node: Node): boolean {
  return p.output === null && p.input === (node.host.readStdin ?? null);
}

defineBifs("beamlet_stdin", {
  /** the io server of the caller's standard input, started on first use */
  "server/0": (_: Term[], ctx) => {
    const node = ctx.node;
    let byNode = servers.get(node);
    if (!byNode) servers.set(node, (byNode = new Map()));
    const src = sourceOf(ctx);
    const known = byNode.get(src);
    // a server that ended (input it could not translate) stays gone, as standard input does on
    // the BEAM: requests then answer {:error, :terminated}
    if (known) return known.pid;
    // (the BEAM's :user answers input too, running from boot: no number of the program's)
    const [p] = node.spawn(null, A_STDIN, [], atom("loop"), { system: -1 });
    p.input = src;
    // the prompt goes where the caller's output goes (its shell session)
    p.output = ctx.process?.output ?? null;
    byNode.set(src, p);
    return p.pid;
  },
  /** whether the caller is the console's io server (standard input's, not a shell session's) */
  "console?/0": (_: Term[], ctx) => atom(isConsole(ctx.process!, ctx.node as Node) ? "true" : "false"),
  /**
   * the caller, an io server, is ending for input it could not translate: the console's is OTP's
   * :user, the io server of standard output too, so the console (the group leader registered as
   * :user) ends with it and writes to standard output fail from then on, as on the BEAM
   */
  "ended/1": ([reason]: Term[], ctx) => {
    const p = ctx.process!;
    const node = ctx.node as Node;
    if (isConsole(p, node)) {
      endConsole(node);
      const user = node.registry.get(A_USER);
      if (user && user !== p) node.killProcess(user, reason);
    }
    return atom("ok");
  },
  /** ask for the next chunk; it arrives as a message to the caller */
  "request/0": (_: Term[], ctx) => {
    const node = ctx.node;
    const p = ctx.process!;
    const src = sourceOf(ctx);
    const deliver = (chunk: Uint8Array | null) => node.send(p, tuple(A_STDIN, chunk === null ? A_EOF : binFromBytes(chunk)));
    if (src) {
      // a virtual clock stands still until the input arrives (as if it were there at once)
      node.hostPending++;
      src((chunk) => {
        node.hostPending--;
        deliver(chunk);
      });
    } else deliver(null);
    return atom("ok");
  },
});
