# a small test DSL, as ExUnit builds test/2 on macros: names become functions, bodies closures
defmodule MiniTest do
  defmacro __using__(_) do
    quote do
      import MiniTest
      Module.register_attribute(__MODULE__, :tests, accumulate: true)
      @before_compile MiniTest
    end
  end

  defmacro test(description, do: body) do
    name = String.to_atom("test " <> description)
    quote do
      @tests {unquote(name), unquote(description)}
      def unquote(name)(), do: unquote(body)
    end
  end

  defmacro check(expr) do
    code = Macro.to_string(expr)
    quote do
      if unquote(expr), do: :ok, else: {:failed, unquote(code)}
    end
  end

  defmacro __before_compile__(_env) do
    quote do
      def run do
        for {name, desc} <- Enum.reverse(@tests) do
          IO.puts("#{desc}: #{inspect(apply(__MODULE__, name, []))}")
        end
      end
    end
  end
end

defmodule MathTest do
  use MiniTest

  test "addition" do
    check(1 + 1 == 2)
  end

  test "failing" do
    check(2 * 2 == 5)
  end

  test "strings" do
    check(String.upcase("a") == "A")
  end
end

MathTest.run()
