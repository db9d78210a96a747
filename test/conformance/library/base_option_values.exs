# Base's options as Elixir 1.14 reads them (Keyword.get, first match wins; opts[:ignore] with
# Access.get): an unknown `case:` is a CaseClauseError in the function, an encoder's unknown
# `padding:` fails maybe_pad/3 only when padding is due, a decoder takes any `padding:` but false
# as true, an unknown `ignore:` fails remove_ignored/2; options that are no list, an improper
# list or a tuple of another size under the key fail in Keyword.get/Access.get. decode/2 rescues
# only ArgumentError (from decode!/2, which it calls). The frames are compared with their lines.
t = fn label, f ->
  try do
    IO.inspect({label, f.()})
  rescue
    e ->
      frames = for {m, n, a, l} <- __STACKTRACE__, m in [Base, Keyword, Access, :lists], do: {m, n, a, l[:line]}
      IO.inspect({label, e.__struct__, Exception.message(e), frames})
  end
end

for c <- [:foo, nil, "upper", :mixed] do
  t.({:encode16, c}, fn -> Base.encode16("ab", case: c) end)
  t.({:encode16_empty, c}, fn -> Base.encode16("", case: c) end)
  t.({:decode16, c}, fn -> Base.decode16("AB", case: c) end)
  t.({:decode16_empty, c}, fn -> Base.decode16("", case: c) end)
  t.({:decode16_odd, c}, fn -> Base.decode16("ABC", case: c) end)
  t.({:decode16!, c}, fn -> Base.decode16!("AB", case: c) end)
  t.({:encode32, c}, fn -> Base.encode32("ab", case: c) end)
  t.({:decode32, c}, fn -> Base.decode32("MFRA====", case: c) end)
  t.({:decode32!, c}, fn -> Base.decode32!("MFRA====", case: c) end)
  t.({:hex_encode32, c}, fn -> Base.hex_encode32("ab", case: c) end)
  t.({:hex_decode32, c}, fn -> Base.hex_decode32("C5H0====", case: c) end)
  t.({:hex_decode32!, c}, fn -> Base.hex_decode32!("c5h0====", case: c) end)
  t.({:encode64, c}, fn -> Base.encode64("ab", case: c) end)
end

for p <- [:foo, nil, 1] do
  t.({:encode32, p}, fn -> Base.encode32("ab", padding: p) end)
  t.({:encode32_whole, p}, fn -> Base.encode32("abcde", padding: p) end)
  t.({:encode32_lower, p}, fn -> Base.encode32("abcdef", padding: p, case: :lower) end)
  t.({:decode32, p}, fn -> Base.decode32("MFRA====", padding: p) end)
  t.({:decode32_unpadded, p}, fn -> Base.decode32("MFRA", padding: p) end)
  t.({:hex_encode32, p}, fn -> Base.hex_encode32("abc", padding: p) end)
  t.({:encode64, p}, fn -> Base.encode64("a", padding: p) end)
  t.({:encode64_whole, p}, fn -> Base.encode64("abc", padding: p) end)
  t.({:decode64!, p}, fn -> Base.decode64!("YWI=", padding: p) end)
  t.({:decode64_unpadded, p}, fn -> Base.decode64("YWI", padding: p) end)
  t.({:url_encode64, p}, fn -> Base.url_encode64("ab", padding: p) end)
end

t.(:ignore_foo, fn -> Base.decode64("YW I=", ignore: :foo) end)
t.(:ignore_foo!, fn -> Base.decode64!("YW I=", ignore: :foo) end)
t.(:url_ignore_foo, fn -> Base.url_decode64("YW I=", ignore: :foo) end)
t.(:ignore_nil, fn -> Base.decode64("YW I=", ignore: nil) end)
t.(:ignore_whitespace, fn -> Base.decode64("YW I=", ignore: :whitespace) end)
t.(:first_wins, fn -> Base.encode16("a", case: :lower, case: :foo) end)
t.(:non_tuples, fn -> Base.encode16("a", [:x, {:case, :lower}]) end)
t.(:unknown_key, fn -> Base.decode64("YWI=", foo: :bar) end)
t.(:both_bad, fn -> Base.encode32("ab", case: :x, padding: :x) end)

for {name, f} <- [encode16: &Base.encode16/2, decode16: &Base.decode16/2, decode16!: &Base.decode16!/2,
                  encode32: &Base.encode32/2, decode32: &Base.decode32/2, decode32!: &Base.decode32!/2,
                  hex_encode32: &Base.hex_encode32/2, hex_decode32: &Base.hex_decode32/2, hex_decode32!: &Base.hex_decode32!/2,
                  encode64: &Base.encode64/2, decode64: &Base.decode64/2, decode64!: &Base.decode64!/2,
                  url_encode64: &Base.url_encode64/2, url_decode64: &Base.url_decode64/2, url_decode64!: &Base.url_decode64!/2] do
  t.({name, :map}, fn -> f.("", %{}) end)
  t.({name, :improper}, fn -> f.("", [{:x, 1} | :y]) end)
  t.({name, :improper_after}, fn -> f.("", [{:padding, true}, {:case, :upper} | :y]) end)
  t.({name, :tuple3}, fn -> f.("", [{:case, 1, 2}, {:padding, 1, 2}, {:ignore, 1, 2}]) end)
  t.({name, :ignore1}, fn -> f.("", [{:ignore}]) end)
end
