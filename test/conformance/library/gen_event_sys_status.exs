# :sys on a :gen_event manager: get_status lists the handlers as OTP's records, replace_state
# and get_state see {module, id, state}
defmodule H do
  @behaviour :gen_event
  def init(a), do: {:ok, a}
  def handle_event(_, s), do: {:ok, s}
  def handle_call(_, s), do: {:ok, :r, s}
end
{:ok, m} = :gen_event.start({:local, :gsm})
:gen_event.add_handler(m, H, :st)
:gen_event.add_sup_handler(m, {H, 2}, :st2)
{:status, _, mod, [_pdict, status, _parent, _dbg, data]} = :sys.get_status(m)
IO.inspect({mod, status, data})
:sys.replace_state(m, fn {H, false, s} -> {H, false, {:new, s}}; x -> x end) |> IO.inspect()
IO.inspect(:gen_event.call(m, H, :x))
IO.inspect(:sys.get_state(m))
