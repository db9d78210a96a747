defmodule Ledger do
  def apply_tx(accounts, {:open, id, initial}) do
    if Map.has_key?(accounts, id), do: {:error, {:exists, id}}, else: {:ok, Map.put(accounts, id, initial)}
  end
  def apply_tx(accounts, {:deposit, id, amt}) when amt > 0 do
    with {:ok, bal} <- fetch(accounts, id), do: {:ok, %{accounts | id => bal + amt}}
  end
  def apply_tx(accounts, {:withdraw, id, amt}) do
    with {:ok, bal} <- fetch(accounts, id),
         :ok <- check(bal, amt) do
      {:ok, %{accounts | id => bal - amt}}
    end
  end
  def apply_tx(accounts, {:transfer, from, to, amt}) do
    with {:ok, a1} <- apply_tx(accounts, {:withdraw, from, amt}),
         {:ok, a2} <- apply_tx(a1, {:deposit, to, amt}) do
      {:ok, a2}
    end
  end
  def apply_tx(_accounts, tx), do: {:error, {:invalid, tx}}

  defp fetch(accounts, id) do
    case Map.fetch(accounts, id) do
      {:ok, bal} -> {:ok, bal}
      :error -> {:error, {:no_account, id}}
    end
  end
  defp check(bal, amt) when bal >= amt, do: :ok
  defp check(bal, amt), do: {:error, {:insufficient, bal, amt}}
end

txs = [
  {:open, :alice, 100}, {:open, :bob, 20}, {:open, :alice, 5},
  {:deposit, :bob, 30}, {:withdraw, :alice, 150}, {:transfer, :alice, :bob, 60},
  {:transfer, :bob, :carol, 10}, {:deposit, :alice, -5}, {:withdraw, :bob, 110}
]
{final, errors} =
  Enum.reduce(txs, {%{}, []}, fn tx, {acc, errs} ->
    case Ledger.apply_tx(acc, tx) do
      {:ok, acc2} -> IO.puts("ok    #{inspect(tx)}"); {acc2, errs}
      {:error, r} -> IO.puts("error #{inspect(tx)} -> #{inspect(r)}"); {acc, [r | errs]}
    end
  end)
IO.inspect(final)
IO.inspect(length(errors))
IO.inspect(Enum.sum(Map.values(final)))
