# Ten processes on v1; half switch to v2 with a remote call; a purge kills the rest
defmodule Main do
  def src(v) do
    """
    defmodule Loop do
      def start(i), do: spawn(fn -> loop(i) end)
      def loop(i) do
        receive do
          :switch -> Loop.loop(i)
          {:ask, from} -> send(from, {:answer, i, #{v}}); loop(i)
        end
      end
    end
    """
  end

  def ask_all(pids) do
    for p <- pids do
      send(p, {:ask, self()})
      receive do: ({:answer, i, v} -> {i, v})
    end
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    pids = for i <- 1..10, do: Loop.start(i)
    Code.compile_string(src(2))
    {evens, odds} = pids |> Enum.with_index(1) |> Enum.split_with(fn {_, i} -> rem(i, 2) == 0 end)
    Enum.each(evens, fn {p, _} -> send(p, :switch) end)
    IO.inspect(ask_all(pids))
    IO.inspect(Enum.count(pids, &:erlang.check_process_code(&1, Loop)), label: "on old code")
    refs = for {p, _} <- odds, do: Process.monitor(p)
    IO.inspect(:code.purge(Loop), label: "purge")
    reasons = for r <- refs, do: receive(do: ({:DOWN, ^r, _, _, reason} -> reason))
    IO.inspect(Enum.frequencies(reasons))
    IO.inspect(Enum.count(pids, &Process.alive?/1), label: "alive")
    IO.inspect(ask_all(Enum.map(evens, &elem(&1, 0))))
  end
end

Main.run()
