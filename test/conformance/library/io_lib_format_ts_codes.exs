# ~ts takes any integer from 0 up (io_lib_format's cdata_to_chars): io_lib:format keeps a code that
# is no character, io:format fails when its io server comes to write it; a negative one is badarg
t = fn label, f ->
  r = try do f.() rescue e -> {:raised, e.__struct__, Exception.message(e)} end
  IO.puts("#{label}: #{inspect(r)}")
end
t.("past unicode", fn -> :io_lib.format(~c"~ts", [[1000000000]]) end)
t.("just past", fn -> :io_lib.format(~c"~ts", [[0x110000]]) end)
t.("fields", fn -> :io_lib.format(~c"a~tsb~5ts|~.1ts|~-4ts|", [[1000000000], [1000000000, 65], [2000000000, 66], [0x110000]]) end)
t.("precision and field", fn -> :io_lib.format(~c"~6.3.*ts|~6.5.*ts|", [?., [1000000000, ?a, ?b, ?c], ?-, [?a, 1000000000]]) end)
t.("bignum", fn -> :io_lib.format(~c"~ts", [[100000000000000000000000]]) end)
t.("nested", fn -> :io_lib.format(~c"~ts", [["a", [0x110000, "b"]]]) end)
t.("negative", fn -> :io_lib.format(~c"~ts", [[-1]]) end)
t.("negative bignum", fn -> :io_lib.format(~c"~ts", [[-100000000000000000000000]]) end)
t.("latin1 past 255", fn -> :io_lib.format(~c"~s", [[256]]) end)
t.("io:format", fn -> :io.format(~c"~ts~n", [[1000000000]]) end)
t.("io:format fine", fn -> :io.format(~c"~ts~n", [[0x10FFFF - 2, ?x]]) end)
t.("chardata_to_string", fn -> IO.chardata_to_string([1000000000]) end)
