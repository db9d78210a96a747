defmodule Adventure do
  @rooms %{
    hall: %{desc: "A long hall.", exits: %{north: :kitchen, east: :library}, items: [:lamp]},
    kitchen: %{desc: "Smells of bread.", exits: %{south: :hall}, items: [:knife, :bread]},
    library: %{desc: "Dusty books.", exits: %{west: :hall}, items: []}
  }
  defstruct room: :hall, inventory: [], moves: 0, rooms: @rooms

  def step(state, cmd) do
    with {:ok, verb, arg} <- parse(cmd),
         {:ok, state} <- apply_cmd(state, verb, arg) do
      {:ok, %{state | moves: state.moves + 1}}
    else
      {:error, :unknown_verb, v} -> {:error, "I don't know how to #{v}."}
      {:error, reason} when is_binary(reason) -> {:error, reason}
      other -> {:error, inspect(other)}
    end
  end

  defp parse(cmd) do
    case String.split(String.downcase(cmd)) do
      [verb] -> {:ok, verb, nil}
      [verb, arg] -> {:ok, verb, arg}
      _ -> {:error, "Huh?"}
    end
  end

  defp apply_cmd(s, "go", dir) do
    exits = s.rooms[s.room].exits
    case Map.fetch(exits, String.to_existing_atom(dir)) do
      {:ok, room} -> {:ok, %{s | room: room}}
      :error -> {:error, "You can't go #{dir}."}
    end
  rescue
    ArgumentError -> {:error, "No such direction: #{dir}"}
  end
  defp apply_cmd(s, "take", item) do
    item = String.to_atom(item)
    items = s.rooms[s.room].items
    if item in items do
      s = update_in(s.rooms[s.room].items, &List.delete(&1, item))
      {:ok, %{s | inventory: [item | s.inventory]}}
    else
      {:error, "No #{item} here."}
    end
  end
  defp apply_cmd(s, "look", nil), do: {:ok, s}
  defp apply_cmd(_s, "dance", _), do: :dance
  defp apply_cmd(_s, verb, _), do: {:error, :unknown_verb, verb}

  def describe(s) do
    r = s.rooms[s.room]
    "#{s.room |> Atom.to_string() |> String.capitalize()}: #{r.desc} Exits: #{r.exits |> Map.keys() |> Enum.join(", ")}. Items: #{inspect(r.items)}"
  end
end

defmodule Main do
  def run do
    cmds = ["look", "take lamp", "go north", "take bread", "take sword", "go up", "go xyzzy123", "fly", "go south", "go east", "dance", "a b c"]
    final =
      Enum.reduce(cmds, %Adventure{}, fn cmd, s ->
        case Adventure.step(s, cmd) do
          {:ok, s} -> IO.puts("> #{cmd}\n#{Adventure.describe(s)}"); s
          {:error, msg} -> IO.puts("> #{cmd}\n#{msg}"); s
        end
      end)
    IO.inspect(Map.take(final, [:room, :inventory, :moves]))
    IO.inspect(final, limit: 3, label: "final")
    IO.inspect(get_in(final, [Access.key(:rooms), :kitchen, :items]))
    IO.inspect(put_in(final.rooms.hall.desc, "x").rooms.hall)
    IO.inspect(pop_in(final, [Access.key(:rooms), :library]) |> elem(0))
    IO.inspect(get_and_update_in(final.moves, &{&1, &1 * 10}) |> elem(0))
  end
end
Main.run()
