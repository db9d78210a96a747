# :erlang.fun_info(f, :new_uniq) is, on OTP 25, the md5 of the module the fun was compiled in
# (16 bytes, the same for every fun of the module); an external fun has none.
defmodule M do
  def f, do: fn -> 1 end
  def g(x), do: fn y -> x + y end
end

{:new_uniq, a} = :erlang.fun_info(M.f(), :new_uniq)
{:new_uniq, b} = :erlang.fun_info(M.g(1), :new_uniq)
IO.inspect({a == b, a == M.module_info(:md5), byte_size(a)})
IO.inspect(:erlang.fun_info(&Enum.map/2, :new_uniq))
info = :erlang.fun_info(M.g(2))
IO.inspect({Keyword.keys(info), info[:new_uniq] == a, info[:arity], info[:env], info[:type]})
