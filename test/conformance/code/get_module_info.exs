# :erlang.get_module_info/1,2: what M.module_info/0,1 answer, for a loaded module only
defmodule GMI do
  @vsn 3
  def a(x), do: x
end
IO.inspect(:erlang.get_module_info(GMI, :module))
IO.inspect(:erlang.get_module_info(GMI, :exports))
IO.inspect(:erlang.get_module_info(GMI, :attributes) |> Keyword.take([:vsn]))
IO.inspect(:erlang.get_module_info(GMI, :md5) == GMI.module_info(:md5))
IO.inspect(:erlang.get_module_info(GMI) |> Keyword.keys())
IO.inspect(:erlang.get_module_info(:lists, :module))
IO.inspect(try do :erlang.get_module_info(GMI, :nope) catch k, r -> {k, r} end)
IO.inspect(try do :erlang.get_module_info(:nomod, :exports) catch k, r -> {k, r} end)
IO.inspect(try do :erlang.get_module_info(:nomod) catch k, r -> {k, r} end)
IO.inspect(try do :erlang.get_module_info("GMI", :module) catch k, r -> {k, r} end)
