# after a line IO.binread/2 could not translate, a write to standard output raises ErlangError
# :terminated in the writer: the script ends there with status 1
IO.inspect(IO.binread(:stdio, :line), label: "line")
IO.puts("never printed")
