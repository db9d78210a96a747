# ^x in a file-level fn's body (not a pattern): elixir_fn's frames
x = 1
f = fn -> ^x end
