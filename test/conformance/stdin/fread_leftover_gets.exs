# what :io.fread leaves unread stays in OTP 25's console as a charlist, which its line reader does
# not take: the next IO.gets ends the console (the request answers {:error, :terminated}), and the
# IO.inspect of that answer raises, standard output being gone too; IO.getn and :io.fread still read
IO.inspect(:io.fread(~c"n> ", ~c"~d"))
IO.inspect(IO.getn("c> ", 2))
IO.inspect(:io.fread(~c"n> ", ~c"~d"))
IO.inspect(:io.fread(~c"n> ", ~c"~d"))
IO.puts(:stderr, "still here")
IO.inspect(IO.gets("line> "))
IO.puts("never printed")
