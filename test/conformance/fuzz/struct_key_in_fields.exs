# a :__struct__ pair among the fields a struct is built from replaces its name, as the
# %{map | key => val} in defstruct's __struct__/1 does: __struct__/1 returns it, struct!/2 then
# refuses it (validate_struct!), struct/2 skips it (beamlet raised KeyError for the key; found by
# fuzz-diff seed 60000)
defmodule S do
  @enforce_keys [:a]
  defstruct [:a, b: 2]
end
defmodule T do
  defstruct [:a, b: 2]
end
show = fn st -> IO.inspect(Enum.take_while(st, &(elem(&1, 1) != :__FILE__))) end
for f <- [
      fn -> struct!(URI, [__struct__: Foo]) end,
      fn -> struct(URI, [__struct__: Foo, host: "x"]) end,
      fn -> URI.__struct__(__struct__: Foo) end,
      fn -> struct!(S, [__struct__: Foo, a: 1]) end,
      fn -> struct!(S, [__struct__: S, a: 1]) end,
      fn -> S.__struct__(__struct__: Foo) end,
      fn -> struct!(T, [__struct__: Foo]) end,
      fn -> struct!(T, [__struct__: T, c: 1]) end
    ] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e); show.(__STACKTRACE__)
  end
end
