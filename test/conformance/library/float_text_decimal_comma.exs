# ERTS reads a comma as the decimal point: String.to_float/1, :erlang.binary_to_float/1,
# list_to_float/1 and :string.to_float/1 take "1,5" as 1.5 (a price column from a European CSV),
# while Elixir's own Float.parse/1 stops at the comma
rows = ["pen;1,50", "notebook;4,25", "lamp;19,99", "gift card;10", "rug;1.250,00"]

for row <- rows do
  [name, price] = String.split(row, ";")
  parsed =
    try do
      String.to_float(price)
    rescue
      ArgumentError -> {:not_a_float, Float.parse(price)}
    end

  IO.inspect({name, parsed})
end

for s <- ["3,14159", "-2,5e3", "1,0E-2", "1,5,5", ",5", "7,", "1,5e"] do
  IO.inspect({s, :string.to_float(s), :string.to_float(String.to_charlist(s)),
    (try do :erlang.list_to_float(String.to_charlist(s)) rescue _ -> :badarg end)})
end
