# `with` wants a :do option (CompileError 'missing :do option in "with"', checked first) and takes
# nothing but one :do and one :else ('unexpected option :bogus in "with"')
for code <- [
      "with {:ok, x} <- {:error, 1}, else: (:nope -> 1)",
      "with x <- 1",
      "with(x <- 1, [])",
      "with x <- 1, do: x, bogus: 1",
      "with x <- 1, bogus: 1",
      "with _x <- 1, do: 1, do: 2",
      "with _x <- 1, do: 1, else: (_ -> 1), else: (_ -> 2)",
      "with x <- 1, do: x, else: (_ -> 2)",
      "with {:ok, x} <- {:error, 1}, do: x, else: ({:error, n} -> n + 1)"
    ] do
  try do
    IO.inspect(Code.eval_string(code) |> elem(0))
  rescue
    e -> IO.inspect(e)
  end
end
