IO.puts "not reached"
String.
2
