# a rescue clause that is a tuple pattern: Elixir expands it as an expression (its variable that
# does not exist is a call, with a warning), then finds it no alias; the error comes from the
# clause's expansion (second clause of the rescue, second keyword of the try)
defmodule M do
  def f(x) do
    y = {:ok, foo}
    try do
      raise "boom #{x}"
    rescue
      ArgumentError -> y
      {:error, e} -> e
    end
  end
end
