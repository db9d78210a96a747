# Code.format_string!: a quoted atom loses the quotes it does not need (:"abc" is :abc, :"é" is
# :é, :"nil" is nil), an alias-like one keeps them (:"Elixir.Foo", :"Elixir")
IO.puts Code.format_string!(~S'[:"é", :"abc", :"a b", :"Elixir.Foo", :"foo?", :"Élan", :"é!", :"+", :"&&"]')
IO.puts Code.format_string!(~S'''
x = :"foo@bar"
y = :'single'
z = %{"é": 1, "a b": 2}
f(:"nil", :"true", :"Elixir", :"do")
''')
