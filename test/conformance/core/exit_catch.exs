defmodule X do
  def run(f) do
    try do
      f.()
    catch
      :exit, :normal -> "exit normal"
      :exit, {:shutdown, r} -> "shutdown #{inspect(r)}"
      :exit, r -> "exit #{inspect(r)}"
      :throw, t -> "throw #{inspect(t)}"
      :error, e -> "error #{inspect(e)}"
    end
  end
end

IO.puts(X.run(fn -> exit(:normal) end))
IO.puts(X.run(fn -> exit({:shutdown, :x}) end))
IO.puts(X.run(fn -> exit("string reason") end))
IO.puts(X.run(fn -> throw({:a, 1}) end))
IO.puts(X.run(fn -> :erlang.error(:badarg) end))
IO.puts(X.run(fn -> raise "re" end))
IO.puts(X.run(fn -> 1 + :a end))
IO.puts(X.run(fn -> :no_exception end))
v = catch_exit = (try do exit(5) catch :exit, n -> n * 2 end)
IO.inspect({v, catch_exit})
