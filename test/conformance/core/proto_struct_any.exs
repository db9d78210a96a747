defprotocol Describe do
  @fallback_to_any true
  def describe(x)
end

defimpl Describe, for: Any do
  def describe(_), do: "something"
end

defmodule Cat do
  defstruct name: "tom", lives: 9
end

defmodule Dog do
  @derive [Describe]
  defstruct name: "rex"
end

defimpl Describe, for: Cat do
  def describe(%Cat{name: n, lives: l}), do: "cat #{n} with #{l} lives"
end

defimpl Describe, for: Atom do
  def describe(a), do: "atom :#{a}"
end

defmodule Main do
  def run do
    IO.puts(Describe.describe(%Cat{}))
    IO.puts(Describe.describe(%Cat{name: "felix", lives: 3}))
    IO.puts(Describe.describe(%Dog{}))
    IO.puts(Describe.describe(:ok))
    IO.puts(Describe.describe(123))
    IO.puts(Describe.describe([1]))
    IO.inspect(Describe.impl_for(%Cat{}))
  end
end

Main.run()
