# Code.format_string! reads the source without unescaping it: an interpolated string's text and a
# quoted atom keep their escapes as written, and a bad \x escape is no error for it
IO.puts Code.format_string!(~S'''
x = "a\xZZ #{1} \u12"
w = "a #{1} b"
y = ~s(\x)
a = "tab\there \u00e9 #{x} \"q\" \#{no} é"
b = "multi
line #{x} text"
c = "#{a}#{b}"
d = [:"a\u00e9", :"a\tb", :"a b\x41", :"\u00e9", :"a\"b", :"é"]
''')
IO.puts Code.format_string!(~S'IO.inspect(:Elixir.Enum.sum([1, 2]))')
