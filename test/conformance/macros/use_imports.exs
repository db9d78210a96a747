# __using__ that imports helpers and sets attributes into the using module
defmodule MyDSL do
  defmacro __using__(opts) do
    prefix = Keyword.get(opts, :prefix, "dsl")

    quote do
      import MyDSL
      @prefix unquote(prefix)
      def prefix, do: @prefix
    end
  end

  defmacro rule(name, do: body) do
    quote do
      def unquote(name)(), do: {@prefix, unquote(body)}
    end
  end

  def helper(x), do: String.upcase(x)
end

defmodule Rules do
  use MyDSL, prefix: "R"
  rule :first, do: helper("one")
  rule :second, do: 2
end

IO.inspect(Rules.prefix())
IO.inspect(Rules.first())
IO.inspect(Rules.second())
