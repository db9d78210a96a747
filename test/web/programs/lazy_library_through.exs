# A module body that reaches a module of the library's rest (beamlet-library-more.js in the
# browser build) only through a core module: Task.Supervisor starts a supervisor of that file.
# The body runs once, as in elixir (its compilation waits for the file before the body starts).
defmodule Through do
  IO.puts("Through's body runs once")
  {:ok, sup} = Task.Supervisor.start_link()
  @answer Task.Supervisor.async(sup, fn -> 21 * 2 end) |> Task.await()
  def answer, do: @answer
end

IO.inspect(Through.answer())
