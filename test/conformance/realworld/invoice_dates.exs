defmodule Invoice do
  defstruct [:id, :customer, :issued, :terms_days, lines: []]

  def due(%Invoice{issued: d, terms_days: t}), do: Date.add(d, t)

  def total(%Invoice{lines: lines}) do
    Enum.reduce(lines, 0, fn {_desc, qty, cents}, acc -> acc + qty * cents end)
  end

  def money(cents) do
    sign = if cents < 0, do: "-", else: ""
    cents = abs(cents)
    whole = div(cents, 100) |> Integer.to_string() |> group()
    "#{sign}$#{whole}.#{cents |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")}"
  end

  defp group(s) do
    s
    |> String.reverse()
    |> String.graphemes()
    |> Enum.chunk_every(3)
    |> Enum.map(&Enum.join/1)
    |> Enum.join(",")
    |> String.reverse()
  end

  def status(inv, today) do
    case Date.compare(due(inv), today) do
      :lt -> {:overdue, Date.diff(today, due(inv))}
      :eq -> :due_today
      :gt -> {:open, Date.diff(due(inv), today)}
    end
  end
end

# Structs defined in this file are used inside a function: a script's top level is
# expanded before its defmodules run.
defmodule Main do
  def run do
    today = ~D[2024-03-01]

    invoices = [
      %Invoice{id: 1, customer: "Acme", issued: ~D[2024-01-15], terms_days: 30,
               lines: [{"Widgets", 120, 1_999}, {"Shipping", 1, 4_500}]},
      %Invoice{id: 2, customer: "Globex", issued: ~D[2024-02-01], terms_days: 29,
               lines: [{"Consulting", 40, 15_000}]},
      %Invoice{id: 3, customer: "Initech", issued: ~D[2024-02-20], terms_days: 45,
               lines: [{"TPS reports", 1_000, 25}, {"Staplers", 3, 1_250}]},
      %Invoice{id: 4, customer: "Acme", issued: ~D[2023-12-31], terms_days: 60, lines: []}
    ]

    for inv <- invoices do
      IO.puts(
        "##{inv.id} #{String.pad_trailing(inv.customer, 8)} issued #{Calendar.strftime(inv.issued, "%d %b %Y")} " <>
          "due #{Calendar.strftime(Invoice.due(inv), "%a %Y-%m-%d")} #{String.pad_leading(Invoice.money(Invoice.total(inv)), 12)} " <>
          inspect(Invoice.status(inv, today))
      )
    end

    by_customer =
      invoices
      |> Enum.group_by(& &1.customer, &Invoice.total/1)
      |> Enum.map(fn {c, ts} -> {c, Enum.sum(ts)} end)
      |> Enum.sort_by(&elem(&1, 1), :desc)

    IO.inspect(by_customer)

    IO.puts(Date.to_string(Date.end_of_month(~D[2024-02-10])))
    IO.puts(Date.leap_year?(~D[2024-01-01]))
    IO.inspect(Date.day_of_week(today))
    IO.inspect(Date.beginning_of_week(today))
    IO.inspect(Date.range(~D[2024-02-26], ~D[2024-03-03]) |> Enum.filter(&(Date.day_of_week(&1) in 1..5)))
    IO.inspect(Date.range(~D[2024-01-01], ~D[2024-01-10], 3) |> Enum.to_list())
    IO.inspect(Date.quarter_of_year(~D[2024-08-15]))
    IO.inspect(Date.day_of_year(~D[2024-12-31]))
    IO.inspect(Date.from_iso8601("2024-02-30"))
    IO.inspect(Date.from_iso8601!("2024-02-29"))
    IO.inspect(Date.new(2023, 2, 29))
    dt = ~N[2024-03-10 14:05:09.123456]
    IO.puts(Calendar.strftime(dt, "%I:%M:%S %p on %A, %B %-d (%j) %f %%"))
    IO.puts(Calendar.strftime(dt, "%y/%m/%d %H%M %c"))
    IO.inspect(NaiveDateTime.add(dt, 3600 * 30, :second))
    IO.inspect(NaiveDateTime.truncate(dt, :millisecond))
    IO.inspect(NaiveDateTime.diff(~N[2024-03-11 00:00:00], dt, :minute))
    {:ok, utc} = DateTime.from_naive(dt, "Etc/UTC")
    IO.inspect(utc)
    IO.puts(DateTime.to_iso8601(utc))
    IO.inspect(DateTime.to_unix(utc))
    IO.inspect(DateTime.from_unix!(1_700_000_000))
    IO.inspect(DateTime.from_iso8601("2024-03-10T10:00:00+02:30"))
    IO.inspect(Time.add(~T[23:59:30], 45))
    IO.inspect(Time.diff(~T[12:00:00], ~T[09:30:15]))
    IO.inspect(Enum.sort([~D[2024-03-01], ~D[2023-12-25], ~D[2024-01-01]], Date))
    IO.inspect(Enum.max([~T[10:00:00], ~T[09:00:00]], Time))
  end
end

Main.run()
