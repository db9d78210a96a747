# defdelegate with a list of heads (deprecated in 1.14): one warning at the module, each delegated
defmodule Facade do
  defdelegate [upcase(s), downcase(s)], to: String
  defdelegate [first(l)], to: List
end

defmodule Caller do
  def run, do: {Facade.upcase("a"), Facade.downcase("B"), Facade.first([1]), Facade.last([1])}
end

IO.inspect(Facade.__info__(:functions))
