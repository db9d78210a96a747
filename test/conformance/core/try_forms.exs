defmodule T do
  def attempt(f) do
    try do
      f.()
    rescue
      e in ArithmeticError -> {:arith, Exception.message(e)}
      e in [ArgumentError, KeyError] -> {:arg_or_key, e.__struct__}
      e -> {:other, inspect(e)}
    catch
      :throw, v -> {:thrown, v}
      :exit, r -> {:exited, r}
    else
      v -> {:ok, v}
    after
      IO.puts("after runs")
    end
  end
end

IO.inspect(T.attempt(fn -> 1 + 1 end))
IO.inspect(T.attempt(fn -> 1 / 0 end))
IO.inspect(T.attempt(fn -> raise ArgumentError, "x" end))
IO.inspect(T.attempt(fn -> Map.fetch!(%{}, :k) end))
IO.inspect(T.attempt(fn -> raise "boom" end))
IO.inspect(T.attempt(fn -> throw(:ball) end))
IO.inspect(T.attempt(fn -> exit(:bye) end))
IO.inspect(T.attempt(fn -> exit({:shutdown, 1}) end))
r = try do
  throw({:found, 3})
catch
  {:found, n} -> n * 10
end
IO.inspect(r)
r2 = try do
  :erlang.error(:badarg)
catch
  kind, reason -> {kind, reason}
end
IO.inspect(r2)
x = try do
  :value
after
  :ignored
end
IO.inspect(x)
IO.inspect(catch_val = (try do throw(1) catch v -> v + 1 end))
_ = catch_val
