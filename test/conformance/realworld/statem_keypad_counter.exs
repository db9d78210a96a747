defmodule Door do
  @behaviour :gen_statem

  def start_link(code), do: :gen_statem.start_link(__MODULE__, code, [])
  def button(pid, digit), do: :gen_statem.cast(pid, {:button, digit})
  def state(pid), do: :gen_statem.call(pid, :get_state)

  @impl :gen_statem
  def callback_mode, do: [:state_functions, :state_enter]

  @impl :gen_statem
  def init(code), do: {:ok, :locked, %{code: code, input: []}}

  def locked(:enter, _old, data), do: {:keep_state, %{data | input: []}}
  def locked(:cast, {:button, d}, %{code: code, input: input} = data) do
    input = input ++ [d]
    cond do
      input == code -> {:next_state, :open, data, [{:state_timeout, 50, :lock}]}
      length(input) >= length(code) -> {:keep_state, %{data | input: []}}
      true -> {:keep_state, %{data | input: input}}
    end
  end
  def locked({:call, from}, :get_state, data), do: {:keep_state_and_data, [{:reply, from, {:locked, data.input}}]}

  def open(:enter, _old, _data), do: :keep_state_and_data
  def open(:state_timeout, :lock, data), do: {:next_state, :locked, data}
  def open(:cast, {:button, _}, _data), do: {:keep_state_and_data, [:postpone]}
  def open({:call, from}, :get_state, _data), do: {:keep_state_and_data, [{:reply, from, :open}]}
end

{:ok, pid} = Door.start_link([1, 2, 3])
Door.button(pid, 1)
Door.button(pid, 2)
IO.inspect(Door.state(pid))
Door.button(pid, 3)
IO.inspect(Door.state(pid))
Door.button(pid, 9)
IO.inspect(Door.state(pid))
Process.sleep(120)
IO.inspect(Door.state(pid))
IO.inspect(:sys.get_state(pid))
:gen_statem.stop(pid)
IO.inspect(Process.alive?(pid))

defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n, {:continue, :warm}}
  def handle_continue(:warm, n), do: {:noreply, n + 100}
  def handle_call(:get, _, n), do: {:reply, n, n}
  def handle_call(:boom, _, _n), do: raise("kaboom")
  def handle_info(:tick, n), do: {:noreply, n + 1}
  def handle_cast({:add, k}, n), do: {:noreply, n + k}
  def terminate(reason, n), do: IO.inspect({:terminate, reason, n})
end

{:ok, c} = GenServer.start(Counter, 1)
send(c, :tick)
GenServer.cast(c, {:add, 5})
IO.inspect(GenServer.call(c, :get))
ref = Process.monitor(c)
try do
  GenServer.call(c, :boom)
catch
  :exit, {reason, where} -> IO.inspect({elem(reason, 0), where |> elem(0)})
end
receive do
  {:DOWN, ^ref, :process, _, {%RuntimeError{message: m}, _}} -> IO.inspect({:down, m})
end
IO.inspect(GenServer.whereis(:nobody))
try do
  GenServer.call(:nobody, :x)
catch
  :exit, r -> IO.inspect(r)
end
