defmodule QuotaExceeded do
  defexception [:user, :used]
  def message(e), do: "user #{e.user} used #{e.used} of quota"
end

IO.puts("checking quotas")
for {u, used} <- [{"a", 10}, {"b", 120}] do
  IO.puts("#{u}: #{used}")
  if used > 100, do: raise(QuotaExceeded, user: u, used: used)
end
