defmodule Door do
  @behaviour :gen_statem
  def start_link(code), do: :gen_statem.start_link({:local, :door}, __MODULE__, code, [])
  def press(d), do: :gen_statem.call(:door, {:press, d})
  def state, do: :sys.get_state(:door)
  @impl true
  def callback_mode, do: [:state_functions, :state_enter]
  @impl true
  def init(code), do: {:ok, :locked, %{code: code, input: []}}

  def locked(:enter, _old, data), do: {:keep_state, %{data | input: []}}
  def locked({:call, from}, {:press, d}, %{code: code, input: input} = data) do
    input = input ++ [d]
    cond do
      input == code -> {:next_state, :open, data, [{:reply, from, :opened}, {:state_timeout, 50, :lock}]}
      length(input) >= length(code) -> {:keep_state, %{data | input: []}, [{:reply, from, :wrong}]}
      true -> {:keep_state, %{data | input: input}, [{:reply, from, {:more, length(code) - length(input)}}]}
    end
  end
  def open(:enter, _old, _data), do: (IO.puts("door opened"); :keep_state_and_data)
  def open(:state_timeout, :lock, data), do: (IO.puts("auto lock"); {:next_state, :locked, data})
  def open({:call, from}, {:press, _}, _data), do: {:keep_state_and_data, [{:reply, from, :already_open}]}
end

defmodule Main do
  def run do
    {:ok, _} = Door.start_link([1, 2, 3])
    IO.inspect(Enum.map([1, 2, 9], &Door.press/1))
    IO.inspect(Enum.map([1, 2, 3], &Door.press/1))
    IO.inspect(Door.press(4))
    {st, data} = Door.state()
    IO.inspect({st, data.input})
    Process.sleep(200)
    IO.inspect(elem(Door.state(), 0))
    {:status, _, {:module, :gen_statem}, _} = :sys.get_status(:door)
    IO.inspect(:gen_statem.stop(:door))
    IO.inspect(Process.whereis(:door))
  end
end
Main.run()
