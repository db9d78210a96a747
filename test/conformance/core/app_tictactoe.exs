defmodule TTT do
  @lines [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]]

  def winner(board) do
    Enum.find_value(@lines, fn [a, b, c] ->
      v = Enum.at(board, a)
      if v != nil and v == Enum.at(board, b) and v == Enum.at(board, c), do: v
    end) || if(Enum.all?(board, & &1), do: :draw, else: nil)
  end

  def play(moves) do
    Enum.reduce_while(Enum.with_index(moves), List.duplicate(nil, 9), fn {pos, i}, board ->
      player = if rem(i, 2) == 0, do: :x, else: :o
      board = List.replace_at(board, pos, player)
      case winner(board) do
        nil -> {:cont, board}
        w -> {:halt, {w, board}}
      end
    end)
  end

  def render(board) do
    board
    |> Enum.map(fn nil -> "."; p -> Atom.to_string(p) end)
    |> Enum.chunk_every(3)
    |> Enum.map_join("\n", &Enum.join/1)
  end
end

for moves <- [[4, 0, 2, 6, 3, 5, 1, 7, 8], [0, 3, 1, 4, 2], [4, 0, 8, 2, 1, 7, 6, 3, 5], [0, 1]] do
  case TTT.play(moves) do
    {w, board} -> IO.puts("#{w}:\n#{TTT.render(board)}")
    board -> IO.puts("unfinished:\n#{TTT.render(board)}")
  end
end
