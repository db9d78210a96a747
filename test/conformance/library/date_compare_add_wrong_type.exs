# Date.compare/add/diff handed a Time (or a date-like map) by mistake: ISO dates are matched as
# dates first, so a time is a MatchError in the Date function itself.
defmodule Probe do
  def run(label, fun) do
    try do
      IO.puts("#{label}: #{inspect(fun.())}")
    rescue
      e ->
        frames = for {m, f, a, loc} <- __STACKTRACE__, m in [Date, Calendar.ISO], do: {m, f, if(is_list(a), do: length(a), else: a), loc[:line]}
        IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
        IO.puts("  #{inspect(frames)}")
    end
  end
end

Probe.run("compare time second", fn -> Date.compare(~D[2020-01-01], ~T[10:00:00]) end)
Probe.run("compare time first", fn -> Date.compare(~T[10:00:00], ~D[2020-01-01]) end)
Probe.run("compare naive", fn -> Date.compare(~N[2020-01-01 23:00:00], ~D[2020-01-01]) end)
Probe.run("compare datetime", fn -> Date.compare(~D[2020-01-02], ~U[2020-01-01 23:00:00Z]) end)
Probe.run("compare lt", fn -> Date.compare(~D[-0001-12-31], ~D[0000-01-01]) end)
Probe.run("compare map", fn -> Date.compare(%{calendar: Calendar.ISO, year: 2020, month: 5, day: 1}, ~D[2020-05-01]) end)
Probe.run("sort", fn -> Enum.sort([~D[2021-01-01], ~N[2020-06-01 00:00:00], ~D[2020-01-01]], Date) end)
Probe.run("max", fn -> Enum.max([~D[2021-01-01], ~D[2022-03-01], ~D[2020-01-01]], Date) end)
Probe.run("add time", fn -> Date.add(~T[10:00:00], 1) end)
Probe.run("add naive", fn -> Date.add(~N[2020-02-28 10:00:00], 1) end)
Probe.run("diff time", fn -> Date.diff(~D[2020-01-01], ~T[10:00:00]) end)
Probe.run("diff naive", fn -> Date.diff(~N[2020-03-01 10:00:00], ~D[2020-02-01]) end)
