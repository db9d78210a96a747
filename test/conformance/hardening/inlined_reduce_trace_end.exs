# A process whose function tail-calls Enum.count/2 (and Enum.frequencies/1) over a list: the trace
# ends under the reduce helper Elixir inlines into count/2, and the helper and the fns are named
# after count/2 all the same (beamlet named them after its own do_reduce/3: the naming waited
# for a caller frame that never came).
defmodule Main do
  def trace_of(f) do
    {pid, ref} = spawn_monitor(f)

    receive do
      {:DOWN, ^ref, :process, ^pid, {e, trace}} ->
        IO.inspect(e)
        Enum.each(trace, &IO.inspect/1)
    end
  end

  def run do
    trace_of(fn -> Enum.count([1, 2], fn x -> x.field end) end)
    trace_of(fn -> Enum.count(MapSet.new([1]), fn x -> x.field end) end)
    trace_of(fn -> Enum.frequencies(:x) end)
  end
end

Logger.configure(level: :none)
Main.run()
