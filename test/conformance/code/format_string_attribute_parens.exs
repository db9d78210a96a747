# A module attribute with arguments takes parentheses where a call without them would: several
# arguments, an element of a list/tuple/map, a keyword's value, a left operand; a string literal
# among a bitstring's segments keeps it a bitstring, and only Kernel.to_string(x)::binary is an
# interpolation (<<f.(x)::binary>> stays a segment). In Code.format_string! and Macro.to_string.
src = ~S'''
quote(do: @foo 1)
quote do: @callback unquote(typed)
f(@foo 1)
f(a, @foo 1)
[@foo 1]
[@foo(a: 1)]
[a | @x 1]
{:ok, @foo(bar(1))}
%{a => @x 1}
x = @foo 1
@foo 1, 2
@foo(1) + 2
2 + @foo(1)
a when @x 1
@foo(1)
[@attr [unquote(long_name_here_for_width), unquote(long_name_here_for_width), unquote(long_name_here_for_width)]]
IO.inspect(<<"a">>)
x = <<"a", "b">>
t.(fn -> <<f.(:x)::binary, f.(:y)::binary>> end)
IO.inspect(<<(<<(<<1::3>>)>>)::binary>>)
"a#{b}c"
'''

IO.puts(Code.format_string!(src))
IO.puts("-----")
src |> Code.string_to_quoted!() |> Macro.to_string() |> IO.puts()
