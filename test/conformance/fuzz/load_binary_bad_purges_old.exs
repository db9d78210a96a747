# R2b: :code.load_binary purges the old version before it looks at the binary, so a bad binary
# still kills the processes on the old code (found by scripts/fuzz-diff-code.mjs, seed 9801)
Logger.configure(level: :none)
Code.put_compiler_option(:ignore_module_conflict, true)

defmodule Main do
  def src(v) do
    """
    defmodule Lb do
      def loop(parent) do
        receive do
          {:ping, ref} -> send(parent, {ref, #{v}}); loop(parent)
        end
      end
    end
    """
  end

  def run do
    [{Lb, b1}] = Code.compile_string(src(1))
    parent = self()
    {pid, ref} = spawn_monitor(fn -> Lb.loop(parent) end)
    Code.compile_string(src(2))
    IO.inspect(:erlang.check_process_code(pid, Lb), label: "looper on old code")
    IO.inspect(:code.load_binary(Lb, 'bad.beam', "garbage"), label: "bad binary")
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "looper")
    after
      2000 -> IO.puts("looper still alive")
    end
    IO.inspect(:erlang.check_old_code(Lb), label: "old code left")
    IO.inspect(:code.delete(Lb), label: "delete")
    # no current version: nothing to purge first, the bad binary changes nothing
    IO.inspect(:code.load_binary(Lb, 'bad.beam', <<>>), label: "bad binary, no current")
    IO.inspect(:erlang.check_old_code(Lb), label: "old code left")
    IO.inspect(:code.load_binary(Lb, 'lb1.beam', b1), label: "v1 again")
  end
end

Main.run()
