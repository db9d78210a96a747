# calls to functions OTP 25 deprecates (otp_internal:obsolete/3): Elixir 1.14's checker warns
# with the reason capitalized, sorted with the module's other deprecated calls
defmodule DeprecatedErlang do
  def i, do: :random.uniform()
  def j, do: :erlang.now()
  def k, do: :calendar.local_time_to_universal_time({{2020, 1, 1}, {0, 0, 0}})
  def l, do: :random.seed(1, 2, 3)
  def m, do: :erlang.phash(1, 2)
  def n, do: String.strip(" a ")
  def o, do: :code.rehash()
end
IO.puts(:ok)
