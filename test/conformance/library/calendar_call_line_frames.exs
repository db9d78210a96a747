# A failure under Date, Time, NaiveDateTime, DateTime, Calendar and OTP's :gb_sets leaves the calling
# library functions' frames at the lines of their calls in Elixir's (OTP's) source: Date.to_erl/1 at
# date.ex:428 calling convert!/2, Date.convert!/2 at 624, Calendar.compatible_calendars?/2 at 344, a
# raise at its line (Date.from_erl!/2 at 472), :gb_sets.add/2 at gb_sets.erl:355 calling is_member/2
defmodule Main do
  def run do
    calls = [
      fn -> Date.to_erl(1) end,
      fn -> Date.convert!(~D[2020-01-01], :foo) end,
      fn -> Date.from_erl!({2020, 13, 1}) end,
      fn -> Time.from_erl!({25, 0, 0}) end,
      fn -> Time.truncate(~T[00:00:00], :foo) end,
      fn -> NaiveDateTime.from_erl!({{2020, 1, 1}, {25, 0, 0}}) end,
      fn -> DateTime.from_iso8601(1) end,
      fn -> DateTime.utc_now(:foo) end,
      fn -> :gb_sets.add(1, 2) end,
      fn -> :gb_sets.insert(1, :gb_sets.from_list([1])) end,
      fn -> :gb_sets.from_list(1) end,
      fn -> :gb_sets.take_largest(:gb_sets.empty()) end
    ]

    for f <- calls do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.inspect({e.__struct__, Enum.reject(__STACKTRACE__, &(elem(&1, 0) == Main))})
      catch
        kind, reason -> IO.inspect({kind, reason, Enum.reject(__STACKTRACE__, &(elem(&1, 0) == Main))})
      end
    end
  end
end

Main.run()
