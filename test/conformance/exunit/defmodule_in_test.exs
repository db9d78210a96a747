# Modules defined inside tests: each test defines its helper module (or struct, protocol, impl)
# when it runs, reading the test's variables in the module body; the module's functions are
# callable right after, and a module body that fails raises in its test.
ExUnit.start(seed: 0, trace: true)

defmodule DefmoduleInTest do
  use ExUnit.Case

  test "a helper module reads the test's variables" do
    greeting = "hello"
    defmodule Helper do
      @greeting greeting
      def greet(name), do: "#{@greeting}, #{name}"
    end
    assert Helper.greet("world") == "hello, world"
    assert DefmoduleInTest.Helper.greet("x") == "hello, x"
    assert Helper == DefmoduleInTest.Helper
  end

  test "a struct defined in a test" do
    defmodule Point do
      defstruct x: 0, y: 0
      def new(x, y), do: struct(__MODULE__, x: x, y: y)
    end
    p = Point.new(1, 2)
    assert p.x == 1
    assert p.__struct__ == DefmoduleInTest.Point
    IO.inspect(p)
    IO.inspect(Map.keys(Point.__struct__()) |> Enum.sort())
  end

  test "defmodule returns {:module, name, binary, last value}" do
    result =
      defmodule Valued do
        def one, do: 1
        :the_end
      end
    assert {:module, DefmoduleInTest.Valued, bin, :the_end} = result
    assert is_binary(bin)
  end

  test "a protocol and an implementation defined in a test" do
    defprotocol Describe do
      def describe(x)
    end
    defimpl Describe, for: Integer do
      def describe(n), do: "the integer #{n}"
    end
    assert Describe.describe(3) == "the integer 3"
  end

  test "a module defined inside a fn in a test" do
    make = fn n ->
      defmodule FromFn do
        @n n
        def n, do: @n
      end
      FromFn.n()
    end
    assert make.(5) == 5
  end

  test "a module body that does not compile raises CompileError in the test" do
    e =
      assert_raise CompileError, fn ->
        defmodule Broken do
          def g, do: missing_function()
        end
      end
    IO.puts(Exception.message(e))
  end

  test "a module body that raises raises in the test" do
    assert_raise ArgumentError, "raised while defining", fn ->
      defmodule Raising do
        raise ArgumentError, "raised while defining"
      end
    end
  end

  test "a failing assertion after a module is defined fails its test" do
    defmodule Answer do
      def value, do: 41
    end
    assert Answer.value() == 42
  end

  test "a test defining a module twice redefines it" do
    for n <- 1..2 do
      defmodule Twice do
        @n n
        def n, do: @n
      end
      assert Twice.n() == n
    end
  end
end
