IO.puts(:ok)
[fooаbar: 1]
