// A GenServer waiting for a message runs GenServer.__loop__/5 here (lib/otp/gen_server.ex); the
// BEAM shows such a process in OTP's server loop, :gen_server.loop/7 (Process.info's
// :current_function, the observe() table).

// So do the boot processes beamlet has (vm/system_processes.ts): the application controller, a
// gen_server on OTP, waits in :gen_server.loop/7, Logger's process, a gen_event, in
// :gen_event.fetch_msg/6.
const SHOWN: Record<string, [string, string, number]> = {
  "Elixir.GenServer.__loop__/5": ["gen_server", "loop", 7],
  "Elixir.Application.controller_loop/1": ["gen_server", "loop", 7],
  "Elixir.Logger.Backends.Console.loop/2": ["gen_event", "fetch_msg", 6],
};

/** [module, function, arity] the process shows instead of its own function, or null */
export function serverLoopShown(module: string, name: string, arity: number): [string, string, number] | null {
  return SHOWN[`${module}.${name}/${arity}`] ?? null;
}
