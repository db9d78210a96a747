# A plugin lister reading the library's own modules through __info__/1 and module_info/0,1:
# no warning for those (every module has module_info/0,1, every Elixir module __info__/1); an
# Erlang module's __info__/1 and other arities warn, with the info functions among the
# suggestions, and calling :lists.__info__/1 is undef.
defmodule PluginList do
  def describe do
    IO.inspect(Enum.__info__(:module))
    IO.inspect(String.module_info(:module))
    IO.inspect(Keyword.module_info() |> Keyword.keys())
    IO.inspect(:lists.module_info(:module))
    IO.inspect(:erlang.module_info(:module))
    IO.inspect(GenEvent.__info__(:module))
  end

  def wrong_arities do
    Enum.__info__()
    :lists.module_info(1, 2)
    :lists.__info__(1, 2)
  end

  def erlang_info do
    :lists.__info__(:module)
  end
end

PluginList.describe()
try do
  PluginList.erlang_info()
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
