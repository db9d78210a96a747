defmodule Door do
  @behaviour :gen_statem
  def start_link(code), do: :gen_statem.start_link({:local, :door}, __MODULE__, code, [])
  @impl true
  def callback_mode, do: [:state_functions, :state_enter]
  @impl true
  def init(code), do: {:ok, :locked, %{code: code, input: [], log: []}}

  def locked(:enter, old, data), do: {:keep_state, %{data | log: [{:locked_from, old} | data.log]}}
  def locked(:cast, {:button, d}, %{code: code, input: input} = data) do
    input = [d | input]
    if Enum.reverse(input) == code do
      {:next_state, :open, %{data | input: []}}
    else
      if length(input) >= length(code), do: {:keep_state, %{data | input: []}}, else: {:keep_state, %{data | input: input}}
    end
  end
  def locked({:call, from}, :status, data), do: {:keep_state_and_data, [{:reply, from, {:locked, length(data.input)}}]}
  def locked({:call, _from}, :push, _data), do: {:keep_state_and_data, :postpone}
  def locked(:info, msg, _data), do: (IO.inspect({:locked_info, msg}); :keep_state_and_data)

  def open(:enter, old, data), do: {:keep_state, %{data | log: [{:open_from, old} | data.log]}, [{:state_timeout, 100, :lock}]}
  def open(:state_timeout, :lock, data), do: (IO.puts("timeout: locking"); {:next_state, :locked, data})
  def open({:call, from}, :status, _data), do: {:keep_state_and_data, {:reply, from, :open}}
  def open({:call, from}, :push, data), do: {:next_state, :locked, data, [{:reply, from, :pushed_shut}]}
  def open(:cast, {:button, _}, _data), do: :keep_state_and_data
  def open({:call, from}, :log, data), do: {:keep_state_and_data, {:reply, from, Enum.reverse(data.log)}}
end

defmodule Run do
  def go do
    {:ok, pid} = Door.start_link([1, 2, 3])
    IO.inspect(:gen_statem.call(:door, :status))
    :gen_statem.cast(:door, {:button, 1})
    :gen_statem.cast(:door, {:button, 2})
    IO.inspect(:gen_statem.call(:door, :status))
    send(:door, :hello)
    :gen_statem.cast(:door, {:button, 3})
    IO.inspect(:gen_statem.call(pid, :status))
    IO.inspect(:gen_statem.call(:door, :log))
    IO.inspect(:sys.get_state(:door) |> elem(0))
    Process.sleep(250)
    IO.inspect(:gen_statem.call(:door, :status))
    # a postponed push waits until the door opens
    parent = self()
    spawn(fn -> send(parent, {:pushed, :gen_statem.call(:door, :push)}) end)
    Process.sleep(20)
    for d <- [1, 2, 3], do: :gen_statem.cast(:door, {:button, d})
    receive do
      {:pushed, r} -> IO.inspect({:pushed, r})
    end
    IO.inspect(:gen_statem.call(:door, :status))
    {st, data} = :sys.get_state(:door)
    IO.inspect({st, data.log})
    :sys.replace_state(:door, fn {s, d} -> {s, %{d | code: [9]}} end)
    :gen_statem.cast(:door, {:button, 9})
    IO.inspect(:gen_statem.call(:door, :status))
    IO.inspect(:gen_statem.stop(:door))
    IO.inspect(Process.whereis(:door))
  end
end
Run.go()
