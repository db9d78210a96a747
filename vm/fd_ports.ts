// Ports on the node's own file descriptors (open_port({:fd, in, out}, options)): what the port is
// sent is written to standard output (out 1) or standard error (out 2), as the BEAM's fd driver
// writes it to the descriptor. Standard input is the console's: its io server (OTP's :user) reads
// descriptor 0 from boot, so a port reading it finds it at its end at once, as measured on OTP 25
// with a file or /dev/null as input: {port, :eof} with :eof, else the port closes (normally).
import { atom, tuple } from "./terms.ts";
import { programPorts, type ProgramOptions, type ProgramPort } from "./program_ports.ts";
import { consoleText } from "./raw_bytes.ts";
import type { Node } from "./node.ts";
import type { Process } from "./process.ts";

export function openFdPort(node: Node, owner: Process, input: number, output: 1 | 2, opts: ProgramOptions): ProgramPort {
  const ports = programPorts(node);
  const port = ports.add(owner, `${input}/${output}`, opts);
  // (bytes that are not UTF-8 go out as they are: vm/raw_bytes.ts)
  port.handle = { osPid: undefined, write: (bytes) => node.host.write(output, consoleText(bytes).text), close() {} };
  // (the end is read after the opener's slice, as the driver's read comes back)
  if (input === 0) {
    node.host.setTimer(0, () => {
      if (port.closed) return;
      if (opts.eof) node.send(port.owner, tuple(port.id, atom("eof")));
      else ports.close(port, atom("normal"));
    });
  }
  return port;
}
