// What a host gives open_port/2 to run an operating-system program as a port (the Node CLI's is
// cli/host_programs.ts; a web page has none). vm/ stays free of Node: the host spawns, the VM frames.
import type { CommandRequest } from "./node.ts";

/** a program run as a port: a command's request (the file, arguments, directory, environment,
 *  stderr merged or not) and whether the port talks to its stdin/stdout */
export interface ProgramRequest extends CommandRequest {
  /** false: nouse_stdio (the program's stdin/stdout are not the port's) */
  useStdio: boolean;
}

export interface ProgramEvents {
  /** bytes the program wrote to its stdout */
  data(bytes: Uint8Array): void;
  /** its output ended and it exited: its exit status (128 + a signal's number when killed) */
  exit(status: number): void;
}

export interface ProgramHandle {
  /** the operating system's process id */
  readonly osPid: number | undefined;
  write(bytes: Uint8Array): void;
  /** close the program's stdin (it sees its end of input) and stop reporting its output */
  close(): void;
}

/** start a program; throws an Error with a code (ENOENT, EACCES) when it cannot start */
export type OpenProgram = (req: ProgramRequest, events: ProgramEvents) => ProgramHandle;
