defmodule MiniSpec do
  defmacro __using__(_opts) do
    quote do
      import MiniSpec, only: [describe: 2, it: 2, expect: 1, let: 2]
      Module.register_attribute(__MODULE__, :specs, accumulate: true)
      @describe nil
      @before_compile MiniSpec
    end
  end

  defmacro describe(name, do: block) do
    quote do
      @describe unquote(name)
      unquote(block)
      @describe nil
    end
  end

  defmacro it(description, do: body) do
    fun = :"spec #{System.unique_integer([:positive]) |> rem(1)}#{description}"
    quote do
      @specs {@describe, unquote(description), unquote(fun)}
      def unquote(fun)(), do: unquote(body)
    end
  end

  defmacro let(name, do: value) do
    quote do
      defp unquote(name)(), do: unquote(value)
    end
  end

  defmacro expect({op, _, [left, right]} = expr) when op in [:==, :!=, :>, :<, :>=, :<=] do
    code = Macro.to_string(expr)
    quote bind_quoted: [left: left, right: right, op: op, code: code] do
      if apply(Kernel, op, [left, right]) do
        :ok
      else
        raise MiniSpec.Failure, code: code, left: left, right: right
      end
    end
  end

  defmacro expect(expr) do
    code = Macro.to_string(expr)
    quote do
      unquote(expr) || raise(MiniSpec.Failure, code: unquote(code), left: nil, right: nil)
    end
  end

  defmacro __before_compile__(env) do
    specs = env.module |> Module.get_attribute(:specs) |> Enum.reverse()
    quote do
      def __specs__, do: unquote(Macro.escape(specs))
    end
  end

  def run(mod) do
    results =
      for {group, desc, fun} <- mod.__specs__() do
        title = Enum.join(Enum.reject([inspect(mod), group, desc], &is_nil/1), " ")
        try do
          apply(mod, fun, [])
          IO.puts("  ok   #{title}")
          :ok
        rescue
          e in MiniSpec.Failure ->
            IO.puts("  FAIL #{title}\n       #{Exception.message(e)}")
            :fail
          e ->
            IO.puts("  ERR  #{title}: #{Exception.format_banner(:error, e)}")
            :error
        end
      end

    freq = Enum.frequencies(results)
    IO.puts("#{length(results)} specs, #{Map.get(freq, :fail, 0)} failed, #{Map.get(freq, :error, 0)} errors")
  end
end

defmodule MiniSpec.Failure do
  defexception [:code, :left, :right]

  @impl true
  def message(%{code: code, left: nil, right: nil}), do: "expected truthy: #{code}"
  def message(e), do: "#{e.code} (left: #{inspect(e.left)}, right: #{inspect(e.right)})"
end

defmodule StackSpec do
  use MiniSpec

  let :stack, do: [3, 2, 1]

  describe "push" do
    it "adds to the top" do
      expect([0 | stack()] == [0, 3, 2, 1])
    end

    it "grows" do
      expect(length([9 | stack()]) > 3)
    end
  end

  describe "pop" do
    it "removes the top" do
      [top | rest] = stack()
      expect(top == 3)
      expect(rest == [2, 1, 0])
    end

    it "on empty crashes" do
      [_ | _] = Enum.drop(stack(), 3)
    end
  end

  it "is a list" do
    expect(is_list(stack()))
  end

  it "is not empty" do
    expect(Enum.empty?(stack()))
  end
end

MiniSpec.run(StackSpec)

ast = quote do: expect(1 + 1 == 3)
IO.puts(Macro.to_string(Macro.expand_once(ast, %{__ENV__ | requires: [MiniSpec | __ENV__.requires]})))
|> then(fn _ -> :ok end)
IO.inspect(StackSpec.__specs__() |> Enum.map(&elem(&1, 1)))
IO.inspect(StackSpec.__info__(:functions) |> Enum.filter(fn {n, _} -> String.starts_with?(Atom.to_string(n), "spec") end) |> length())
