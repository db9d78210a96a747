# Regex.split/3 with parts: 0 (or any non-positive or non-integer count) fails in
# Regex.parts_to_index/1 as in Elixir 1.14, not with a CaseClauseError
for parts <- [0, -1, :all, 1.5] do
  try do
    Regex.split(~r/,/, "a,b,c", parts: parts)
  rescue
    e -> IO.puts("#{inspect(parts)}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

IO.inspect(Regex.split(~r/,/, "a,b,c", parts: 2))
IO.inspect(String.split("a,b,c", ~r/,/, parts: :infinity))
Regex.split(~r/,/, "a,b", parts: 0)
