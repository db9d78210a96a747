defmodule Function do
  @moduledoc "Function: introspection over :erlang.fun_info."

  def capture(module, function_name, arity), do: :erlang.make_fun(module, function_name, arity)

  def info(fun), do: :erlang.fun_info(fun)

  def info(fun, item), do: :erlang.fun_info(fun, item)

  def identity(value), do: value
end
