log = """
2024-01-05 10:00:01 ERROR [db] connection refused
2024-01-05 10:00:02 INFO  [web] GET /index 200
2024-01-05 10:00:03 WARN  [web] slow request 1500ms
2024-01-05 10:00:04 ERROR [web] POST /login 500
"""
re = ~r/^(?<date>\S+) (?<time>\S+) (?<level>\w+)\s+\[(?<src>\w+)\] (?<msg>.*)$/
entries = log |> String.split("\n", trim: true) |> Enum.map(&Regex.named_captures(re, &1))
IO.inspect Enum.frequencies_by(entries, & &1["level"])
IO.inspect entries |> Enum.filter(&(&1["level"] == "ERROR")) |> Enum.map(& &1["msg"])
IO.inspect Regex.scan(~r/\d+ms/, log)
IO.inspect Regex.run(~r/(\d+)ms/, log, capture: :all_but_first)
IO.inspect Regex.replace(~r/\d{4}-\d{2}-\d{2}/, log, "DATE") |> String.split("\n") |> hd()
try do String.replace("snake_case_name", ~r/_(\w)/, fn _, c -> String.upcase(c) end) rescue e -> IO.inspect(e.__struct__) end
IO.inspect Regex.replace(~r/_(\w)/, "snake_case_name", fn _, c -> String.upcase(c) end)
IO.inspect String.replace("snake_case", ~r/_/, fn m -> "<#{m}>" end)
IO.inspect Regex.split(~r/\s*,\s*/, "a , b,c ,d")
IO.inspect Regex.match?(~r/^[\w.+-]+@\w+\.\w+$/, "user.name+tag@example.com")
IO.inspect Regex.scan(~r/[aeiou]/i, "Elixir Is Awesome") |> List.flatten() |> Enum.join()
IO.inspect Regex.run(~r/(?<y>\d{4})-(?<m>\d{2})/, "on 2023-07", capture: ["m", "y"])
IO.inspect Regex.scan(~r/(\w)(\d)/, "a1 b2 c3", capture: :all_but_first)
IO.inspect Regex.named_captures(~r/(?<k>\w+)=(?<v>\w+)/, "nothing here")
IO.inspect Regex.replace(~r/(\w+)@(\w+)/, "me@home you@work", "\\2:\\1")
IO.inspect Regex.escape("1.5+2*[x]")
IO.inspect Regex.compile("(unclosed")
IO.inspect Regex.source(~r/a+b/)
IO.inspect Regex.split(~r/(-)/, "a-b-c", include_captures: true)
IO.inspect String.split("CamelCaseString", ~r/(?=[A-Z])/, trim: true)
IO.inspect Regex.scan(~r/\p{Lu}/u, "Ünïcode Ärger")
IO.inspect Regex.run(~r/a.c/s, "a\nc")
IO.inspect Regex.replace(~r/^/m, "line1\nline2", "> ")
