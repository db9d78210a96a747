unless ready, do: :wait
