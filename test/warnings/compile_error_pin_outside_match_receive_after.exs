# ^x as a file-level receive's timeout: an expression, under the after clause's frames
x = 1
receive do
  1 -> :ok
after
  ^x -> :timeout
end
