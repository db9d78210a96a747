# an undefined ^pin in a catch clause of a file-level try: the clauses of the catch, its keyword
# second in the try's
try do
  :ok
catch
  ^y -> :caught
end
