defmodule Hook do
  def on_def(_env, _kind, name, _args, _guards, _body) do
    if name == :bad, do: raise(ArgumentError, "no bad functions")
    :ok
  end
end

defmodule T do
  @on_definition {Hook, :on_def}
  def good, do: 1
  def bad, do: 2
end
