# :gen_event.call(Logger, backend, request) reaches the backend as in Elixir, whose Logger is a
# gen_event manager: a backend of the program's own (its reply, a new state, a thrown answer, a
# :remove_handler), the console's {:configure, options}, {:error, :bad_module} for one not there
# (beamlet's Logger process did not answer: the call waited forever)
defmodule T1 do
  def init(_), do: {:ok, :s}
  def handle_event(_, s), do: {:ok, s}
  def handle_call(:get, s), do: {:ok, {:got, s}, s}
  def handle_call({:set, n}, s), do: {:ok, {:was, s}, n}
  def handle_call(:thrown, s), do: throw({:ok, {:thrown, s}, s})
  def handle_call(:remove, s), do: {:remove_handler, {:removed, s}}
end
IO.inspect(Logger.add_backend(T1) |> elem(0))
IO.inspect(:gen_event.call(Logger, T1, :get))
IO.inspect(:gen_event.call(Logger, T1, {:set, :t}))
IO.inspect(:gen_event.call(Logger, T1, :thrown, 1000))
IO.inspect(:gen_event.call(Logger, Nope, :get))
IO.inspect(:gen_event.call(Logger, Logger.Backends.Console, {:configure, []}))
IO.inspect(:gen_event.call(Logger, T1, :remove))
IO.inspect(:gen_event.call(Logger, T1, :get))
