# A fn bound to a variable and applied once in the same block is inlined by Erlang's compiler:
# an error in it shows the enclosing function's frame at the failing line, not an
# "anonymous fn/1 in" frame above its caller's. A fn applied twice, passed on, applied inside a
# branch or a try, or one whose clauses do not match, keeps its own frame.
defmodule M do
  def a do
    f = fn x -> raise "boom #{x}" end
    f.(1)
    :ok
  end

  def b do
    f = fn 1 -> :one end
    f.(2)
  end

  def d do
    f = fn x -> raise "boom #{x}" end
    f.(1)
    f.(2)
  end

  def e do
    f = fn x -> raise "boom #{x}" end
    Enum.map([1], f)
  end

  def g do
    f = fn {a, b} -> raise "boom #{a}#{b}" end
    f.({1, 2})
    :ok
  end

  def h(y) do
    f = fn x -> raise "boom #{x}" end
    if y, do: f.(1), else: :no
  end

  def j do
    f = fn -> raise "tail" end
    x = f.()
    x
  end

  def k(n) do
    f = fn x -> if x > 0, do: k(x - 1), else: raise("deep") end
    f.(n)
    :ok
  end

  def m do
    f = fn 2 -> :two end
    f.(1)
    :ok
  end

  def l do
    f = fn x -> {x, Process.info(self(), :current_stacktrace) |> elem(1) |> Enum.take(2)} end
    f.(1)
  end
end

for t <- [:a, :b, :d, :e, :g, :h, :j, :k, :m] do
  try do
    case t do
      :h -> M.h(true)
      :k -> M.k(2)
      _ -> apply(M, t, [])
    end
  rescue
    e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 3)))
  end
end

IO.inspect(M.l())

f = fn -> :erlang.error(:x) end

try do
  f.()
catch
  :error, :x -> IO.inspect(Enum.take(__STACKTRACE__, 1))
end

g = fn x -> raise "top #{x}" end
g.(1)
IO.puts("not reached")
