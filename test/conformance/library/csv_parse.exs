csv = """
name,dept,salary,start
Alice,eng,120000,2019-03-01
Bob,ops,85000,2020-07-15
Carol,eng,135000,2017-11-30
Dan,sales,70000,2021-01-04
Eve,ops,92000,2018-05-20
"""
[header | rows] = String.split(csv, "\n", trim: true)
keys = header |> String.split(",") |> Enum.map(&String.to_atom/1)
records =
  Enum.map(rows, fn row ->
    keys
    |> Enum.zip(String.split(row, ","))
    |> Map.new()
    |> Map.update!(:salary, &String.to_integer/1)
    |> Map.update!(:start, &Date.from_iso8601!/1)
  end)
by_dept = Enum.group_by(records, & &1.dept)
for {dept, people} <- Enum.sort(by_dept) do
  avg = Enum.sum(Enum.map(people, & &1.salary)) / length(people)
  IO.puts("#{dept}: #{length(people)} people, avg #{:erlang.float_to_binary(avg, decimals: 1)}")
end
senior = Enum.filter(records, &(Date.compare(&1.start, ~D[2019-01-01]) == :lt)) |> Enum.map(& &1.name)
IO.inspect(senior)
IO.inspect(Enum.max_by(records, & &1.salary).name)
IO.inspect(records |> Enum.sort_by(& &1.start, Date) |> Enum.map(& &1.name))
total = records |> Enum.map(& &1.salary) |> Enum.sum()
IO.puts("payroll: #{total}")
IO.puts(:io_lib.format("~-8s~10s~n", ["name", "salary"]) |> IO.iodata_to_binary())
for r <- records, do: IO.write(:io_lib.format("~-8s~10b~n", [r.name, r.salary]))
