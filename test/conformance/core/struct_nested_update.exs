defmodule Account do
  defstruct id: nil, owner: nil, balance: 0, history: []
end

defmodule Bank do
  defstruct accounts: %{}, next_id: 1

  def open(%Bank{accounts: accs, next_id: id} = bank, owner) do
    acc = %Account{id: id, owner: owner}
    {id, %Bank{bank | accounts: Map.put(accs, id, acc), next_id: id + 1}}
  end

  def deposit(bank, id, amount) when amount > 0 do
    update_in(bank.accounts[id], fn a -> %{a | balance: a.balance + amount, history: [{:dep, amount} | a.history]} end)
  end

  def withdraw(bank, id, amount) do
    acc = bank.accounts[id]
    if acc.balance >= amount do
      {:ok, put_in(bank.accounts[id], %{acc | balance: acc.balance - amount, history: [{:wd, amount} | acc.history]})}
    else
      {:error, :insufficient_funds, acc.balance}
    end
  end
end

defmodule Main do
  def run do
    bank = %Bank{}
    {a, bank} = Bank.open(bank, "alice")
    {b, bank} = Bank.open(bank, "bob")
    bank = bank |> Bank.deposit(a, 100) |> Bank.deposit(b, 50) |> Bank.deposit(a, 25)
    {:ok, bank} = Bank.withdraw(bank, a, 60)
    IO.inspect(Bank.withdraw(bank, b, 80))
    for {id, acc} <- Enum.sort(bank.accounts) do
      IO.puts("#{id} #{acc.owner}: #{acc.balance} #{inspect(Enum.reverse(acc.history))}")
    end
    IO.inspect(bank, limit: :infinity)
    IO.inspect(get_in(bank, [Access.key(:accounts), 1, Access.key(:owner)]))
  end
end

Main.run()
