# :global.send/2 to a name no process has: the exit is global.erl's, its frame heading the trace
defmodule Main do
  def run do
    try do
      :global.send(:nope, :x)
    catch
      :exit, r -> IO.inspect({r, hd(__STACKTRACE__)})
    end
    :global.send({:name, 1}, :msg)
  end
end

Main.run()
