# M.module_info(:nope) called last leaves its caller's frame first, as any remote call (issue 9):
# the trace shows get_module_info, M.module_info/1, then the caller's caller.
defmodule B do
  def f, do: :ok
  def boom(x), do: raise "b #{x}"
end
defmodule A do
  def g5(m), do: (_ = B.f(); m.module_info(:nope))
  def g6(m), do: (_ = B.f(); m.boom(1))
  def g7(m), do: (_ = B.f(); B.module_info(:nope))
  def g8(m), do: (_ = B.f(); apply(m, :module_info, [:nope]))
  def g9(m), do: (_ = B.f(); m.module_info(:nope); :ok)
end
for f <- [:g5, :g6, :g7, :g8, :g9] do
  try do
    apply(A, f, [B])
  rescue
    e -> IO.inspect({f, e.__struct__, __STACKTRACE__ |> Enum.take(3) |> Enum.map(fn {m, fu, a, _} -> {m, fu, if(is_list(a), do: length(a), else: a)} end)})
  end
end
