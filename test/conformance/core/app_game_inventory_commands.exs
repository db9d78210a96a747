defmodule Game do
  def exec(state, "take " <> item) do
    if item in state.room, do: {%{state | room: List.delete(state.room, item), bag: [item | state.bag]}, "taken #{item}"}, else: {state, "no #{item} here"}
  end
  def exec(state, "drop " <> item) do
    if item in state.bag, do: {%{state | bag: List.delete(state.bag, item), room: [item | state.room]}, "dropped #{item}"}, else: {state, "you have no #{item}"}
  end
  def exec(state, "look"), do: {state, "you see: " <> Enum.join(Enum.sort(state.room), ", ")}
  def exec(state, "inv"), do: {state, "you carry: " <> if(state.bag == [], do: "nothing", else: Enum.join(Enum.sort(state.bag), ", "))}
  def exec(state, cmd), do: {state, "unknown command #{inspect(cmd)}"}
end

commands = ["look", "take lamp", "take sword", "take lamp", "inv", "drop lamp", "dance", "look", "inv"]
Enum.reduce(commands, %{room: ["lamp", "key", "sword"], bag: []}, fn c, s ->
  {s2, out} = Game.exec(s, c)
  IO.puts("> #{c}\n#{out}")
  s2
end)
|> IO.inspect()
