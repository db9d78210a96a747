# :io.read leaves what follows the term's dot unread as a charlist too: IO.stream's next line
# ends the console, and the stream raises IO.StreamError
IO.inspect(:io.read(~c"term> "))
IO.inspect(IO.stream(:stdio, :line) |> Enum.to_list())
