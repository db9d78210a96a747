# Core functions that reach a module of the library's rest (beamlet-library-more.js in the browser
# build) named through an alias and an import in module bodies: each body runs once, as in elixir.
defmodule ThroughAlias do
  alias Task.Supervisor, as: TS
  IO.puts("ThroughAlias's body runs once")
  {:ok, sup} = TS.start_link()
  @answer TS.async(sup, fn -> 6 * 7 end) |> Task.await()
  def answer, do: @answer
end

defmodule ThroughImport do
  import Task.Supervisor, only: [start_link: 0, children: 1]
  IO.puts("ThroughImport's body runs once")
  {:ok, sup} = start_link()
  @count length(children(sup))
  def count, do: @count
end

IO.inspect({ThroughAlias.answer(), ThroughImport.count()})
