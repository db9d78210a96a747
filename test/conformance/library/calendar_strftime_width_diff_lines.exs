# Calendar.strftime/3: a 0 after a width's first digit is a digit of the width (%10A pads to ten
# with the format's own padding); Date.diff/2 of a non-date is a MatchError at date.ex's lines;
# DateTime.from_naive!/shift_zone! fail at datetime.ex's lines
IO.puts(Calendar.strftime(~N[2024-01-05 03:04:05], "%10A|%-10A|%_10B|%010a|%3p|%5Y|%_5Y|%-5y|%2j|%8f|%10Z|%-z|%20d|%100H"))
IO.puts(Calendar.strftime(~U[2024-02-29 23:59:59.123456Z], "%10z|%010Z|%20c"))

show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 1)})
  end
end

for {a, b} <- [{~T[10:00:00], ~D[2024-01-01]}, {~D[2024-01-01], ~T[10:00:00]}, {~N[2024-01-01 10:00:00], ~D[2024-01-05]}, {~D[2024-01-01], ~U[2024-01-05 00:00:00Z]}, {%{calendar: Calendar.ISO}, ~D[2024-01-01]}] do
  show.(fn -> Date.diff(a, b) end)
end

show.(fn -> DateTime.from_naive!(~N[2024-02-29 23:59:59.999], "Asia/Tokyo") end)
show.(fn -> DateTime.shift_zone!(~U[2024-02-29 23:59:59Z], "America/New_York") end)
