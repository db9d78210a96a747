# :io.fread reading the last line to its end takes its line end: the next read is at the end of input
IO.inspect(:io.fread(~c"n> ", ~c"~d"))
IO.inspect(IO.gets("next> "))
