# UndefinedFunctionError "Did you mean" hints as Elixir's blame adds them: Erlang modules' exports in
# OTP's order, Elixir modules' public functions (deprecated ones left out), other arities of the
# same name, and none when nothing is close; Exception.message of a rescued error has no hint
calls = [
  {:erlang, :lenght, [[1]]}, {:erlang, :binary_to_atm, ["a", :utf8]}, {:lists, :revers, [[1]]},
  {:maps, :gett, [:a, %{}]}, {:erlang, :zzz, []}, {:ets, :lookupp, [:t, 1]}, {:string, :trimm, ["a"]},
  {Enum, :mapp, [[], 1]}, {Enum, :fiter, [[], 1]}, {Enum, :chunkk, [[], 1]}, {String, :upcas, ["a"]},
  {String, :upcase, []}, {Keyword, :gett, [[], :a]}, {Map, :fetchh, [%{}, 1]}, {List, :flaten, [[]]},
  {Kernel, :lenght, [[]]}, {Integer, :is_od, [1]}, {Integer, :parse, []}, {Nope, :f, []}
]

for {m, f, a} <- calls do
  try do
    apply(m, f, a)
  rescue
    e ->
      IO.puts(Exception.message(e))
      {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.message(blamed))
  end
end

:erlang.lenght([1, 2])
