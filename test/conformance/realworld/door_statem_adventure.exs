defmodule Door do
  @behaviour :gen_statem
  require Logger

  def start_link(code), do: :gen_statem.start_link({:local, __MODULE__}, __MODULE__, code, [])
  def button(digit), do: :gen_statem.cast(__MODULE__, {:button, digit})
  def state, do: :gen_statem.call(__MODULE__, :get_state)
  def lock, do: :gen_statem.call(__MODULE__, :lock)
  def stop, do: :gen_statem.stop(__MODULE__)

  @impl true
  def callback_mode, do: [:state_functions, :state_enter]

  @impl true
  def init(code) do
    Process.flag(:trap_exit, true)
    {:ok, :locked, %{code: code, input: [], attempts: 0}}
  end

  def locked(:enter, _old, data), do: {:keep_state, %{data | input: []}}

  def locked(:cast, {:button, d}, %{code: code, input: input} = data) do
    input = input ++ [d]
    cond do
      input == code ->
        {:next_state, :open, %{data | input: []}, [{:state_timeout, 200, :lock}]}
      length(input) >= length(code) ->
        {:keep_state, %{data | input: [], attempts: data.attempts + 1}}
      true ->
        {:keep_state, %{data | input: input}}
    end
  end

  def locked({:call, from}, :get_state, data), do: {:keep_state_and_data, [{:reply, from, {:locked, data.attempts}}]}
  def locked({:call, from}, :lock, _data), do: {:keep_state_and_data, [{:reply, from, {:error, :already_locked}}]}

  def open(:enter, _old, _data), do: :keep_state_and_data
  def open(:state_timeout, :lock, data), do: {:next_state, :locked, data}
  def open(:cast, {:button, _}, _data), do: {:keep_state_and_data, :postpone}
  def open({:call, from}, :get_state, _data), do: {:keep_state_and_data, [{:reply, from, :open}]}
  def open({:call, from}, :lock, data), do: {:next_state, :locked, data, [{:reply, from, :ok}]}

  @impl true
  def terminate(reason, state, _data) do
    IO.puts("terminate #{inspect(reason)} in #{state}")
  end
end

defmodule Adventure do
  use GenServer

  @rooms %{
    hall: %{desc: "A dusty hall.", exits: %{north: :library, east: :kitchen}, items: [:lamp]},
    library: %{desc: "Shelves of books.", exits: %{south: :hall}, items: [:book, :key]},
    kitchen: %{desc: "Smells of bread.", exits: %{west: :hall, down: :cellar}, items: []},
    cellar: %{desc: "Dark and damp.", exits: %{up: :kitchen}, items: [:treasure], locked: true}
  }

  def start_link, do: GenServer.start_link(__MODULE__, nil)
  def cmd(pid, line), do: GenServer.call(pid, {:cmd, line})

  @impl true
  def init(nil), do: {:ok, %{room: :hall, inventory: [], rooms: @rooms, moves: 0}}

  @impl true
  def handle_call({:cmd, line}, _from, s) do
    {reply, s} =
      case String.split(String.downcase(String.trim(line))) do
        ["look"] -> {describe(s), s}
        ["go", dir] -> go(s, String.to_existing_atom(dir))
        ["take", item] -> take(s, String.to_atom(item))
        ["inventory"] -> {"You carry: #{inspect(Enum.sort(s.inventory))}", s}
        [] -> {"Say something.", s}
        other -> {"I don't understand #{Enum.join(other, " ")}.", s}
      end

    {:reply, reply, %{s | moves: s.moves + 1}}
  rescue
    ArgumentError -> {:reply, "No such direction.", s}
  end

  defp describe(%{room: r, rooms: rooms}) do
    room = rooms[r]
    exits = room.exits |> Map.keys() |> Enum.sort() |> Enum.join(", ")
    items = if room.items == [], do: "", else: " You see: #{Enum.join(room.items, ", ")}."
    "#{room.desc} Exits: #{exits}.#{items}"
  end

  defp go(s, dir) do
    case get_in(s, [:rooms, s.room, :exits, dir]) do
      nil -> {"You can't go #{dir}.", s}
      dest ->
        if s.rooms[dest][:locked] && :key not in s.inventory do
          {"The way #{dir} is locked.", s}
        else
          s = %{s | room: dest}
          {describe(s), s}
        end
    end
  end

  defp take(s, item) do
    items = s.rooms[s.room].items
    if item in items do
      s = update_in(s, [:rooms, s.room, :items], &List.delete(&1, item))
      {"Taken: #{item}.", %{s | inventory: [item | s.inventory]}}
    else
      {"There is no #{item} here.", s}
    end
  end
end

defmodule Main do
  def run do
    {:ok, _} = Door.start_link([1, 2, 3])
    IO.inspect(Door.state(), label: "start")
    Enum.each([1, 2, 4], &Door.button/1)
    IO.inspect(Door.state(), label: "wrong code")
    Enum.each([1, 2, 3], &Door.button/1)
    IO.inspect(Door.state(), label: "right code")
    Door.button(9)
    IO.inspect(Door.lock(), label: "lock")
    IO.inspect(Door.state(), label: "after lock")
    IO.inspect(Door.lock(), label: "lock again")
    Enum.each([1, 2, 3], &Door.button/1)
    IO.inspect(Door.state(), label: "open again")
    wait_locked()
    IO.inspect(Door.state(), label: "after timeout")
    IO.inspect(:sys.get_state(Door) |> elem(0), label: "sys state")
    :ok = Door.stop()

    {:ok, g} = Adventure.start_link()
    script = ["look", "take lamp", "take sword", "go west", "go east", "go down", "go up",
              "go west", "go north", "take key", "go south", "go east", "go down", "take treasure",
              "inventory", "dance wildly", "", "go sideways"]
    for line <- script do
      IO.puts("> #{line}")
      IO.puts(Adventure.cmd(g, line))
    end
    IO.inspect(:sys.get_state(g).moves, label: "moves")
  end

  defp wait_locked do
    case Door.state() do
      :open -> Process.sleep(20); wait_locked()
      _ -> :ok
    end
  end
end

Main.run()
