// The hot-swap tutorial (../shared/seeds/000_3cce7a7b8f5ce36a.txt, README "The hot-swap tutorial
// with beamlet") as a walk-through: the Counter GenServer of examples/anemone ticks in the output,
// the user edits its source, and Load / Upgrade type the tutorial's remote-shell commands into the
// REPL pane, on the same node, while the table shows processes and module versions.
import counterV1 from "../../examples/anemone/lib/anemone/counter.ex";
import counterPlus2 from "../../examples/anemone/versions/counter_v2_plus2.ex";
import counterVsn1 from "../../examples/anemone/versions/counter_v3_vsn1.ex";
import counterVsn2 from "../../examples/anemone/versions/counter_v4_vsn2_code_change.ex";

export interface TutorialStep {
  /** what the user does and sees (HTML) */
  html: string;
  /** the source this step's edit leads to (the "make the edit" button) */
  source: string;
}

export const COUNTER_FILE = "lib/anemone/counter.ex";
export const INITIAL_SOURCE = counterV1;

export const STEPS: TutorialStep[] = [
  {
    html: "The <code>Counter</code> GenServer casts <code>:increment</code> to itself every second and prints <code>count[#{@vsn}]: N</code>; with no <code>@vsn</code> that is <code>count[]: N</code>. Press <b>Start</b>: it runs under a supervisor, registered as <code>:counter</code>.",
    source: counterV1,
  },
  {
    html: "Change <code>count + 1</code> into <code>count + 2</code> in the editor and press <b>Load</b>: the new bytecode is written to <code>/app/ebin</code>, then <code>:code.purge(Counter)</code> and <code>:code.load_file(Counter)</code> run in the REPL. The same process goes on from its count, by 2.",
    source: counterPlus2,
  },
  {
    html: "Add <code>@vsn 1</code> under <code>use GenServer</code>, put <code>count + 1</code> back and press <b>Start</b>: the node restarts with version 1 (<code>count[1]: 0</code>, <code>count[1]: 1</code>, ...).",
    source: counterVsn1,
  },
  {
    html: "Make it <code>@vsn 2</code> with <code>count + 2</code> and <code>def code_change(1, count, _extra), do: {:ok, count + 1000}</code>, then press <b>Upgrade</b>: <code>:sys.suspend</code>, purge, <code>load_file</code>, <code>:sys.change_code(:counter, Counter, 1, nil)</code>, <code>:sys.resume</code>. The count jumps by 1001, then steps by 2.",
    source: counterVsn2,
  },
];

/** the supervisor of the tutorial's application, started by Start */
export const START_SCRIPT = `{:ok, _sup} = Supervisor.start_link([Counter], strategy: :one_for_one, name: Anemone.Supervisor)\n`;

/** what the tutorial types into the remote shell, for Load and for Upgrade */
export const LOAD_COMMANDS = [":code.purge(Counter)", ":code.load_file(Counter)"];
export const UPGRADE_COMMANDS = [":sys.suspend(:counter)", ":code.purge(Counter)", ":code.load_file(Counter)", ":sys.change_code(:counter, Counter, 1, nil)", ":sys.resume(:counter)"];
