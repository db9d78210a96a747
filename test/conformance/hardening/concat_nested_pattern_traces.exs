# `<>` in a pattern whose left operand is a `<>` of its own: Kernel.<>/2 expands it first (a
# macro inside the macro: both expansions in the trace), to a <<>> that is a binary segment; a
# <<>> segment before the pattern's last whose own last part has no size is refused where
# elixir_bitstring puts it in place, with the frames of each <<>> around it
patterns = [
  ~S|("a" <> rest) <> "b"|,
  ~S|("a" <> rest) <> b|,
  ~S|(x <> "a") <> rest|,
  ~S|((x <> "b") <> "c") <> rest|,
  ~S|(("a" <> x) <> "c") <> rest|,
  ~S|(<<1::3>> <> "a") <> rest|,
  ~S|<<(<<"a", rest::binary>>)::binary, "b">>|,
  ~S|<<(<<"a", rest::binary>>), "b">>|,
  ~S|<<(<<"a", rest::bits>>)::bits, "b">>|,
  ~S|<<(<<"a", (<<rest::binary>>)>>)::binary, "b">>|,
  ~S|<<(<<(<<"a", x::binary>>)::binary, "c">>)::binary, rest::binary>>|,
  ~S|<<(<<(<<1::3>>)::binary>>)::binary, x::binary>>|,
  ~S|<<(<<(<<(<<1::3>>)::binary>>)>>), x::binary>>|
]

below? = fn {m, _, _, _} -> m in [:elixir_expand, :elixir_clauses, :elixir_def] or String.starts_with?(Atom.to_string(m), "elixir_compiler") end

for {p, i} <- Enum.with_index(patterns) do
  try do
    Code.compile_string("defmodule P#{i} do\n  def f(#{p}), do: 1\nend")
  rescue
    # (the frames of the expander's own callers below are left out)
    e -> IO.inspect({e, Enum.reject(__STACKTRACE__, below?)}, label: p)
  end
end

# these are fine: a left operand that is whole bytes, or sized
fine = [
  {~S|("a" <> "b") <> rest|, "abcd"},
  {~S|(<<1>> <> <<2>>) <> rest|, <<1, 2, 3>>},
  {~S|("a" <> "b") <> ("c" <> rest)|, "abcde"},
  {~S|<<(<<"a", rest::binary-size(2)>>)::binary, "b">>|, "axyb"}
]

for {{p, subject}, i} <- Enum.with_index(fine) do
  [{m, _}] = Code.compile_string("defmodule Q#{i} do\n  def f(#{p}), do: rest\nend")
  IO.inspect(m.f(subject), label: p)
end
