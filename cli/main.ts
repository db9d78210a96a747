// The beamlet command line.
import { Command } from "commander";
import { runScript } from "./run_script.ts";
import { disasmFile } from "./disasm.ts";

const program = new Command();
program.name("beamlet").description("Elixir on a TypeScript bytecode VM with BEAM-style hot code loading");
program
  .command("run")
  .argument("<file>", "an .exs script")
  .argument("[args...]", "arguments for System.argv()")
  .description("run a script, like `elixir FILE.exs`")
  .action(async (file: string, args: string[]) => {
    const code = await runScript(file, args);
    process.exit(code);
  });
program
  .command("disasm")
  .argument("<file>", "a .bbc file (or a source file to compile first)")
  .description("print bytecode readably")
  .action((file: string) => process.exit(disasmFile(file)));
await program.parseAsync(process.argv);
