defmodule Log do
  use GenEvent
  def init(tag), do: {:ok, {tag, []}}
  def handle_event(:boom, _s), do: raise "handler exploded"
  def handle_event(:bad, _s), do: :what
  def handle_event(:leave, _s), do: :remove_handler
  def handle_event(e, {tag, es}), do: {:ok, {tag, [e | es]}}
  def handle_call(:get, {tag, es} = s), do: {:ok, {tag, Enum.reverse(es)}, s}
  def handle_call(:bye, _s), do: {:remove_handler, :bye_reply}
  def handle_info(m, {tag, es}), do: {:ok, {tag, [{:info, m} | es]}}
  def terminate(reason, {tag, es}) do
    IO.inspect({:terminate, tag, reason, es})
    {:state_was, es}
  end
end

defmodule Other do
  use GenEvent
  def init({args, state}), do: (IO.inspect({:other_init, args, state}); {:ok, :other})
  def init(:fail), do: {:error, :no_way}
  def init(x), do: {:ok, x}
  def handle_event(e, s), do: (send(:test_proc, {:other_saw, e}); {:ok, s})
end

Process.register(self(), :test_proc)
{:ok, m} = GenEvent.start_link(name: :events)
IO.inspect GenEvent.start(name: :events)
IO.inspect GenEvent.add_handler(:events, Log, :a)
IO.inspect GenEvent.add_handler(m, {Log, 2}, :b)
IO.inspect GenEvent.add_handler(m, Log, :again)
IO.inspect GenEvent.add_handler(m, Other, :fail)
IO.inspect GenEvent.which_handlers(m)
GenEvent.notify(m, :one)
IO.inspect GenEvent.sync_notify(m, :two)
IO.inspect GenEvent.ack_notify(m, :three)
send(m, :raw_message)
IO.inspect GenEvent.call(m, Log, :get)
IO.inspect GenEvent.call(m, {Log, 2}, :get)
IO.inspect GenEvent.call(m, Nope, :get)
IO.inspect GenEvent.call(m, {Log, 2}, :bye)
IO.inspect GenEvent.which_handlers(m)
IO.inspect GenEvent.swap_handler(m, Log, :swapping, Other, :new_args)
IO.inspect GenEvent.which_handlers(m)
GenEvent.sync_notify(m, :to_other)
receive do: (msg -> IO.inspect(msg))
IO.inspect GenEvent.add_mon_handler(m, {Log, :mon}, :m)
GenEvent.sync_notify(m, :leave)
receive do: (msg -> IO.inspect(msg))
IO.inspect GenEvent.add_handler(m, {Log, :bad}, :x)
GenEvent.sync_notify(m, :bad)
Process.sleep(50)
IO.inspect GenEvent.which_handlers(m)
IO.inspect GenEvent.remove_handler(m, Other, :removing)
IO.inspect GenEvent.remove_handler(m, Other, :again)
IO.inspect GenEvent.add_handler(m, {Log, :last}, :z)
IO.inspect :sys.get_state(m)
IO.inspect GenEvent.stop(m)
IO.inspect Process.alive?(m)
IO.inspect GenEvent.notify(:nobody, :x)
IO.inspect GenEvent.notify(self(), :to_me)
receive do: (msg -> IO.inspect(msg))
try do
  GenEvent.call(:nobody, Log, :get)
catch
  :exit, r -> IO.inspect r
end
try do
  GenEvent.which_handlers(:nobody)
catch
  :exit, r -> IO.inspect r
end
try do
  GenEvent.start(name: "bad")
rescue e -> IO.inspect e
end
IO.inspect %GenEvent.Stream{}
