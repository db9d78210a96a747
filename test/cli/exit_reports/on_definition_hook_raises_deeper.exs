defmodule Checker do
  def check!(name) do
    if String.starts_with?(Atom.to_string(name), "tmp_"), do: raise("temporary function #{name}")
    name
  end
end

defmodule Hook do
  def __on_definition__(_env, kind, name, _args, _guards, _body) do
    _ = Checker.check!(name)
    {kind, name}
  end
end

defmodule T do
  @on_definition Hook
  def good(x), do: x
  defp tmp_thing(y) when is_integer(y), do: y
end
