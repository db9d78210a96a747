defmodule Ledger.Money do
  @enforce_keys [:cents, :currency]
  defstruct [:cents, :currency]

  def new(amount, currency \\ :usd) when is_integer(amount), do: %__MODULE__{cents: amount, currency: currency}

  def add(%__MODULE__{currency: c} = a, %__MODULE__{currency: c} = b), do: {:ok, %{a | cents: a.cents + b.cents}}
  def add(%__MODULE__{currency: a}, %__MODULE__{currency: b}), do: {:error, {:currency_mismatch, a, b}}

  defimpl String.Chars do
    def to_string(%{cents: c, currency: cur}) do
      sign = if c < 0, do: "-", else: ""
      c = abs(c)
      "#{sign}#{div(c, 100)}.#{c |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")} #{cur |> Atom.to_string() |> String.upcase()}"
    end
  end

  defimpl Inspect do
    import Inspect.Algebra
    def inspect(m, opts) do
      concat(["#Money<", to_doc(to_string(m), opts), ">"])
    end
  end
end

defmodule Ledger.InsufficientFunds do
  defexception [:account, :needed, :available]

  @impl true
  def message(%{account: a, needed: n, available: av}) do
    "account #{a} needs #{n} but has #{av}"
  end
end

defmodule Ledger.Account do
  @derive {Inspect, only: [:id, :balance]}
  defstruct id: nil, owner: nil, balance: Ledger.Money.new(0), history: []
end

defmodule Ledger do
  alias Ledger.{Account, Money, InsufficientFunds}

  def open(id, owner), do: %Account{id: id, owner: owner}

  def deposit(%Account{} = acc, %Money{} = m) do
    with {:ok, bal} <- Money.add(acc.balance, m) do
      {:ok, %{acc | balance: bal, history: [{:deposit, m} | acc.history]}}
    end
  end

  def withdraw(%Account{} = acc, %Money{cents: c} = m) when c > 0 do
    with {:ok, neg} <- {:ok, %{m | cents: -c}},
         {:ok, bal} <- Money.add(acc.balance, neg),
         true <- bal.cents >= 0 || {:error, :insufficient} do
      {:ok, %{acc | balance: bal, history: [{:withdraw, m} | acc.history]}}
    else
      {:error, :insufficient} -> {:error, %InsufficientFunds{account: acc.id, needed: m, available: acc.balance}}
      {:error, other} -> {:error, other}
    end
  end

  def withdraw!(acc, m) do
    case withdraw(acc, m) do
      {:ok, acc} -> acc
      {:error, %InsufficientFunds{} = e} -> raise e
      {:error, reason} -> raise ArgumentError, "cannot withdraw: #{inspect(reason)}"
    end
  end
end

defmodule Main do
  def run do
    acc = Ledger.open(1, "ann")
    {:ok, acc} = Ledger.deposit(acc, Ledger.Money.new(12_345))
    IO.inspect(acc)
    IO.puts("balance #{acc.balance}")
    IO.inspect(Ledger.deposit(acc, Ledger.Money.new(5, :eur)))
    {:ok, acc} = Ledger.withdraw(acc, Ledger.Money.new(10_000))
    IO.inspect(acc, label: "after withdraw")
    IO.inspect(Ledger.withdraw(acc, Ledger.Money.new(99_999)))
    IO.inspect(Ledger.withdraw(acc, Ledger.Money.new(1, :gbp)))
    IO.inspect(acc.history)
    IO.puts(Enum.map_join(acc.history, ", ", fn {k, m} -> "#{k}:#{m}" end))

    try do
      Ledger.withdraw!(acc, Ledger.Money.new(50_000))
    rescue
      e in Ledger.InsufficientFunds -> IO.puts("rescued: " <> Exception.message(e))
    end

    try do
      Ledger.withdraw!(acc, Ledger.Money.new(1, :gbp))
    rescue
      e in ArgumentError -> IO.puts("rescued: " <> Exception.message(e))
    end

    IO.inspect(%Ledger.Account{id: 2}, structs: false)
    IO.inspect(Ledger.Money.new(-205))
    IO.puts(Ledger.Money.new(-205))
    try do
      struct!(Ledger.Money, cents: 1)
    rescue
      e -> IO.puts(Exception.format(:error, e))
    end
    Ledger.withdraw!(acc, Ledger.Money.new(50_000))

  end
end

Main.run()
