defmodule Account do
  defstruct [:id, balance: 0]
  def deposit(%Account{} = a, amt), do: %{a | balance: a.balance + amt}
end
defmodule Main do
  def run do
    a = %Account{id: 1}
    a = Account.deposit(a, 10)
    IO.inspect(a)
    Account.deposti(a, 5)
  end
end
Main.run()
