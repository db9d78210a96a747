# Code.eval_string / eval_quoted with file: and line: (errors and __ENV__ report them)
try do
  Code.eval_string("a = 1\nraise \"boom\"", [], file: "foo.ex", line: 10)
rescue
  e -> IO.inspect({e, __STACKTRACE__ |> Enum.take(2)})
end
try do
  Code.eval_string("\n\n:ok\nundefined_fun()", [], file: "bar.ex", line: 5)
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  Code.eval_string("1 +", [], file: "baz.ex", line: 7)
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  Code.eval_string("x = 1\ny = [1,\n2", [], file: "baz.ex", line: 20)
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  Code.eval_string("x = 1\ny = 2 3", [], line: 30)
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
IO.inspect Code.eval_string("__ENV__.line", [], file: "foo.ex", line: 10)
IO.inspect Code.eval_string("__ENV__.file", [], file: "foo.ex", line: 10)
IO.inspect Code.eval_string("__ENV__.file", [], file: "/abs/foo.ex")
IO.inspect Code.eval_string("\n__ENV__.line", [], line: 10)
IO.inspect Code.eval_string("{__ENV__.file, __ENV__.line}", [])
IO.inspect Code.eval_string("\n\nquote(do: f(x)) |> elem(1)", [], line: 4)
IO.inspect Code.string_to_quoted!("a\nb", line: 3)
IO.inspect Code.eval_quoted(quote(do: __ENV__.file), [], file: "q.ex", line: 3)
IO.inspect Code.eval_quoted(quote(do: {__ENV__.file, __ENV__.line}), [], file: "q.ex", line: 3)
IO.inspect Code.eval_quoted(quote(do: {__ENV__.file, __ENV__.line}), [], line: 42)
{{f, l}, _} = Code.eval_string("{__ENV__.file, __ENV__.line}", [], __ENV__)
IO.inspect {Path.basename(f), l}
{{f, l}, _} = Code.eval_quoted(quote(do: {__ENV__.file, __ENV__.line}), [], __ENV__)
IO.inspect {Path.basename(f), l}
try do
  Code.eval_quoted(quote(do: raise "x"), [], file: "q.ex", line: 3)
rescue
  e -> IO.inspect({e, __STACKTRACE__ |> Enum.take(2)})
end
try do
  Code.eval_quoted(quote(do: undefined_thing(1)), [], file: "q.ex", line: 3)
rescue
  e -> IO.inspect(e)
end
try do
  Code.eval_string("x + 1", [x: :a], file: "foo.ex", line: 10)
rescue
  e -> IO.inspect({e, __STACKTRACE__ |> Enum.take(2)})
end
try do
  Code.eval_string("x = 1\ny = 2 3")
rescue
  e -> IO.inspect(e)
end
try do
  Code.eval_string("x = 1\ny = :ok ]")
rescue
  e -> IO.inspect(e)
end
