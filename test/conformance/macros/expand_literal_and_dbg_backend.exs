# Macro.expand_literal/2 (aliases in a quoted literal, anything else as given) and Macro.dbg/3,
# the default backend of dbg/2, as macro authors call them
alias Foo.Bar, as: B

for q <- [
      quote(do: String),
      quote(do: B.Baz),
      quote(do: [B, {:a, String}]),
      quote(do: %{k: B}),
      quote(do: {B, 1, 2}),
      quote(do: __MODULE__),
      quote(do: [B, x]),
      quote(do: %B{a: 1}),
      quote(do: f(B)),
      quote(do: <<1, 2>>),
      quote(do: B.f)
    ] do
  IO.inspect({Macro.quoted_literal?(q), Macro.expand_literal(q, __ENV__)})
end

defmodule WithAliases do
  alias Enum, as: E
  IO.inspect(Macro.expand_literal(quote(do: [E, __MODULE__]), __ENV__))
  IO.inspect(Macro.expand_literal(quote(do: {E}), %{__ENV__ | function: {:f, 1}}))
end

defmodule MyDbg do
  # a dbg backend of one's own that falls back to Elixir's
  def debug(code, options, env) do
    quote do
      IO.puts("-- my dbg --")
      unquote(Macro.dbg(code, options, env))
    end
  end
end

env = __ENV__
q = Macro.dbg(quote(do: 1 + 1), [], env)
IO.puts(Macro.to_string(q))
{v, _} = Code.eval_quoted(q, [], env)
IO.inspect(v)
q = Macro.dbg(quote(do: [1, 2] |> Enum.map(&(&1 * 2)) |> Enum.sum()), [], env)
{v, _} = Code.eval_quoted(q, [], env)
IO.inspect(v)
{v, _} = Code.eval_quoted(MyDbg.debug(quote(do: String.upcase("x")), [], env), [], env)
IO.inspect(v)
