IO.puts("a #{:"ok"} b #{"c#{:"d"}"}")
IO.puts(~s(x#{:"e"}))
IO.puts(~S(x#{:"f"}))
IO.puts(:"g#{:"h"}")
IO.puts('#{:"i"}')
IO.puts("""
  #{:"j"} #{? }
""")
IO.puts(:"k")
IO.inspect(["l#{:"m"}": 1])
IO.puts("#{x = (); x}")
