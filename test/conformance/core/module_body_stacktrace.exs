# __STACKTRACE__ inside a module body: the body's frame is :elixir_compiler_N.__MODULE__/1 (N is 1
# here: the script's top level, which does not only define modules, holds 0)
defmodule Caught do
  try do
    raise "in body"
  rescue
    e -> IO.inspect({e.message, hd(__STACKTRACE__)})
  end
end

x = 1

defmodule Caught2 do
  try do
    :erlang.error(:boom)
  catch
    :error, r -> IO.inspect({r, x, hd(__STACKTRACE__)})
  end

  try do
    Enum.map([1], fn i -> throw(i) end)
  catch
    :throw, v -> IO.inspect({v, Enum.find(__STACKTRACE__, &(elem(&1, 0) == :elixir_compiler_1))})
  end
end
