# The script's group leader (OTP's :user) answers the io requests sent to its pid, in order with
# the script's own output
gl = Process.group_leader()
IO.inspect(gl)
IO.puts(gl, "via the leader's pid")
IO.inspect(:io.put_chars(gl, "put_chars\n"))
IO.inspect(:io.format(gl, "format ~p~n", [1]))
IO.inspect(IO.write(gl, "write\n"))
IO.inspect(IO.binwrite(gl, "binwrite\n"))
IO.inspect(:io.request(gl, {:put_chars, :unicode, "é\n"}))
IO.inspect(:io.request(gl, {:requests, [{:put_chars, :unicode, "a"}, {:put_chars, :unicode, "b\n"}]}))
IO.inspect(:io.request(gl, {:put_chars, :latin1, "latin1\n"}))
