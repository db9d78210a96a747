# :gen_event, OTP's event manager: handlers added, notified, called, swapped, deleted and
# removed when they fail (with the report Logger prints), supervised handlers, :sys on it
defmodule H do
  @behaviour :gen_event
  def init(:bad), do: {:error, :nope}
  def init(:exit), do: exit(:init_exit)
  def init({:raise, _}), do: raise("init boom")
  def init(arg), do: {:ok, arg}
  def handle_event({:crash, :quiet}, _s), do: raise("boom")
  def handle_event(:throw, _s), do: throw(:thrown)
  def handle_event(:exit, _s), do: exit(:bye)
  def handle_event(:remove, _s), do: :remove_handler
  def handle_event(:hib, s), do: {:ok, s, :hibernate}
  def handle_event({:swap, a}, s), do: {:swap_handler, a, s, {H2, :x}, :h2a}
  def handle_event({:crash, _}, s), do: {:ok, s}
  def handle_event(e, s), do: (IO.puts("H event #{inspect(e)} state #{inspect(s)}"); {:ok, [e | List.wrap(s)]})
  def handle_call(:get, s), do: {:ok, s, s}
  def handle_call(:swap, s), do: {:swap_handler, :swapped, :a1, s, H2, :a2}
  def handle_call(:bad_swap, s), do: {:swap_handler, :ok, s, H2, :from_h}
  def handle_call(:rm, _s), do: {:remove_handler, :removed}
  def handle_call(:crash, _s), do: raise(ArgumentError, "callcrash")
  def handle_info(:crash, _s), do: raise("info")
  def handle_info(m, s), do: (IO.puts("H info #{inspect(m)}"); {:ok, s})
  def terminate({:error, {:EXIT, {e, [_ | _] = st}}}, s), do: (IO.puts("H terminate crash #{inspect(e)} #{inspect(hd(st))} #{inspect(s)}"); {:term_ret, s})
  def terminate(reason, s), do: (IO.puts("H terminate #{inspect(reason)} #{inspect(s)}"); {:term_ret, s})
  def code_change(old, s, extra), do: (IO.puts("cc #{inspect(old)} #{inspect(extra)}"); {:ok, {:changed, s}})
end

defmodule H2 do
  @behaviour :gen_event
  def init({arg, term}), do: (IO.puts("H2 init #{inspect(arg)} #{inspect(term)}"); {:ok, {arg, term}})
  def init(arg), do: {:ok, arg}
  def handle_event(e, s), do: (IO.puts("H2 event #{inspect(e)}"); {:ok, s})
  def handle_call(:get, s), do: {:ok, {:h2, s}, s}
end

defmodule T do
  def flush do
    receive do
      x -> IO.inspect(x, limit: 4); flush()
    after
      100 -> :ok
    end
  end

  def quiet(f) do
    r = f.()
    Process.sleep(100)
    r
  end
end

{:ok, m} = :gen_event.start_link()
IO.inspect(is_pid(m))
IO.inspect(:gen_event.add_handler(m, H, :s0))
IO.inspect(:gen_event.add_handler(m, {H, 1}, :s1))
IO.inspect(:gen_event.add_handler(m, H, :dup))
IO.inspect(:gen_event.add_handler(m, H, :bad))
IO.inspect(:gen_event.add_handler(m, H, :exit))
{:EXIT, {%RuntimeError{}, [_, second | _]}} = :gen_event.add_handler(m, H, {:raise, 1}); IO.inspect(second)
IO.inspect(:gen_event.which_handlers(m))
IO.inspect(:gen_event.notify(m, :hello))
IO.inspect(:gen_event.sync_notify(m, :world))
IO.inspect(:gen_event.call(m, H, :get))
IO.inspect(:gen_event.call(m, {H, 1}, :get))
IO.inspect(:gen_event.call(m, Nope, :get))
send(m, :an_info)
send(m, {:notify, :sent_notify})
IO.inspect(:gen_event.sync_notify(m, :x))
IO.inspect(:sys.get_state(m))
IO.inspect(:gen_event.swap_handler(m, {{H, 1}, :swap_args}, {H2, :h2args}))
IO.inspect(:gen_event.which_handlers(m))
IO.inspect(:gen_event.call(m, H2, :get))
IO.inspect(T.quiet(fn -> :gen_event.call(m, H, :bad_swap) end))
IO.inspect(:gen_event.which_handlers(m))
IO.inspect(:gen_event.delete_handler(m, H2, :bye))
IO.inspect(:gen_event.delete_handler(m, H2, :bye))
IO.inspect(:gen_event.which_handlers(m))
IO.inspect(:gen_event.add_handler(m, H, :again))
IO.inspect(:sys.suspend(m))
IO.inspect(:sys.change_code(m, H, :v1, :extra))
IO.inspect(:sys.resume(m))
IO.inspect(:gen_event.call(m, H, :get))
IO.inspect(:gen_event.call(m, H, :rm))
IO.inspect(:gen_event.call(m, H, :swap))
IO.inspect(:gen_event.which_handlers(m))
IO.inspect(:gen_event.delete_handler(m, H2, :d))
IO.inspect(:gen_event.add_handler(m, H, :crashy))
IO.inspect(T.quiet(fn -> :gen_event.sync_notify(m, {:crash, :quiet}) end))
IO.inspect(:gen_event.which_handlers(m))
IO.inspect(:gen_event.add_handler(m, H, :thrower))
IO.inspect(T.quiet(fn -> :gen_event.sync_notify(m, :throw) end))
IO.inspect(:gen_event.add_handler(m, H, :exiter))
IO.inspect(T.quiet(fn -> :gen_event.sync_notify(m, :exit) end))
IO.inspect(:gen_event.add_handler(m, H, :caller))
{:error, {:EXIT, {e, _}}} = T.quiet(fn -> :gen_event.call(m, H, :crash) end); IO.inspect(e)
IO.inspect(:gen_event.add_handler(m, H, :info))
send(m, :crash)
Process.sleep(100)
IO.inspect(:gen_event.add_handler(m, H, :hib))
IO.inspect(:gen_event.sync_notify(m, :hib))
IO.inspect(T.quiet(fn -> :gen_event.notify(m, {:crash, :quiet}) end))
IO.inspect(:gen_event.add_handler(m, H, :remover))
IO.inspect(:gen_event.sync_notify(m, :remove))
IO.inspect(:gen_event.add_handler(m, H, :swapper))
IO.inspect(:gen_event.sync_notify(m, {:swap, :args1}))
IO.inspect(:gen_event.which_handlers(m))
IO.inspect(:gen_event.swap_handler(m, {Nope, 1}, {{H2, 5}, 2}))
IO.inspect(:gen_event.swap_handler(m, {{H, 9}, 1}, {{H, 1}, :bad}))
IO.inspect(:gen_event.which_handlers(m))
IO.inspect(:gen_event.stop(m))
IO.inspect(Process.alive?(m))

# supervised handlers
{:ok, m} = :gen_event.start()
IO.inspect(:gen_event.add_sup_handler(m, H, :sup1))
IO.inspect(:gen_event.sync_notify(m, :remove))
T.flush()
IO.inspect(:gen_event.add_sup_handler(m, H, :sup2))
IO.inspect(:gen_event.delete_handler(m, H, :del))
T.flush()
IO.inspect(:gen_event.add_sup_handler(m, H, :sup3))
IO.inspect(:gen_event.call(m, H, :swap))
T.flush()
IO.inspect(:gen_event.swap_sup_handler(m, {H2, :sw}, {{H, 7}, :b}))
T.flush()
IO.inspect(T.quiet(fn -> :gen_event.sync_notify(m, {:crash, :quiet}) end))
T.flush()
IO.inspect(:gen_event.add_sup_handler(m, H, :sup4))
IO.inspect(:gen_event.add_handler(m, {H, :b}, :plain))
IO.inspect(:sys.get_state(m))
IO.inspect(:gen_event.stop(m))
T.flush()

# named managers, the owner of a supervised handler dying, exits
IO.inspect(:gen_event.start({:local, :named}) |> elem(0))
{:error, {:already_started, p}} = :gen_event.start({:local, :named}); IO.inspect(p == Process.whereis(:named))
parent = self()
pid = spawn(fn -> IO.inspect(:gen_event.add_sup_handler(:named, H, :owner)); send(parent, :go); receive do :die -> exit(:owner_bye) end end)
receive do :go -> :ok end
send(pid, :die)
Process.sleep(50)
IO.inspect(:gen_event.which_handlers(:named))
IO.inspect(:gen_event.add_handler(:named, H, :x))
send(:named, {:EXIT, self(), :not_parent})
Process.sleep(50)
IO.inspect(:gen_event.stop(:named, :shutdown, 1000))
IO.inspect(Process.whereis(:named))
IO.inspect(:gen_event.notify(spawn(fn -> :ok end), :x))
IO.inspect(try do :gen_event.sync_notify(:nobody, :x) catch :exit, r -> {:exit, r} end)
IO.inspect(try do :gen_event.call(:nobody, H, :x) catch :exit, r -> {:exit, r} end)
IO.inspect(try do :gen_event.which_handlers(:nobody) catch :exit, r -> {:exit, r} end)
IO.inspect(try do :gen_event.stop(:nobody) catch :exit, r -> {:exit, r} end)
IO.inspect(try do :gen_event.notify(:nobody, :x) rescue e -> e end)
{:ok, {m3, ref}} = :gen_event.start_monitor()
IO.inspect(:gen_event.stop(m3))
receive do {:DOWN, ^ref, :process, ^m3, r} -> IO.inspect(r) end
{:ok, m4} = :gen_event.start({:local, :hibernating}, hibernate_after: 10)
Process.sleep(50)
IO.inspect(Process.info(m4, :current_function))
IO.inspect(:gen_event.add_handler(:hibernating, H, :h))
IO.inspect(:gen_event.call(:hibernating, H, :get))
Process.flag(:trap_exit, true)
{:ok, l} = :gen_event.start_link()
:gen_event.add_handler(l, H, :linked)
Process.exit(l, :stopme)
receive do x -> IO.inspect(x) after 100 -> IO.puts("none") end
