# String.splitter/3 and String.split/3 with the empty pattern, the empty list, lists holding ""
# and other patterns :binary refuses, on empty and non-empty strings, as Elixir 1.14 runs them.
show = fn label, f ->
  try do
    IO.puts("#{label}: #{inspect(f.())}")
  rescue
    e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

for s <- ["abc", "", "a b", "héllo"], pat <- ["", [""], ["", "b"], ["b", ""], [], " "] do
  show.("split #{inspect(s)} #{inspect(pat)}", fn -> String.split(s, pat) end)
  show.("split trim #{inspect(s)} #{inspect(pat)}", fn -> String.split(s, pat, trim: true) end)
  show.("split parts #{inspect(s)} #{inspect(pat)}", fn -> String.split(s, pat, parts: 2) end)
  show.("splitter #{inspect(s)} #{inspect(pat)}", fn -> String.splitter(s, pat) |> Enum.to_list() end)
  show.("splitter trim #{inspect(s)} #{inspect(pat)}", fn -> String.splitter(s, pat, trim: true) |> Enum.take(10) end)
  show.("splitter take #{inspect(s)} #{inspect(pat)}", fn -> String.splitter(s, pat) |> Enum.take(2) end)
end

show.("splitter compiled [\"\"]", fn -> String.splitter("abc", :binary.compile_pattern([""])) |> Enum.to_list() end)
show.("splitter compiled", fn -> String.splitter("a,b c", :binary.compile_pattern([",", " "])) |> Enum.to_list() end)
show.("splitter trailing", fn -> String.splitter("a,b,", ",") |> Enum.to_list() end)
show.("splitter trailing trim", fn -> String.splitter(",a,,b,", ",", trim: true) |> Enum.to_list() end)

for pat <- [[""], [1], :a, <<1::3>>, ["", "a"], [[]]],
    opts <- [[], [trim: true], [parts: 2], [parts: 3], [parts: 2, trim: true], [parts: 1]] do
  show.("split \"\" #{inspect(pat)} #{inspect(opts)}", fn -> String.split("", pat, opts) end)
end

for args <- [["", :a], ["", [""]], ["", [""], [:global]], ["", [1], [:global, :trim_all]],
             ["", :a, [:trim]], ["", "", []], ["", :a, [:bad]], ["", :a, [{:scope, {0, 1}}]], ["", :a, :x]] do
  show.(":binary.split #{inspect(args)}", fn -> apply(:binary, :split, args) end)
end
