IO.puts "x"
IO.inspect(:a <> "b")
