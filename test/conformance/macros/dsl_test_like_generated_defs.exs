# a test-like DSL (accumulated tests, location: :keep, Macro.escape of the code), defs generated in a for with unquote fragments, defoverridable + super, and the Macro functions such code calls
defmodule MiniTest do
  defmacro __using__(_opts) do
    quote do
      import MiniTest
      Module.register_attribute(__MODULE__, :tests, accumulate: true)
      @before_compile MiniTest
    end
  end

  defmacro test(name, do: body) do
    fun = :"test #{name}"
    quote location: :keep do
      @tests {unquote(fun), unquote(name)}
      def unquote(fun)(), do: unquote(body)
    end
  end

  defmacro assert_eq(left, right) do
    code = Macro.escape({left, right})
    quote do
      l = unquote(left)
      r = unquote(right)
      if l == r, do: :ok, else: {:fail, unquote(code), l, r}
    end
  end

  defmacro __before_compile__(_env) do
    quote do
      def run do
        for {fun, name} <- Enum.reverse(@tests) do
          {name, apply(__MODULE__, fun, [])}
        end
      end
    end
  end
end

defmodule Ops do
  for {name, op} <- [add: :+, sub: :-, mul: :*] do
    def unquote(name)(a, b), do: unquote(op)(a, b)
    def unquote(:"#{name}_doc")(), do: unquote("#{name} uses #{op}")
  end
  @ops [:add, :sub]
  def ops, do: @ops
  def to_s, do: unquote(Macro.to_string(quote(do: fn a, b when a > b -> a - b end)))
end

defmodule Base1 do
  defmacro __using__(_) do
    quote do
      def greet(name), do: "hello #{name}"
      def count, do: 1
      defoverridable greet: 1, count: 0
    end
  end
end

defmodule Child do
  use Base1
  def greet(name), do: String.upcase(super(name))
  def count, do: super() + 1
end

defmodule MyTests do
  use MiniTest
  test "adds" do
    assert_eq(Ops.add(1, 2), 3)
  end
  test "fails" do
    assert_eq(1 - 2, 3)
  end
  test "override" do
    assert_eq(Child.greet("x"), "HELLO X")
  end
end

IO.inspect MyTests.run()
IO.inspect {Ops.mul(3, 4), Ops.add_doc(), Ops.ops(), Ops.to_s()}
IO.inspect {Child.greet("bob"), Child.count()}
IO.inspect MyTests.__info__(:functions)
q = quote do: unless(a, do: b, else: c)
IO.inspect Macro.expand_once(q, __ENV__)
IO.puts Macro.to_string(Macro.expand(q, __ENV__))
IO.puts Macro.to_string(Macro.expand(quote(do: a |> f(b) |> g()), __ENV__))
IO.inspect Macro.prewalk(quote(do: 1 + 2 * 3), fn {op, m, args} when op in [:+, :*] -> {if(op == :+, do: :-, else: :/), m, args}; x -> x end) |> Code.eval_quoted()
{ast, acc} = Macro.traverse(quote(do: f(g(1), h(2, 3))), [], fn {n, _, a} = x, acc when is_list(a) -> {x, [{:pre, n} | acc]}; x, acc -> {x, acc} end, fn {n, _, a} = x, acc when is_list(a) -> {x, [{:post, n} | acc]}; x, acc -> {x, acc} end)
IO.inspect Enum.reverse(acc)
IO.puts Macro.to_string(ast)
for s <- ["%{a: 1, b: [2, 3]}", "<<a::binary-size(4), rest::bits>>", "~r/ab+c/i", "&Enum.map(&1, fn x -> x * 2 end)", "%User{name: \"x\"}", "x when is_integer(x) and x > 0", "-x ** 2", "not (a and b)", "a.b.c(1)[:k]", "@attr", "case x do\n 1 -> :a\n _ -> :b\nend", "for x <- 1..10, rem(x, 2) == 0, into: %{}, do: {x, x}", "try do\n raise \"x\"\nrescue\n e in RuntimeError -> e\nafter\n :ok\nend", "{:ok, a, [1 | t]}", "&(&1 + &2)", "a..b//c", "fn -> :ok end", "quote do: unquote(x)", "'abc' ++ [?d]", "Foo.Bar.baz()"] do
  IO.puts Macro.to_string(Code.string_to_quoted!(s))
end
IO.inspect Code.eval_string("a + b * c", [a: 1, b: 2, c: 3])
IO.inspect Code.eval_quoted(quote(do: var!(x) = var!(y) + 1), [y: 41])
IO.inspect Macro.decompose_call(quote(do: Foo.bar(1, 2)))
IO.inspect Macro.pipe(quote(do: x), quote(do: f(y)), 0) |> Macro.to_string()
IO.inspect Macro.unpipe(quote(do: a |> b() |> c(1)))
IO.inspect {Macro.camelize("foo_bar/baz"), Macro.underscore("FooBar.BazQux"), Macro.underscore("HTTPServer")}
IO.inspect Macro.escape(%{a: {1, 2}, b: [x: self() |> is_pid()]})
IO.inspect Macro.escape({:a, quote(do: unquote(1))}, unquote: true)
IO.inspect Macro.validate({:ok, [1, {:x, [], nil}]})
IO.inspect Macro.validate({:ok, self()})
