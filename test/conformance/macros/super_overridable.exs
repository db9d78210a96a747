defmodule Base1 do
  defmacro __using__(_) do
    quote do
      def greet(name), do: "hello #{name}"
      def count(x), do: x + 1
      defoverridable greet: 1, count: 1
    end
  end
end
defmodule User1 do
  use Base1
  def greet(name), do: String.upcase(super(name)) <> "!"
  def count(x) when x > 10, do: super(x) * 2
  def count(x), do: super(x)
end
IO.puts User1.greet("bob")
IO.inspect {User1.count(1), User1.count(20)}
IO.inspect User1.__info__(:functions)
defmodule Plain do
  def f(x), do: x
  defoverridable f: 1
  def f(x), do: super(x) * 10
end
IO.inspect Plain.f(3)
defmodule Raising do
  use Base1
  def greet(_), do: raise "boom"
  def count(x), do: super(x) + String.to_integer("z")
end
try do
  Raising.greet(1)
rescue
  _ -> IO.inspect(__STACKTRACE__ |> Enum.take(1) |> Enum.map(&Tuple.delete_at(&1, 3)))
end
f = &Plain.f/1
IO.inspect f.(1)
