defmodule Outer do
  @greeting "hello"
  @nums [1, 2, 3]
  @moduledoc "Outer module"
  @doc "says hi"
  def hi(name \\ "world"), do: "#{@greeting} #{name}"
  def total, do: Enum.sum(@nums)
  defp secret, do: :hidden
  def reveal, do: secret()

  defmodule Inner do
    def whoami, do: __MODULE__
  end
end

defmodule Outer.Deep.Leaf do
  def path, do: inspect(__MODULE__)
end

defmodule User do
  alias Outer.Deep.Leaf
  alias Outer.Inner, as: In
  import Enum, only: [map: 2, sum: 1]

  def run do
    IO.puts(Leaf.path())
    IO.inspect(In.whoami())
    IO.inspect(sum(map([1, 2], &(&1 * 10))))
  end
end

IO.puts(Outer.hi())
IO.puts(Outer.hi("Bob"))
IO.inspect(Outer.total())
IO.inspect(Outer.reveal())
IO.inspect(Outer.Inner.whoami())
User.run()
try do
  apply(Outer, :secret, [])
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
IO.inspect(function_exported?(Outer, :hi, 1))
IO.inspect(function_exported?(Outer, :secret, 0))
IO.inspect(Outer.__info__(:functions))
