// The emulator's error reports (a process that raised, "Too many processes", a heap overrun): on
// the BEAM each is a message to OTP's logger process, which translates them one at a time, in the
// order they came, through Elixir's Logger. beamlet makes each in a process of Logger's of its own
// (it takes no pid number of the program's), started once the report before it has ended: the
// reports of processes crashing one after another come out in that order, whatever each one loads
// or formats (started together, the second waited for the first's loads and the reports of the
// next few came out last first).
import { atom, bin, type Pid, type Term } from "./terms.ts";
import { logErrorOn } from "./bifs/code_loading.ts";
import type { Node } from "./node.ts";
import type { Process } from "./process.ts";

const LOGGER = atom("Elixir.Logger");

export interface EmulatorReport {
  /** the function of Logger's that makes it, and what it is given */
  fun: string;
  args: Term[];
  /** the group leader of the process it is about (the entry's, as the emulator's) */
  groupLeader: Pid | null;
  /** it waits for the code server as it loads what it calls (as Elixir's handler translating a
   *  report does), or never waits (a report that loads nothing of Elixir's) */
  waitsForCode: boolean;
  /** the reporting process has started (its report is the next) */
  started?: (reporter: Process) => void;
}

export class EmulatorReports {
  private readonly waiting: EmulatorReport[] = [];
  private reporting: Process | null = null;

  constructor(private readonly node: Node) {}

  /**
   * Whether Logger makes the report `fun`/`arity`: the library's Logger, whether or not it has
   * been decoded yet (its decoding, a few milliseconds at the first report, is left to the
   * reporting process: the crashed process's links and monitors hear of it first).
   */
  loggerMakes(fun: string, arity: number): boolean {
    const slots = this.node.code.modules.get(LOGGER);
    if (slots === undefined) return false;
    if (slots.isLazy) return true;
    const v = slots.current;
    return v !== null && v.exported(fun, arity) >= 0;
  }

  /**
   * A report the emulator makes as text (its message ends with a blank line of its own), made by
   * Elixir's Logger as the first translated report of a script is (the translator's loads); for
   * the entry of the process `about` (its group leader). Printed at once without Logger.
   */
  text(text: string, about: Process | null): void {
    if (this.loggerMakes("__emulator_report__", 1)) {
      this.send({ fun: "__emulator_report__", args: [bin(text)], groupLeader: about?.groupLeader ?? null, waitsForCode: true });
      return;
    }
    logErrorOn(this.node, text.replace(/\n$/, ""), "\n");
  }

  /** whether a report is being made and does not wait for a module's load of its own (one that
   *  waits for a load another process made can go on) */
  underWay(): boolean {
    const r = this.reporting;
    return r !== null && r.status !== "exited" && r.codeTrips === 0 && !(r.loadsUnderWay && r.codeWaitOn === null);
  }

  /** report through Logger, after the reports sent before */
  send(report: EmulatorReport): void {
    if (this.reporting !== null) this.waiting.push(report);
    else this.start(report);
  }

  private start(report: EmulatorReport): void {
    const [reporter] = this.node.spawn(null, LOGGER, report.args, atom(report.fun), { system: -1 });
    reporter.neverWaitsForCode = !report.waitsForCode;
    if (report.groupLeader !== null) reporter.groupLeader = report.groupLeader;
    this.reporting = reporter;
    reporter.onExit = () => {
      this.reporting = null;
      const next = this.waiting.shift();
      if (next !== undefined) this.start(next);
    };
    report.started?.(reporter);
  }
}
