defmodule Adventure.Parser do
  @verbs %{
    "go" => :go, "walk" => :go, "move" => :go,
    "take" => :take, "get" => :take, "grab" => :take,
    "drop" => :drop, "look" => :look, "l" => :look,
    "inventory" => :inventory, "i" => :inventory,
    "open" => :open, "unlock" => :unlock, "quit" => :quit
  }
  @directions ~w(north south east west up down)a
  @short %{"n" => :north, "s" => :south, "e" => :east, "w" => :west, "u" => :up, "d" => :down}
  @fillers ~w(the a an to at with on)

  def parse(line) do
    words =
      line
      |> String.downcase()
      |> String.replace(~r/[^a-z\s]/, "")
      |> String.split()
      |> Enum.reject(&(&1 in @fillers))

    case words do
      [] -> {:error, :empty}
      [dir] when is_map_key(@short, dir) -> {:ok, {:go, @short[dir]}}
      [verb | rest] ->
        case Map.fetch(@verbs, verb) do
          {:ok, action} -> build(action, rest)
          :error -> {:error, {:unknown_verb, verb}}
        end
    end
  end

  defp build(:go, [dir]) do
    atom = Map.get(@short, dir) || Enum.find(@directions, &(Atom.to_string(&1) == dir))
    if atom, do: {:ok, {:go, atom}}, else: {:error, {:bad_direction, dir}}
  end
  defp build(:go, _), do: {:error, :go_where}
  defp build(action, []) when action in [:look, :inventory, :quit], do: {:ok, action}
  defp build(:unlock, [thing, key]), do: {:ok, {:unlock, thing, key}}
  defp build(action, [_ | _] = obj) when action in [:take, :drop, :open, :look],
    do: {:ok, {action, Enum.join(obj, " ")}}
  defp build(action, _), do: {:error, {:incomplete, action}}
end

defmodule Adventure.World do
  defstruct room: :hall, inventory: MapSet.new(), locked: MapSet.new([:vault]), moves: 0,
            rooms: %{
              hall: %{desc: "A dusty hall.", exits: %{north: :library, east: :vault}, items: ["lamp"]},
              library: %{desc: "Shelves of books.", exits: %{south: :hall}, items: ["brass key", "book"]},
              vault: %{desc: "Gold everywhere!", exits: %{west: :hall}, items: ["gold"]}
            }

  def step(world, {:go, dir}) do
    room = world.rooms[world.room]
    with {:ok, dest} <- Map.fetch(room.exits, dir),
         false <- MapSet.member?(world.locked, dest) do
      {"You go #{dir}. " <> world.rooms[dest].desc, %{world | room: dest, moves: world.moves + 1}}
    else
      :error -> {"You can't go #{dir}.", world}
      true -> {"The way is locked.", world}
    end
  end

  def step(world, :look) do
    room = world.rooms[world.room]
    exits = room.exits |> Map.keys() |> Enum.sort() |> Enum.join(", ")
    items = if room.items == [], do: "nothing", else: Enum.join(room.items, ", ")
    {"#{room.desc} Exits: #{exits}. You see: #{items}.", world}
  end

  def step(world, {:take, item}) do
    items = world.rooms[world.room].items
    if item in items do
      world =
        world
        |> update_in([Access.key(:rooms), world.room, :items], &List.delete(&1, item))
        |> Map.update!(:inventory, &MapSet.put(&1, item))
      {"Taken: #{item}.", world}
    else
      {"There is no #{item} here.", world}
    end
  end

  def step(world, {:drop, item}) do
    if MapSet.member?(world.inventory, item) do
      world = update_in(world.rooms[world.room].items, &[item | &1])
      {"Dropped.", %{world | inventory: MapSet.delete(world.inventory, item)}}
    else
      {"You don't have #{item}.", world}
    end
  end

  def step(world, :inventory) do
    case MapSet.to_list(world.inventory) do
      [] -> {"You carry nothing.", world}
      list -> {"You carry: " <> Enum.join(list, ", ") <> ".", world}
    end
  end

  def step(world, {:unlock, "vault", "key"}) do
    cond do
      not MapSet.member?(world.inventory, "brass key") -> {"You have no key.", world}
      world.room != :hall -> {"There is no vault here.", world}
      true -> {"Click. The vault opens.", %{world | locked: MapSet.delete(world.locked, :vault)}}
    end
  end

  def step(world, {:unlock, thing, _}), do: {"You can't unlock the #{thing}.", world}
  def step(world, {:open, thing}), do: {"The #{thing} won't open.", world}
  def step(world, {:look, thing}), do: {"It looks like an ordinary #{thing}.", world}
end

defmodule Main do
  def run do
    script = """
    look
    take the lamp
    go east
    n
    Take brass key!
    grab book
    i
    s
    unlock vault with key
    walk to the east
    get gold
    dance wildly
    go sideways
    go
    drop book
    look
    inventory
    quit
    look
    """

    script
    |> String.split("\n", trim: true)
    |> Enum.reduce_while(%Adventure.World{}, fn line, world ->
      IO.write("> #{line}\n")
      case Adventure.Parser.parse(line) do
        {:ok, :quit} ->
          IO.puts("Bye after #{world.moves} moves.")
          {:halt, world}
        {:ok, cmd} ->
          {msg, world} = Adventure.World.step(world, cmd)
          IO.puts(msg)
          {:cont, world}
        {:error, reason} ->
          IO.puts("I don't understand: #{inspect(reason)}")
          {:cont, world}
      end
    end)
    |> Map.take([:room, :moves, :inventory])
    |> IO.inspect()
  end
end

Main.run()
