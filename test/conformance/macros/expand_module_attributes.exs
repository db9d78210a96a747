# Macro.expand/2 of @name, as Kernel.@/1 expands it: in a function (the caller's :function set)
# a read is the attribute's value, escaped, read while the module compiles; in a module's body a
# read or a write is a call of Module's attribute functions; errors as Elixir raises them
defmodule Attr do
  defmacro value_of(attr) do
    value = Macro.expand(attr, __CALLER__)
    IO.puts("expanded #{Macro.to_string(attr)} at line #{__CALLER__.line}: #{Macro.to_string(value)}")
    value
  end
end

defmodule Settings do
  require Attr
  @list [1, 2, 3]
  @map %{a: {1, 2}, b: [x: 1]}
  @fun &String.upcase/1
  @name "settings"
  @tuple {:a, :b, :c}

  # in the module's body: the call Elixir expands it to
  IO.puts(Macro.to_string(Macro.expand(quote(do: @name), __ENV__)))
  IO.puts(Macro.to_string(Macro.expand(quote(line: 40, do: @name), __ENV__)))
  IO.puts(Macro.to_string(Macro.expand(quote(do: @other 2), __ENV__)))
  IO.puts(Macro.to_string(Macro.expand(quote(line: 41, do: @other 3), __ENV__)))
  IO.puts(Macro.to_string(Macro.expand(quote(do: @spec), __ENV__)))

  def list, do: Attr.value_of(@list)
  def map, do: Attr.value_of(@map)
  def fun, do: Attr.value_of(@fun)
  def tuple, do: Attr.value_of(@tuple)

  # the expansion in a function of the body's environment
  IO.inspect(Macro.expand(quote(do: @tuple), %{__ENV__ | function: {:g, 1}}))
  IO.inspect(Macro.expand(quote(do: @map), %{__ENV__ | function: {:g, 1}}))

  for q <- [quote(do: @Upper), quote(do: @two(1, 2)), quote(do: @set(3))] do
    try do
      Macro.expand(q, %{__ENV__ | function: {:g, 1}})
    rescue
      e -> IO.inspect({e, __STACKTRACE__})
    end
  end

  try do
    Macro.expand(quote(do: @name), %{__ENV__ | context: :match})
  rescue
    e -> IO.inspect({e, __STACKTRACE__})
  end

  # once the module is compiled, a read in a function has nothing to read
  def later do
    Macro.expand(quote(do: @name), __ENV__)
  rescue
    e -> {e, __STACKTRACE__}
  end
end

IO.inspect({Settings.list(), Settings.map(), Settings.fun().("up"), Settings.tuple()})
IO.inspect(Settings.later())

try do
  Macro.expand(quote(do: @name), __ENV__)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
