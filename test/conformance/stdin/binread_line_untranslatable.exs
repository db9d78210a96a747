# a line IO.binread/2 cannot give as Latin-1 (bytes that are not UTF-8) ends the standard io
# server, which is also standard output's (OTP's :user): reads answer {:error, :terminated}, the
# console's group leader is gone, IO.binwrite/1 answers {:error, :terminated} and IO.write/1
# raises ErlangError :terminated; standard error still works
IO.puts("before")
good = IO.binread(:stdio, :line)
first = IO.binread(:stdio, :line)
again = IO.read(:stdio, :line)
leader = Process.alive?(Process.group_leader())
user = Process.whereis(:user)
binwrite = IO.binwrite("x")
write = try do IO.write("x") catch kind, reason -> {kind, reason} end
IO.puts(:stderr, "stderr works")
raise "seen: #{inspect({good, first, again, leader, user, binwrite, write})}"
