defmodule E do
  def go(x) when is_integer(x), do: x
  def show(fun) do
    try do
      fun.()
    rescue
      e -> IO.inspect(e)
    end
  end
end

E.show(fn -> {:x} = {:y} end)
E.show(fn -> case :q do :p -> 1 end end)
E.show(fn -> 1 / 0 end)
E.show(fn -> raise ArgumentError, "bad arg" end)
E.show(fn -> Map.fetch!(%{}, :k) end)
E.show(fn -> apply(E, :missing, []) end)
E.show(fn -> :erlang.error(:badarg) end)
E.show(fn -> :erlang.error({:custom, 1}) end)
E.show(fn -> cond do nil -> 1 end end)
E.show(fn -> with {:ok, v} <- {:no, 1} do v else :never -> 0 end end)
E.show(fn -> raise "msg" end)
E.show(fn -> E.go("str") end)
E.show(fn -> Map.update!(%{}, :x, & &1) end)
E.show(fn -> :lists.nth(5, [1]) end)
E.show(fn -> String.Chars.to_string({1}) end)
E.show(fn -> Integer.parse(:x) end)
