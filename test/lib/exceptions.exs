# Exception messages, normalize, format_banner and format_exit
defmodule Foo do
  def bar(1), do: 1
end

defmodule MyError do
  defexception message: "my default"
end

show = fn e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e)) end
try do raise RuntimeError, "boom" rescue e in RuntimeError -> show.(e) end
try do raise ArgumentError rescue e -> show.(e) end
try do raise ArgumentError, "bad" rescue e -> show.(e) end
try do raise KeyError, key: :a, term: %{b: 1} rescue e -> show.(e) end
try do raise KeyError, key: :a rescue e -> show.(e) end
try do raise KeyError, "custom" rescue e -> show.(e) end
try do raise MyError rescue e -> show.(e) end
try do raise Enum.EmptyError rescue e -> show.(e) end
try do raise Enum.OutOfBoundsError rescue e -> show.(e) end
try do raise MatchError, term: {:ok, 1} rescue e -> show.(e) end
try do raise CaseClauseError, term: [1, 2] rescue e -> show.(e) end
try do raise WithClauseError, term: :x rescue e -> show.(e) end
try do raise TryClauseError, term: 1.5 rescue e -> show.(e) end
try do raise CondClauseError rescue e -> show.(e) end
try do raise BadMapError, term: [] rescue e -> show.(e) end
try do raise BadFunctionError, term: :f rescue e -> show.(e) end
try do raise BadBooleanError, term: 1, operator: :and rescue e -> show.(e) end
try do raise BadStructError, struct: Foo, term: %{} rescue e -> show.(e) end
try do raise FunctionClauseError, module: Foo, function: :bar, arity: 1 rescue e -> show.(e) end
try do raise UndefinedFunctionError, module: Foo, function: :baz, arity: 2 rescue e -> show.(e) end
try do raise UndefinedFunctionError, module: Nope, function: :baz, arity: 0 rescue e -> show.(e) end
try do raise ErlangError, original: :oops rescue e -> show.(e) end
try do raise SystemLimitError rescue e -> show.(e) end
try do raise ArithmeticError rescue e -> show.(e) end
try do raise Protocol.UndefinedError, protocol: Enumerable, value: 1 rescue e -> show.(e) end
try do raise Protocol.UndefinedError, protocol: String.Chars, value: %{a: 1}, description: "why" rescue e -> show.(e) end
try do raise Protocol.UndefinedError, protocol: Enumerable, value: MyError.exception([]) rescue e -> show.(e) end
IO.inspect %RuntimeError{}
IO.inspect %KeyError{key: :k}
IO.inspect Exception.exception?(%RuntimeError{}), label: "exception?"
IO.inspect Exception.exception?(%{}), label: "exception?"

st = [{Foo, :bar, [2], [file: 'a.exs', line: 3]}]
for r <- [:badarg, :badarith, {:badmatch, 1}, {:case_clause, [1]}, :function_clause, {:badkey, :a}, {:badkey, :a, %{b: 1}}, {:badmap, 1}, {:badfun, 1}, :system_limit, {:try_clause, 2}, {:with_clause, 3}, :cond_clause, {:badbool, :and, 1}, :foo, {:foo, 1}, {:badstruct, Foo, 1}, {:badarg, 7}] do
  e = Exception.normalize(:error, r, st)
  show.(e)
  IO.puts Exception.format_banner(:error, r, st)
end
IO.puts Exception.message(Exception.normalize(:error, :undef, [{Foo, :baz, 0, []}]))
IO.puts Exception.message(Exception.normalize(:error, :undef, [{Nope, :x, [1, 2], []}]))
IO.puts Exception.message(Exception.normalize(:error, :undef, []))
IO.puts Exception.message(Exception.normalize(:error, :function_clause, []))
IO.inspect Exception.normalize(:exit, :foo, [])
IO.inspect Exception.normalize(:error, MyError.exception([]), [])
for {k, r} <- [error: :foo, exit: :normal, exit: {:shutdown, 1}, exit: :shutdown, throw: 1, throw: {:a, "b"}, exit: {:timeout, {GenServer, :call, [:x, :y, 5000]}}, exit: :noproc, exit: {:noproc, {GenServer, :call, [:x, :y, 5000]}}, exit: :killed, exit: {:bad_return_value, 1}, exit: :calling_self, exit: {:nodedown, :a@b}, exit: {:badarg, [{Foo, :bar, 1, []}]}, exit: {MyError.exception([]), [{Foo, :bar, 1, [file: 'x.ex', line: 2]}]}, exit: {:x, :y}] do
  IO.puts Exception.format_banner(k, r, [])
  IO.puts Exception.format(k, r, [])
  if k == :exit, do: IO.puts(Exception.format_exit(r))
end
IO.puts Exception.format(:error, MyError.exception([]), [{Foo, :bar, 1, [file: 'a.exs', line: 3]}, {Foo, :"-baz/2-fun-0-", 1, [file: 'a.exs', line: 4]}, {Foo, :"f x", [1, "a"], []}, {Foo, :bar, 2, [file: 'b.ex']}])
IO.puts Exception.format_mfa(Foo, :"-baz/2-fun-0-", 2)
IO.puts Exception.format_mfa(:erlang, :+, 2)
IO.puts Exception.format_mfa(Foo, :bar?, [1])
IO.puts Exception.format_mfa(Foo, :"weird name", 0)
IO.puts Exception.format_stacktrace_entry({Foo, :bar, 1, [file: 'a.exs', line: 3]})
IO.puts Exception.format_file_line("a.ex", 3)
IO.puts Exception.format_file_line("a.ex", nil)
IO.puts Exception.format_file_line(nil, 3)
