# erlang:raise/3 of a catch clause's own __STACKTRACE__, used nowhere else, re-raises the raw stack
# trace (OTP's compiler): a function_clause entry on top loses its file and line, as in
# Enum.into's and for-into's re-raise; a stacktrace also used elsewhere, or changed, keeps them.
{acc, f} = Collectable.into("")
show = fn g -> try do g.() rescue _ -> IO.inspect(hd(__STACKTRACE__)) end end
show.(fn -> :lists.foldl(fn x, a -> f.(a, {:cont, x}) end, acc, [1]) end)
show.(fn -> :lists.foldl(fn x, a -> f.(a, {:cont, x}); end, acc, [1]); :ok end)
show.(fn -> Enum.reduce([1], acc, fn x, a -> f.(a, {:cont, x}) end) end)
show.(fn -> :lists.foldl(fn x, a -> f.(a, x) end, acc, [{:cont, 1}]) end)
show.(fn -> f.(acc, {:cont, 1}) end)
show.(fn -> Enum.into([1], "") end)
show.(fn -> Enum.into([1], %{}) end)
show.(fn -> Enum.into(MapSet.new([1]), %{}) end)
show.(fn -> Enum.into(1..2, %{}) end)
show.(fn -> Enum.into([1], []) end)
show.(fn -> for x <- [1], into: "", do: x end)
show.(fn -> for x <- [1], into: %{}, do: x end)
defmodule M6 do
  def f(1), do: :ok
  def g(x), do: [f(x)]
end
show.(fn -> try do M6.g(2) catch k, r -> :erlang.raise(k, r, __STACKTRACE__) end end)
show.(fn -> try do M6.g(2) catch :error, r -> :erlang.raise(:error, r, __STACKTRACE__) end end)
show.(fn -> try do M6.g(2) catch k, r -> :erlang.raise(k, {r}, __STACKTRACE__) end end)
show.(fn -> try do M6.g(2) catch k, r -> :erlang.raise(k, r, tl(__STACKTRACE__)) end end)
show.(fn -> try do :a + 1 catch k, r -> :erlang.raise(k, r, __STACKTRACE__) end end)
g = fn 1 -> :ok end
show.(fn -> try do g.(2) catch k, r -> :erlang.raise(k, r, __STACKTRACE__) end end)
show.(fn -> try do g.(2) catch k, r -> IO.inspect(hd(__STACKTRACE__)); :erlang.raise(k, r, __STACKTRACE__) end end)
show.(fn -> try do g.(2); :ok catch k, r -> IO.inspect(hd(__STACKTRACE__)); :erlang.raise(k, r, __STACKTRACE__) end end)
show.(fn -> try do Enum.reduce([2], 0, fn x, _ -> g.(x) end) catch k, r -> :erlang.raise(k, r, __STACKTRACE__) end end)
Enum.into(MapSet.new([3, 1, 2]), %{z: 0}, fn x when is_number(x) -> x > 1 end)
