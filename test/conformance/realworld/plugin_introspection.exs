# Lists what the library's modules and a plugin module export, through __info__/1 and
# module_info/0,1, and probes an Erlang module for __info__/1 (which Erlang modules lack).
defmodule Plugins.Upcase do
  @moduledoc false
  def name, do: "upcase"
  def run(text), do: String.upcase(text)
  def run(text, :first), do: String.capitalize(text)
end

defmodule Plugins.Reverse do
  def name, do: "reverse"
  def run(text), do: String.reverse(text)
end

defmodule Registry.Lister do
  @plugins [Plugins.Upcase, Plugins.Reverse]

  def plugins do
    for mod <- @plugins do
      funs = mod.__info__(:functions)
      arities = funs |> Keyword.get_values(:run) |> Enum.sort()
      {mod.name(), arities, mod.module_info(:module)}
    end
  end

  def apply_all(text) do
    Enum.map(@plugins, fn mod -> {mod.name(), mod.run(text)} end)
  end

  def info_of(mod) do
    try do
      {:ok, mod.__info__(:module)}
    rescue
      e in UndefinedFunctionError -> {:error, Exception.message(e)}
    end
  end

  def library_facts do
    [
      enum_has_map: {:map, 2} in Enum.__info__(:functions),
      string_module: String.module_info(:module),
      lists_exports_reverse: {:reverse, 2} in :lists.module_info(:exports),
      keyword_info_keys: Keyword.module_info() |> Keyword.keys(),
      erlang_module: :erlang.module_info(:module)
    ]
  end
end

IO.inspect(Registry.Lister.plugins())
IO.inspect(Registry.Lister.apply_all("hello plugins"))
IO.inspect(Registry.Lister.library_facts())
IO.inspect(Registry.Lister.info_of(Enum))
IO.inspect(Registry.Lister.info_of(Plugins.Upcase))
IO.inspect(Registry.Lister.info_of(:lists))
IO.inspect(Registry.Lister.info_of(:maps))
:lists.__info__(:functions)
