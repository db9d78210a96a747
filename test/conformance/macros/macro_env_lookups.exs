# Macro.Env's lookups of Elixir 1.14: fetch_alias/2, fetch_macro_alias/2, lookup_import/2
defmodule Env do
  alias String.Chars, as: SC

  def show do
    IO.inspect(Macro.Env.fetch_alias(__ENV__, :SC))
    IO.inspect(Macro.Env.fetch_alias(%{__ENV__ | aliases: [{Foo, Bar.Foo}]}, :Foo))
    IO.inspect(Macro.Env.fetch_alias(__ENV__, :Nope))
    IO.inspect(Macro.Env.fetch_macro_alias(__ENV__, :Foo))
    IO.inspect(Macro.Env.lookup_import(__ENV__, {:+, 2}))
    IO.inspect(Macro.Env.lookup_import(__ENV__, {:if, 2}))
    IO.inspect(Macro.Env.lookup_import(__ENV__, {:nope, 2}))
    _ = SC
  end
end

Env.show()
import Enum, only: [map: 2]
IO.inspect(Macro.Env.lookup_import(__ENV__, {:map, 2}))
_ = map([], & &1)

try do
  Macro.Env.fetch_alias(__ENV__, "S")
rescue
  e -> IO.inspect(e.__struct__)
end
