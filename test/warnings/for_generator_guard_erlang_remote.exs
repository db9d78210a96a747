for x when send(self(), x) <- [1], do: x
