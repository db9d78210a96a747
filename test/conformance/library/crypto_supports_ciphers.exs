IO.inspect Keyword.keys(:crypto.supports())
IO.inspect :crypto.supports(:hashs)
for c <- [:aes_256_gcm, :aes_128_cbc, :chacha20_poly1305, :aes_gcm, :des_ede3_cbc, :des_ede3_cfb, :aes_256_ctr],
  do: IO.inspect({c, c in :crypto.supports(:ciphers)})
IO.inspect :hmac in :crypto.supports(:macs)
IO.inspect :crypto.cipher_info(:des_ede3_cbc)
IO.inspect :crypto.cipher_info(:des_ede3_cfb)
key = :binary.copy(<<1, 2, 3, 4, 5, 6, 7, 8>>, 3)
iv = <<9, 8, 7, 6, 5, 4, 3, 2>>
ct = :crypto.crypto_one_time(:des_ede3_cbc, key, iv, "sixteen byte msg", true)
IO.inspect Base.encode16(ct)
IO.inspect :crypto.crypto_one_time(:des_ede3_cbc, key, iv, ct, false)
ct2 = :crypto.crypto_one_time(:des_ede3_cfb, key, iv, "any length text", true)
IO.inspect Base.encode16(ct2)
IO.inspect :crypto.crypto_one_time(:des_ede3_cfb, key, iv, ct2, false)
IO.inspect :crypto.crypto_one_time(:des_ede3_cbc, key, iv, "abc", [encrypt: true, padding: :pkcs_padding]) |> Base.encode16
try do
  :crypto.supports(:nope)
rescue e -> IO.inspect e
end
:crypto.supports("ciphers")
