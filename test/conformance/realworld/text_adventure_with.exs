defmodule Adventure do
  defmodule Room do
    @enforce_keys [:id, :desc]
    defstruct [:id, :desc, exits: %{}, items: []]
  end

  defmodule Player do
    defstruct room: :hall, inventory: [], moves: 0
  end

  def world do
    %{
      hall: %Room{id: :hall, desc: "A dusty hall.", exits: %{north: :library, east: :kitchen}, items: [:lamp]},
      library: %Room{id: :library, desc: "Shelves of books.", exits: %{south: :hall}, items: [:key]},
      kitchen: %Room{id: :kitchen, desc: "It smells of old bread.", exits: %{west: :hall, down: :cellar}},
      cellar: %Room{id: :cellar, desc: "Dark and damp.", exits: %{up: :kitchen}, items: [:treasure]}
    }
  end

  def step(cmd, {world, player}) do
    with {:ok, action} <- parse(cmd),
         {:ok, world, player, msg} <- apply_action(action, world, player) do
      {msg, {world, %{player | moves: player.moves + 1}}}
    else
      {:error, :parse, word} -> {"I don't understand #{inspect(word)}.", {world, player}}
      {:error, :blocked, dir} -> {"You can't go #{dir}.", {world, player}}
      {:error, :dark} -> {"It's too dark to go down without a lamp.", {world, player}}
      {:error, :no_item, item} -> {"There is no #{item} here.", {world, player}}
    end
  end

  defp parse(cmd) do
    case String.split(String.downcase(String.trim(cmd))) do
      ["go", dir] when dir in ~w(north south east west up down) -> {:ok, {:go, String.to_existing_atom(dir)}}
      [dir] when dir in ~w(n s e w) -> {:ok, {:go, %{"n" => :north, "s" => :south, "e" => :east, "w" => :west}[dir]}}
      ["take", item] -> {:ok, {:take, item}}
      ["look"] -> {:ok, :look}
      ["inventory"] -> {:ok, :inventory}
      [word | _] -> {:error, :parse, word}
      [] -> {:error, :parse, ""}
    end
  end

  defp apply_action({:go, dir}, world, %Player{room: room} = p) do
    with {:ok, dest} <- Map.fetch(world[room].exits, dir) |> tag(:blocked, dir),
         :ok <- if(dest == :cellar and :lamp not in p.inventory, do: {:error, :dark}, else: :ok) do
      {:ok, world, %{p | room: dest}, world[dest].desc}
    end
  end

  defp apply_action({:take, item}, world, p) do
    atom = String.to_atom(item)
    room = world[p.room]
    if atom in room.items do
      world = put_in(world[p.room].items, List.delete(room.items, atom))
      {:ok, world, update_in(p.inventory, &[atom | &1]), "Taken: #{item}."}
    else
      {:error, :no_item, item}
    end
  end

  defp apply_action(:look, world, p) do
    room = world[p.room]
    exits = room.exits |> Map.keys() |> Enum.sort() |> Enum.join(", ")
    items = if room.items == [], do: "nothing", else: Enum.join(room.items, ", ")
    {:ok, world, p, "#{room.desc} Exits: #{exits}. You see: #{items}."}
  end

  defp apply_action(:inventory, world, p), do: {:ok, world, p, "You carry: #{inspect(Enum.reverse(p.inventory))}"}

  defp tag(:error, reason, x), do: {:error, reason, x}
  defp tag(ok, _, _), do: ok
end

script = ["look", "take lamp", "take sword", "n", "take key", "go west", "s", "e", "go down", "look", "take treasure", "inventory", "dance wildly", "   ", "go up"]
{_, {_world, player}} =
  Enum.reduce(script, {nil, {Adventure.world(), struct(Adventure.Player)}}, fn cmd, {_, state} ->
    {msg, state} = Adventure.step(cmd, state)
    IO.puts("> #{cmd}\n#{msg}")
    {msg, state}
  end)
IO.inspect(player)
