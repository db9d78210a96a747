defmodule Hex do
  def dump(bin) do
    bin
    |> :binary.bin_to_list()
    |> Enum.chunk_every(8)
    |> Enum.with_index()
    |> Enum.map_join("\n", fn {bytes, i} ->
      offset = String.pad_leading(Integer.to_string(i * 8, 16), 4, "0")
      hex = bytes |> Enum.map_join(" ", &String.pad_leading(Integer.to_string(&1, 16), 2, "0")) |> String.pad_trailing(23)
      ascii = Enum.map_join(bytes, fn b -> if b in 32..126, do: <<b>>, else: "." end)
      "#{offset}  #{hex}  |#{ascii}|"
    end)
  end

  def encode(bin), do: for(<<b <- bin>>, into: "", do: String.pad_leading(Integer.to_string(b, 16), 2, "0")) |> String.downcase()
  def decode(hex), do: for(<<a, b <- hex>>, into: <<>>, do: <<String.to_integer(<<a, b>>, 16)>>)
end

IO.puts(Hex.dump("Hello, beamlet!\n\x00\x01\xFFend"))
e = Hex.encode("héllo")
IO.puts(e)
IO.inspect(Hex.decode(e))
