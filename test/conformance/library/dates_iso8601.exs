# ISO 8601 parsing and formatting for Date, Time, NaiveDateTime and DateTime
for s <- ["2024-01-01", "20240101", "-2024-01-01", "+2024-01-01", "2024-1-01", "2024-02-30", " 2024-01-01", "2024-01-01T00:00:00"] do
  IO.inspect({s, Date.from_iso8601(s)})
end
for s <- ["10:00:00", "100000", "10:00:00.1234", "10:00:00,5", "10:00:00.1234567", "10:00:00Z", "10:00:00+01:00", "T10:00:00", "10:00", "24:00:00", "23:59:60", "10:00:00.", "10:00:00.0004"] do
  IO.inspect({s, Time.from_iso8601(s)})
end
for s <- ["2024-01-01T10:00:00", "2024-01-01 10:00:00", "2024-01-01t10:00:00", "20240101T100000", "2024-01-01T10:00:00Z", "2024-01-01T10:00:00+01:00", "2024-01-01T10:00:00.5", "2024-01-01T10:00"] do
  IO.inspect({s, NaiveDateTime.from_iso8601(s)})
end
for s <- ["2024-01-01T10:00:00Z", "2024-01-01T10:00:00z", "2024-01-01T10:00:00", "2024-01-01T10:00:00+01:30", "2024-01-01T10:00:00-01:00", "2024-01-01T10:00:00+0100", "2024-01-01T10:00:00+01", "2024-01-01T10:00:00-00:00", "2024-01-01T10:00:00+24:00", "20240101T100000Z", "2024-01-01T10:00:00.123456789Z", "2024-01-01T10:00:00.1234+05:45", "2024-02-30T10:00:00Z", "2024-01-01T25:00:00Z"] do
  IO.inspect({s, DateTime.from_iso8601(s)})
end
IO.inspect(DateTime.from_iso8601("20240101T100000Z", Calendar.ISO, :basic))
IO.inspect(DateTime.from_iso8601("20240101T100000+0130", :basic))
IO.inspect(Date.from_iso8601("20240101", Calendar.ISO))
IO.inspect(Date.from_iso8601!("2024-05-06"))
IO.inspect(Time.from_iso8601!("23:59:59.999999"))
IO.inspect(NaiveDateTime.from_iso8601!("2000-02-29T12:00:00"))
IO.inspect(DateTime.to_iso8601(~U[2024-01-01 10:00:00.1234Z], :extended, 3600))
IO.inspect(DateTime.to_iso8601(~U[2024-01-01 10:00:00.1234Z], :basic, -5400))
IO.inspect(DateTime.to_iso8601(~U[2024-01-01 10:00:00.1234Z], :basic))
IO.inspect(DateTime.to_iso8601(~U[2024-01-01 10:00:00Z]))
IO.inspect(NaiveDateTime.to_iso8601(~N[2024-01-01 10:00:00.000100]))
IO.inspect(NaiveDateTime.to_iso8601(~N[2024-01-01 10:00:00], :basic))
IO.inspect(Time.to_iso8601(~T[10:00:00.1234], :basic))
IO.inspect(Time.to_iso8601(~T[10:00:00]))
IO.inspect(Date.to_iso8601(~D[-0010-01-01], :basic))
IO.inspect(Date.to_iso8601(~D[2024-07-04]))
for f <- [fn -> Date.from_iso8601!("2024-13-01") end, fn -> Time.from_iso8601!("xx") end,
          fn -> NaiveDateTime.from_iso8601!("2024-01-01") end, fn -> DateTime.from_iso8601!("2024-01-01T10:00:00") end] do
  try do
    f.()
  rescue
    e -> IO.inspect(e)
  end
end
