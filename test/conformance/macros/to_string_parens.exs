# Macro.to_string leaves out a local call's parentheses as Elixir 1.14's formatter does: for the
# calls of its locals_without_parens (a do/end block counting as an argument), not as an element
# of a list, tuple, map or binary, a keyword's value, one of several arguments, a left operand
# with several arguments or a definition's head before `when`; an attribute keeps the expression
# after it close
names = ~w(if unless case cond for with try receive quote def defp defmacro defmodule defprotocol defimpl
  defguard defdelegate defstruct defexception defoverridable alias import require use describe test setup
  assert refute raise reraise throw destructure foo)

for name <- names do
  for code <- ["#{name} a, b do\n 1\nend", "#{name} a do\n 1\nend", "def #{name}(a, b) when a, do: []", "def #{name}(a, b), do: []", "def #{name}(a) when a, do: :ok"] do
    IO.puts(Macro.to_string(Code.string_to_quoted!(code)))
  end
end

snippets = [
  "Foo.bar a do\n 1\nend",
  "x = if a do\n 1\nend",
  "x + raise(a)",
  "foo(raise a)",
  "[raise(a)]",
  "for x <- y, do: x",
  "with {:ok, a} <- b, do: a",
  "test \"a\" do\n 1\nend",
  "raise a when b",
  "fn -> [] end",
  "def a, do: []",
  "{raise(a), 1}",
  "{raise(a)}",
  "%{a: raise(a)}",
  "<<raise(a)>>",
  "[a: raise(a)]",
  "foo(a: raise(b))",
  "x = raise a, b",
  "raise(a, b) + 1",
  "1 + raise(a, b)",
  "!raise(a)",
  "&raise(&1)",
  "use(a, b) |> x",
  "x |> raise(b)",
  "[if(a, do: b)]",
  "foo(if(a, do: b))",
  "foo(a, quote(context: K, do: x))",
  "x = quote context: K, do: y",
  "foo(a, raise b)",
  "foo(a, use(b, c: 1))",
  "foo(use b)",
  "foo(raise(a), b)",
  "element2(get_and_update_chain(root, steps, quote(context: Kernel, do: fn _ -> {nil, unquote(value)} end)))",
  "a = 1\nif x do\n y\nend\nb = 2\nc = 3\nif z do\n w\nend\nd",
  "@moduledoc \"x\"\ndef f do\n 1\nend\n@doc \"y\"\ndef g do\n 2\nend\n@x 1\nif a do\n b\nend\nx = 1\n@spec f(integer) :: :ok\ndef f(x) do\n x\nend\ndef z do\n 1\nend\n@doc false\ndef y, do: 1",
  "defp some_function_name(first_argument, second_argument) when is_integer(first_argument) and is_binary(second_argument), do: :ok",
  "defmacro some_function_name(first_argument, second_argument) when is_integer(first_argument) and is_binary(second_argument), do: :ok",
  "defp take_padded(_, 0), do: []"
]

for code <- snippets do
  IO.puts(Macro.to_string(Code.string_to_quoted!(code)))
  IO.puts("--")
end
