# :erl_parse.parse_term/1: terms from tokens; 'bad term' for valid expressions that are no terms,
# 'syntax error before: ...' naming the token otherwise; binaries with sizes and types
cases = ~S"""
<<1:16>>.
<<1:4, 0:4>>.
<<"ab"/binary>>.
<<1.5/float>>.
<<1:3>>.
<<"é"/utf32>>.
<<$a:16/little>>.
#{1 => #{}}.
<<(1+1)>>.
a = b.
-1.5.
+a.
begin 1 end.
{end, "s" 1.0, 2.5}.
{a ,"s" "t" 2.5}.
{a, b, 'c d' e}.
{a, 1 + 2}.
"a\"b" c.
{1, 2.0e10 x}.
{"abc\n" x}.
{[] x}.
case 1 of _ -> 2 end.
fun(X) -> X end.
"""
for s <- String.split(cases, "\n", trim: true) do
  {:ok, t, _} = :erl_scan.string(String.to_charlist(s))
  IO.inspect({s, :erl_parse.parse_term(t)})
end
for s <- ["\n\n{a,\n foo(1)}.", "a,\n\n b.", "{a, 1 +\n 2}.", "{a,\n X}."] do
{:ok, t, _} = :erl_scan.string(String.to_charlist(s))
IO.inspect(:erl_parse.parse_term(t))
end
IO.inspect(:erl_parse.parse_term([{:atom, 1, :a}, {:dot, 1}, {:integer, 2, 5}]))
IO.inspect(:erl_scan.string('1.5e 2'))
IO.inspect(:erl_scan.string('1e5'))
IO.inspect(:erl_scan.string('16#'))
IO.inspect(:erl_scan.string('a\n.'))
IO.inspect(:erl_scan.string('a.% c'))
IO.inspect(:erl_scan.string('"multi\nline" x'))
