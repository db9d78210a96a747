# __info__(:functions) lists a module's own __name__ functions (Elixir leaves out only __info__
# itself): a program's __foo__/0, a protocol's __protocol__/1, an implementation's __impl__/1.
defmodule WithUnderscored do
  defexception [:message]
  def __foo__, do: 1
  def __bar__(x), do: x
  defp __private__, do: 2
  def uses_private, do: __private__()
end

defprotocol Sized do
  def size(x)
end

defimpl Sized, for: Integer do
  def size(_), do: 1
end

IO.inspect(WithUnderscored.__info__(:functions))
IO.inspect(Sized.__info__(:functions))
IO.inspect(Sized.Integer.__info__(:functions))
IO.inspect(function_exported?(WithUnderscored, :__foo__, 0))
