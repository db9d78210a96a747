defmodule Adventure do
  @rooms %{
    hall: %{desc: "A long hall.", exits: %{north: :library, east: :kitchen}, items: [:lamp]},
    library: %{desc: "Dusty books everywhere.", exits: %{south: :hall}, items: [:book, :key]},
    kitchen: %{desc: "Smells of bread.", exits: %{west: :hall, down: :cellar}, items: []},
    cellar: %{desc: "Dark and damp.", exits: %{up: :kitchen}, items: [:treasure], locked: true}
  }
  defstruct room: :hall, inventory: [], moves: 0, rooms: @rooms

  def parse(line) do
    case line |> String.downcase() |> String.split() do
      ["go", dir] -> {:go, String.to_existing_atom(dir)}
      [dir] when dir in ~w(n s e w north south east west up down) -> {:go, expand(dir)}
      ["take", item] -> {:take, String.to_atom(item)}
      ["drop", item] -> {:drop, String.to_atom(item)}
      ["look"] -> :look
      ["inventory"] -> :inventory
      ["i"] -> :inventory
      ["quit"] -> :quit
      _ -> {:unknown, line}
    end
  rescue
    ArgumentError -> {:unknown, line}
  end

  defp expand(d), do: %{"n" => :north, "s" => :south, "e" => :east, "w" => :west}[d] || String.to_atom(d)

  def step(state, {:go, dir}) do
    room = state.rooms[state.room]
    with {:ok, target} <- Map.fetch(room.exits, dir),
         :ok <- check_lock(state, target) do
      {"You go #{dir}. #{state.rooms[target].desc}", %{state | room: target, moves: state.moves + 1}}
    else
      :error -> {"You can't go #{dir}.", state}
      {:locked, t} -> {"The #{t} is locked.", state}
    end
  end
  def step(state, {:take, item}) do
    items = state.rooms[state.room].items
    if item in items do
      state = update_in(state.rooms[state.room].items, &List.delete(&1, item))
      {"Taken: #{item}.", %{state | inventory: [item | state.inventory]}}
    else
      {"No #{item} here.", state}
    end
  end
  def step(state, {:drop, item}) do
    case Enum.split_with(state.inventory, &(&1 == item)) do
      {[], _} -> {"You don't have #{item}.", state}
      {[_ | _], rest} -> {"Dropped.", put_in(state.rooms[state.room].items, [item | state.rooms[state.room].items]) |> Map.put(:inventory, rest)}
    end
  end
  def step(state, :look) do
    r = state.rooms[state.room]
    exits = r.exits |> Map.keys() |> Enum.sort() |> Enum.join(", ")
    {"#{r.desc} Exits: #{exits}. Items: #{inspect(r.items)}", state}
  end
  def step(state, :inventory), do: {"You carry: #{state.inventory |> Enum.reverse() |> Enum.map_join(", ", &Atom.to_string/1)}", state}
  def step(state, {:unknown, l}), do: {"I don't understand #{inspect(l)}.", state}

  defp check_lock(state, target) do
    if state.rooms[target][:locked] && :key not in state.inventory, do: {:locked, target}, else: :ok
  end

  def run(commands) do
    Enum.reduce_while(commands, %__MODULE__{}, fn line, st ->
      case parse(line) do
        :quit -> {:halt, st}
        cmd ->
          {msg, st} = step(st, cmd)
          IO.puts("> #{line}\n#{msg}")
          {:cont, st}
      end
    end)
  end
end

final = Adventure.run(["look", "take lamp", "e", "down", "w", "n", "take key", "take sword", "i", "s", "e", "go down", "take treasure", "drop lamp", "look", "xyzzy", "go sideways", "quit", "look"])
IO.inspect(Map.take(final, [:room, :inventory, :moves]))
IO.inspect(final.rooms.cellar, label: "cellar")
