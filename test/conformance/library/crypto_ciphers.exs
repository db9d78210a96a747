# :crypto's symmetric ciphers as OTP 25 runs them: crypto_one_time (cbc/ecb/ctr/cfb/ofb/chacha20, the
# padding options), crypto_one_time_aead (gcm/ccm/chacha20_poly1305, tags, failed checks), the
# crypto_init/update/final streams, cipher_info, and the NIF's errors with crypto.erl's frames
k16 = :binary.copy(<<3>>, 16); k32 = :binary.copy(<<1>>, 32); iv12 = :binary.copy(<<2>>, 12)
try_ = fn f -> try do IO.inspect(f.()) rescue e -> IO.inspect(e) catch k, v -> IO.inspect({k, v}) end end
try_.(fn -> :crypto.crypto_one_time(:aes_128_cbc, k16, k16, "abc", true) end)
try_.(fn -> :crypto.crypto_one_time(:aes_128_cbc, k16, k16, "abc", [encrypt: true, padding: :pkcs_padding]) end)
try_.(fn -> :crypto.crypto_one_time(:aes_128_cbc, k16, k16, <<1, 84, 70, 231, 207, 71, 143, 62, 22, 120, 128, 23, 23, 174, 147, 17>>, [encrypt: false, padding: :pkcs_padding]) end)
try_.(fn -> :crypto.crypto_one_time(:aes_128_cbc, "short", k16, "abc", true) end)
try_.(fn -> :crypto.crypto_one_time(:aes_128_cbc, k16, "shortiv", "abcdabcdabcdabcd", true) end)
try_.(fn -> :crypto.crypto_one_time(:nope, k16, k16, "abc", true) end)
try_.(fn -> :crypto.crypto_one_time(:aes_128_ecb, k16, "abcdabcdabcdabcd", true) end)
try_.(fn -> :crypto.crypto_one_time(:aes_256_ecb, k32, ["abcdabcd", "abcdabcd"], true) end)
try_.(fn -> :crypto.crypto_one_time(:aes_256_ctr, k32, k16, "abc", true) end)
try_.(fn -> :crypto.crypto_one_time(:aes_256_cfb128, k32, k16, "abc", true) end)
try_.(fn -> :crypto.crypto_one_time(:chacha20, k32, k16, "abc", true) end)
try_.(fn -> :crypto.crypto_one_time(:aes_256_gcm, k32, k16, "abc", true) end)
try_.(fn -> :crypto.crypto_one_time_aead(:aes_256_gcm, k32, iv12, "hello", "aad", 8, true) end)
try_.(fn -> :crypto.crypto_one_time_aead(:aes_128_gcm, k16, iv12, "hello", "", true) end)
try_.(fn -> :crypto.crypto_one_time_aead(:chacha20_poly1305, k32, iv12, "hello", "", true) end)
try_.(fn -> :crypto.crypto_one_time_aead(:aes_256_gcm, k16, iv12, "hello", "", true) end)
try_.(fn -> :crypto.crypto_one_time_aead(:aes_256_gcm, k32, iv12, "hello", "", "shorttag", false) end)
try_.(fn -> :crypto.crypto_one_time_aead(:aes_128_ccm, k16, iv12, "hello", "", true) end)
try_.(fn -> :crypto.crypto_one_time_aead(:aes_256_cbc, k32, iv12, "hello", "", true) end)
s = :crypto.crypto_init(:aes_128_ctr, k16, k16, true)
IO.inspect(:crypto.crypto_update(s, "hello "))
IO.inspect(:crypto.crypto_update(s, "world"))
IO.inspect(:crypto.crypto_final(s))
s = :crypto.crypto_init(:aes_128_cbc, k16, k16, [encrypt: true, padding: :pkcs_padding])
IO.inspect(:crypto.crypto_update(s, "hello "))
IO.inspect(:crypto.crypto_update(s, "world, a longer text"))
IO.inspect(:crypto.crypto_final(s))
IO.inspect(:crypto.cipher_info(:aes_256_gcm))
IO.inspect(:crypto.cipher_info(:aes_128_cbc))
try_.(fn -> :crypto.crypto_one_time(:aes_128_cbc, k16, k16, "abc", false) end)
for c <- [:aes_128_cbc, :aes_192_cbc, :aes_256_cbc, :aes_128_ecb, :aes_192_ecb, :aes_256_ecb, :aes_128_ctr, :aes_192_ctr, :aes_256_ctr, :aes_128_gcm, :aes_192_gcm, :aes_256_gcm, :aes_128_cfb128, :aes_192_cfb128, :aes_256_cfb128, :aes_128_cfb8, :aes_192_cfb8, :aes_256_cfb8, :aes_128_ofb, :aes_192_ofb, :aes_256_ofb, :chacha20, :chacha20_poly1305, :aes_128_ccm, :aes_192_ccm, :aes_256_ccm, :aes_cbc, :aes_gcm] do
  i = try do :crypto.cipher_info(c) rescue e -> e end
  IO.inspect({c, i})
end
IO.inspect(:crypto.crypto_one_time(:aes_cbc, <<0::128>>, <<0::128>>, <<0::128>>, true))
try do :crypto.crypto_one_time_aead(:aes_cbc, <<0::128>>, <<0::96>>, "a", "", true) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time_aead(:aes_256_gcm, <<0::256>>, <<0::96>>, "a", "", true, 3) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time_aead(:aes_256_gcm, <<0::256>>, <<>>, "a", "", true) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time_aead(:aes_256_gcm, <<0::256>>, <<0::96>>, "a", "", 20, true) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time_aead(:aes_256_gcm, <<0::256>>, <<0::96>>, :x, "", true) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time(:aes_128_ctr, <<0::128>>, <<0::128>>, :x, true) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time(:aes_128_ctr, <<0::128>>, <<0::128>>, "x", :maybe) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time(:aes_128_ctr, <<0::128>>, <<0::128>>, "x", [foo: 1]) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time(:aes_128_ctr, :k, <<0::128>>, "x", true) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time(:aes_128_gcm, <<0::128>>, <<0::96>>, "x", true) catch k, v -> IO.inspect({k, v}) end
try do :crypto.crypto_one_time(:aes_128_ecb, <<0::128>>, <<0::128>>, "x", true) catch k, v -> IO.inspect({k, v}) end
IO.inspect(:crypto.crypto_one_time(:aes_128_ecb, <<0::128>>, <<>>, <<0::128>>, true))
IO.inspect(:crypto.crypto_one_time(:aes_128_cbc, <<0::128>>, <<0::128>>, "abc", [encrypt: true, padding: :zero]))
IO.inspect(:crypto.crypto_one_time(:aes_128_cbc, <<0::128>>, <<0::128>>, "abc", [encrypt: true, padding: :random]) |> byte_size)
IO.inspect(:crypto.crypto_one_time(:aes_128_cbc, <<0::128>>, <<0::128>>, "abcdefghijklmnopq", [encrypt: true, padding: :pkcs_padding]))
IO.inspect(:crypto.crypto_one_time(:aes_128_ecb, <<0::128>>, "abcdefghijklmnopq", [encrypt: true, padding: :pkcs_padding]))
k = <<0::128>>
t = fn f -> try do f.() catch _, _ -> IO.inspect(hd(__STACKTRACE__) |> then(fn {m, f, a, l} -> {m, f, if(is_list(a), do: length(a), else: a), l} end)) end end
t.(fn -> :crypto.crypto_one_time(:aes_128_cbc, k, k, "abc", [padding: :none]) end)
t.(fn -> :crypto.crypto_one_time(:aes_128_cbc, k, "abc", [padding: :none]) end)
t.(fn -> :crypto.crypto_one_time(:aes_128_cbc, "k", k, "abc", true) end)
t.(fn -> :crypto.crypto_one_time(:aes_128_ecb, "k", "abc", true) end)
t.(fn -> :crypto.crypto_one_time_aead(:aes_128_gcm, "k", k, "abc", "", true) end)
t.(fn -> :crypto.crypto_one_time_aead(:aes_128_gcm, "k", k, "abc", "", k, false) end)
t.(fn -> :crypto.crypto_init(:aes_128_gcm, "k", k, true) end)
t.(fn -> :crypto.crypto_init(:aes_128_ecb, "k", true) end)
t.(fn -> :crypto.crypto_update(make_ref(), "k") end)
t.(fn -> :crypto.crypto_final(make_ref()) end)
t.(fn -> :crypto.cipher_info(:foo) end)
s = :crypto.crypto_init(:aes_128_cbc, k, k, [encrypt: false, padding: :pkcs_padding])
t.(fn -> :crypto.crypto_update(s, :x) end)
IO.inspect(:crypto.crypto_update(s, "0123456789abcdef"))
t.(fn -> :crypto.crypto_final(s) end)
# a session token sealed as Plug.Crypto's MessageEncryptor does: AES-256-GCM over a derived key
secret = :crypto.pbkdf2_hmac(:sha256, "secret base", "cookie salt", 1000, 32)
seal = fn payload, iv ->
  {ct, tag} = :crypto.crypto_one_time_aead(:aes_256_gcm, secret, iv, :erlang.term_to_binary(payload), "A256GCM", true)
  Base.url_encode64(iv <> tag <> ct, padding: false)
end
open = fn token ->
  <<iv::binary-12, tag::binary-16, ct::binary>> = Base.url_decode64!(token, padding: false)
  case :crypto.crypto_one_time_aead(:aes_256_gcm, secret, iv, ct, "A256GCM", tag, false) do
    :error -> :error
    bin -> {:ok, :erlang.binary_to_term(bin)}
  end
end
token = seal.(%{user_id: 42, roles: [:admin]}, :binary.copy(<<7>>, 12))
IO.puts(token)
IO.inspect(open.(token))
<<first, rest::binary>> = Base.url_decode64!(token, padding: false)
IO.inspect(open.(Base.url_encode64(<<Bitwise.bxor(first, 1), rest::binary>>, padding: false)))
# streaming a file-like input through AES-128-CTR in chunks gives the one-shot result
key = :binary.copy("k", 16)
iv = :binary.copy("i", 16)
text = String.duplicate("streamed text ", 20)
st = :crypto.crypto_init(:aes_128_ctr, key, iv, true)
chunks = for <<chunk::binary-size(37) <- binary_part(text, 0, 37 * 7)>>, do: :crypto.crypto_update(st, chunk)
tail = :crypto.crypto_update(st, binary_part(text, 37 * 7, byte_size(text) - 37 * 7))
streamed = IO.iodata_to_binary([chunks, tail, :crypto.crypto_final(st)])
IO.inspect(streamed == :crypto.crypto_one_time(:aes_128_ctr, key, iv, text, true))
IO.inspect(:crypto.crypto_one_time(:aes_128_ctr, key, iv, streamed, false) == text)
# CBC with PKCS#7 padding, streamed with zero padding
cbc = :crypto.crypto_init(:aes_256_cbc, :binary.copy("K", 32), iv, [encrypt: true, padding: :zero])
IO.inspect([:crypto.crypto_update(cbc, "0123456789"), :crypto.crypto_update(cbc, "abcdefghij"), :crypto.crypto_final(cbc)])
enc = :crypto.crypto_one_time(:aes_256_cbc, :binary.copy("K", 32), iv, "pkcs7 padded", [encrypt: true, padding: :pkcs_padding])
IO.inspect(enc)
IO.inspect(:crypto.crypto_one_time(:aes_256_cbc, :binary.copy("K", 32), iv, enc, [encrypt: false, padding: :pkcs_padding]))
IO.inspect(:crypto.crypto_one_time(:aes_128_cfb8, key, iv, "cfb8", true))
IO.inspect(:crypto.crypto_one_time(:aes_192_ofb, :binary.copy("k", 24), iv, "ofb", true))
IO.inspect(:crypto.crypto_one_time(:aes_cbc, :binary.copy("k", 32), iv, :binary.copy("x", 16), true))
IO.inspect(:crypto.crypto_one_time_aead(:aes_256_ccm, :binary.copy("k", 32), :binary.copy("n", 12), ["io", "data"], ["a", "ad"], true))
IO.inspect(:crypto.crypto_one_time_aead(:aes_gcm, :binary.copy("k", 24), :binary.copy("n", 16), "long iv", "", 12, true))
:crypto.crypto_one_time(:aes_128_cbc, key, iv, "abc", [encrypt: true, padding: :none])
