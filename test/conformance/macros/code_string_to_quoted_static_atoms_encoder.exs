# Code.string_to_quoted's static_atoms_encoder: which atoms of the text it is given (and where), what
# stands in their place, its errors, with the other options
enc = fn name, meta -> {:ok, {:atom, name, meta}} end
for s <- ["[a: 1]", "f(a: 1)", "a do: 1", "[do: 1]", "f a: 1", "x.\"foo\"", "~w(a b)a", "&foo/1", ":+", ":nil", "x.true", "if a do b end", "foo.Bar", "a when b", "@foo 1", "__MODULE__", "%Foo{a: 1}", "x.y.z()", "foo.(1)", ~S("a#{b}"), "fn x -> x end", "alias Foo.{Bar, Baz}", "a ++ b", "not a", "x |> f", "%{\"a\": 1}", "quote do: x", "Foo.bar(1)", "f(\"a\": 1)", "[\"a b\": 1]", "{:ok, x}", ":ok", ":\"ok\"", "a..b", "a.b do end", "e in [1]", "unquote(x)", "x = 1"] do
  IO.puts(s)
  IO.inspect Code.string_to_quoted(s, static_atoms_encoder: enc)
end
IO.inspect Code.string_to_quoted(":foo", static_atoms_encoder: fn n, _ -> {:ok, n} end, existing_atoms_only: true)
IO.inspect Code.string_to_quoted("zzz_not_existing_atom_q", static_atoms_encoder: fn n, _ -> {:ok, n} end, existing_atoms_only: true)
IO.inspect Code.string_to_quoted("a\n  b: c", static_atoms_encoder: fn _, _ -> {:error, "bad"} end, columns: true)
IO.inspect Code.string_to_quoted("1 + foo", static_atoms_encoder: fn "foo", _ -> {:error, "bad"}; n, _ -> {:ok, String.to_atom(n)} end, columns: true)
IO.inspect Code.string_to_quoted("x = Foo.Bar.baz(y, :z)", static_atoms_encoder: fn n, m -> send(self(), {n, m}); {:ok, String.to_atom(n)} end)
IO.inspect Process.info(self(), :messages)
IO.inspect Code.string_to_quoted!("x = :y", static_atoms_encoder: enc)
try do
  Code.string_to_quoted!("x = :y", static_atoms_encoder: fn _, _ -> {:error, "nope"} end)
rescue
  e -> IO.inspect(e)
end
IO.inspect Code.string_to_quoted("foo(bar)", static_atoms_encoder: enc, line: 3, column: 4)
IO.inspect Code.string_to_quoted("foo(bar)", static_atoms_encoder: enc, columns: true, line: 3, column: 4)
IO.inspect Code.string_to_quoted_with_comments("# hi\nfoo(:bar) # x", static_atoms_encoder: enc)
IO.inspect Code.string_to_quoted_with_comments!("# hi\nfoo(:bar) # x", static_atoms_encoder: enc)
IO.inspect Code.string_to_quoted("foo(:bar, 1)", static_atoms_encoder: enc, literal_encoder: fn l, m -> {:ok, {:__block__, m, [l]}} end)
IO.inspect Code.string_to_quoted("a\n  |> b(c)\n  |> d", static_atoms_encoder: enc, token_metadata: true)
IO.inspect Code.string_to_quoted("foo(", static_atoms_encoder: enc)
IO.inspect Code.string_to_quoted("foo(\"a", static_atoms_encoder: enc)
IO.inspect Code.string_to_quoted("bar(1) + baz", static_atoms_encoder: fn n, _ -> if n == "baz", do: {:error, "forbidden"}, else: {:ok, String.to_atom(n)} end)
try do
  Code.string_to_quoted!("bar(1) + baz", static_atoms_encoder: fn n, _ -> if n == "baz", do: {:error, "forbidden"}, else: {:ok, String.to_atom(n)} end, file: "x.ex")
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect Code.string_to_quoted("defmodule Foo do\n  def bar(x), do: x.baz\nend", static_atoms_encoder: fn n, _ -> {:ok, String.to_atom("e_" <> n)} end)
IO.inspect Code.string_to_quoted("~s(a\#{b})", static_atoms_encoder: enc)
IO.inspect Code.string_to_quoted("\"\"\"\nx \#{y}\n\"\"\"", static_atoms_encoder: enc)
IO.inspect Code.string_to_quoted("%{a => b, c: d}", static_atoms_encoder: fn n, _ -> {:ok, n} end)
IO.inspect Code.string_to_quoted("x.end", static_atoms_encoder: fn n, _ -> {:ok, n} end)
IO.inspect Code.string_to_quoted("x.fn(1)", static_atoms_encoder: fn n, _ -> {:ok, n} end)
IO.inspect Code.string_to_quoted("x.nil", static_atoms_encoder: fn n, _ -> {:ok, n} end)
IO.inspect Code.string_to_quoted("foo?(1) && bar!", static_atoms_encoder: fn n, _ -> {:ok, n} end)
IO.inspect Code.string_to_quoted(":Foo", static_atoms_encoder: fn n, _ -> {:ok, n} end)
IO.inspect Code.string_to_quoted("[if: 1, +: 2]", static_atoms_encoder: fn n, _ -> {:ok, n} end)
IO.inspect Code.string_to_quoted(":foo@bar", static_atoms_encoder: fn n, _ -> {:ok, n} end)
IO.inspect Code.string_to_quoted("try do x rescue e -> e end", static_atoms_encoder: fn n, _ -> {:ok, n} end)
IO.inspect Code.string_to_quoted("x.rescue", static_atoms_encoder: fn n, _ -> {:ok, n} end)
