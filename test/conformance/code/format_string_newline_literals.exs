# Code.format_string!: a one-line string, charlist or sigil holding newlines counts them as any
# character when it measures the line (it is not taken as spread over lines)
IO.puts Code.format_string!(~S'''
IO.inspect("multi
line")
x = "a
b"
foo("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", 1)
y = 'multi
char'
z = ~s(sig
il)
''')
