defmodule Payments do
  defmodule DeclinedError do
    defexception [:code, :amount, message: "card declined"]

    @impl true
    def exception(opts) do
      code = Keyword.fetch!(opts, :code)
      %__MODULE__{code: code, amount: opts[:amount], message: "card declined (#{code})"}
    end
  end

  defmodule LimitError do
    defexception [:limit]
    @impl true
    def message(%{limit: l}), do: "over the limit of #{l}"
  end

  defguard is_amount(x) when is_integer(x) and x > 0
  defguardp is_small(x) when x < 100

  def charge(amount) when is_amount(amount) and is_small(amount), do: {:ok, amount}
  def charge(amount) when is_amount(amount) and amount > 10_000, do: raise(LimitError, limit: 10_000)
  def charge(amount) when is_amount(amount), do: raise(DeclinedError, code: :insufficient_funds, amount: amount)
  def charge(other), do: raise(ArgumentError, "invalid amount: #{inspect(other)}")

  def safe_charge(amount) do
    try do
      charge(amount)
    rescue
      e in [DeclinedError, LimitError] -> {:error, Exception.message(e)}
      e in ArgumentError -> {:error, {:bad, e.message}}
    else
      {:ok, n} -> {:charged, n}
    after
      send(self(), {:audit, amount})
    end
  end

  def retrying(fun, attempts \\ 3) do
    try do
      fun.()
    catch
      :throw, {:retry, why} when attempts > 1 ->
        IO.puts("retry after #{why}")
        retrying(fun, attempts - 1)
      :exit, reason -> {:exited, reason}
    end
  end

  def wrap do
    try do
      charge(500)
    rescue
      e ->
        reraise RuntimeError, [message: "wrapped: " <> Exception.message(e)], __STACKTRACE__
    end
  end
end


IO.inspect(Payments.safe_charge(50))
IO.inspect(Payments.safe_charge(500))
IO.inspect(Payments.safe_charge(50_000))
IO.inspect(Payments.safe_charge(-1))
IO.inspect(Payments.safe_charge("x"))
for _ <- 1..5, do: receive(do: ({:audit, a} -> IO.inspect(a, label: "audit")))
IO.inspect(apply(Payments, :"MACRO-is_amount", [__ENV__, 5]) |> Macro.to_string())
counter = :counters.new(1, [])
IO.inspect(Payments.retrying(fn ->
  :counters.add(counter, 1, 1)
  if :counters.get(counter, 1) < 3, do: throw({:retry, :counters.get(counter, 1)}), else: :done
end))
IO.inspect(
  try do
    Payments.retrying(fn -> throw({:retry, :always}) end)
  catch
    :throw, v -> {:gave_up, v}
  end
)
IO.inspect(Payments.retrying(fn -> exit(:gone) end))
try do
  Payments.wrap()
rescue
  e -> IO.inspect({e, hd(__STACKTRACE__) |> elem(0)})
end
e = Payments.DeclinedError.exception(code: :x)
IO.inspect(e)
IO.puts(Exception.format(:error, e))
IO.puts(Exception.format_banner(:exit, {:shutdown, 1}))
IO.puts(Exception.format_banner(:throw, :ball))
IO.inspect(Exception.exception?(e))
IO.inspect(Exception.normalize(:error, :badarg))
IO.inspect(Exception.normalize(:error, {:badkey, :k, %{}}))
IO.puts(Exception.format_exit({:noproc, {GenServer, :call, [:x, :y, 5000]}}))
IO.puts(Exception.format_mfa(Foo, :bar, [1, "x"]))
IO.puts(Exception.format_fa(fn x -> x end, 1) |> String.replace(~r/\d+\.\d+/, "N"))
try do
  raise Payments.LimitError, limit: 1
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  raise "plain"
rescue
  e in RuntimeError -> IO.inspect(e)
end
try do
  :erlang.error({:custom, 1})
rescue
  e -> IO.inspect(e)
end
try do
  1 / 0
rescue
  e -> IO.inspect(e)
catch
  k, v -> IO.inspect({k, v})
end
x = try do
  throw(:early)
catch
  :early -> :caught
after
  IO.puts("after runs")
end
IO.inspect(x)
