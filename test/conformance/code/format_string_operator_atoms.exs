# Code.format_string!: :\\ stays as written, quoted or not; :..// is always quoted; a quoted atom
# not in NFC keeps its quotes (unquoted it would read as the NFC atom)
IO.puts Code.format_string!(~S'''
x = [:\\, :"\\\\", :..//, :"..//", {:\\, 1}, "\\\\": 1, "..//": 2]
f(:..//, :\\, :"::", :::, :"<|>", :^^^, :"|", :".")
''')
IO.puts Code.format_string!("y = {:\"cafe\u0301\", :\"caf\u00e9\", :cafe}")
