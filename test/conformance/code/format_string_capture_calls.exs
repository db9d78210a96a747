# An anonymous call on a capture's argument is written without parentheses (& &1.(40)), while a
# capture or fn called in place keeps them ((& &1).(1)); in Code.format_string! and Macro.to_string
src = ~S'''
x |> then(&(&1).(40))
Enum.map(l, & &1.(10))
f = (& &1).(1)
y = (&(&1 + 1)).(2)
Enum.map([fn -> 1 end], &envl.(&1.()))
g = (fn -> 1 end).()
'''

IO.puts(Code.format_string!(src))
IO.puts("-----")
src |> Code.string_to_quoted!() |> Macro.to_string() |> IO.puts()
