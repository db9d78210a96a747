defmodule A do
  defmacro __using__(_) do
    quote do
      defmacro twice(x) do
        IO.inspect(binding(), label: "b")
        quote(do: unquote(x) * 2)
      end
      def f(y), do: (fn -> y end).()
    end
  end
end
defmodule B0 do
  use A
  def run, do: twice(5)
end
IO.inspect B0.run()
IO.inspect B0.f(2)
