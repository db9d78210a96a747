# Macros called inside a capture in a module body expand with the rest of the body, before it runs,
# and receive the capture's arguments as Elixir names them ({:x1, [], :elixir_fn})
defmodule M do
  defmacro tell(x) do
    IO.puts("expanding #{inspect(x)} #{Macro.to_string(x)}")
    quote do: unquote(x) + 1
  end
end

defmodule User do
  require M
  IO.puts("body start")
  @attr 1
  IO.puts("attr is #{inspect(Module.get_attribute(__MODULE__, :attr))}")
  f = &(M.tell(&1) * 2)
  IO.puts("f.(1) = #{f.(1)}")
  g = &M.tell(&1)
  IO.puts(g.(5))
  IO.puts(Enum.map([1, 2], &(M.tell(&1))) |> inspect())
  h = &M.tell/1
  IO.puts(h.(1))
  k = &(&1 + M.tell(&2))
  IO.puts(k.(1, 2))
  M.tell(10) |> is_integer() |> IO.inspect()
  def f, do: &M.tell(&1 + 1)
end

IO.puts(User.f().(1))
