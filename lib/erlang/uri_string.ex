defmodule :uri_string do
  @moduledoc """
  OTP 25's uri_string (RFC 3986): parse/1 (a map of the parts present, no decoding, an empty port
  :undefined), recompose/1 (percent-encoding what a part cannot hold), resolve/2,3, normalize/1,2 (case,
  percent-encoding, dot segments, the scheme's default port), compose_query/1,2 and
  dissect_query/1 (application/x-www-form-urlencoded). A charlist in gives charlists out.
  A URI that cannot be parsed is {:error, :invalid_uri, [char]}: as OTP, the first character a
  relative reference cannot hold (so ':' for any bad URI with a scheme).
  """

  import Bitwise

  # ---------------------------------------------------------------------------
  # parse

  def parse(uri) when is_list(uri) do
    case parse(:unicode.characters_to_binary(uri)) do
      %{} = map -> Map.new(map, fn {k, v} -> {k, to_list(v)} end)
      error -> error
    end
  end

  def parse(uri) when is_binary(uri) do
    with nil <- absolute(uri) do
      case relative(uri) do
        {:ok, map} -> map
        {:bad, c} -> {:error, :invalid_uri, [c]}
        {:bad_part, part} -> {:error, :invalid_uri, part}
      end
    end
  end

  defp to_list(v) when is_binary(v), do: :unicode.characters_to_list(v)
  defp to_list(v), do: v

  # scheme ":" hier-part [ "?" query ] [ "#" fragment ]; nil when it is not one
  defp absolute(uri) do
    case scheme(uri, 0) do
      nil ->
        nil

      n ->
        <<scheme::binary-size(n), ?:, rest::binary>> = uri

        case hier(rest, false) do
          {:ok, map} -> Map.put(map, :scheme, scheme)
          _bad -> nil
        end
    end
  end

  defp scheme(<<c, rest::binary>>, 0) when c in ?a..?z or c in ?A..?Z, do: scheme(rest, 1)
  defp scheme(<<?:, _::binary>>, n) when n > 0, do: n

  defp scheme(<<c, rest::binary>>, n) when n > 0 and (c in ?a..?z or c in ?A..?Z or c in ?0..?9 or c in '+-.'),
    do: scheme(rest, n + 1)

  defp scheme(_, _), do: nil

  defp relative(uri), do: hier(uri, true)

  # [ "//" authority ] path [ "?" query ] [ "#" fragment ]; a relative reference's first
  # segment (no authority, not absolute) cannot hold ':'
  defp hier(text, relative?) do
    {before_fragment, fragment} = split_at(text, ?#)
    {before_query, query} = split_at(before_fragment, ?\?)

    {authority, path} =
      case before_query do
        "//" <> rest ->
          {auth, path} = split_path(rest)
          {auth, path}

        _ ->
          {nil, before_query}
      end

    # the character that ends the authority ("/", "?" or "#"; nil at the end)
    next = if authority != nil and byte_size(text) > 2 + byte_size(authority), do: :binary.at(text, 2 + byte_size(authority))

    # (read left to right: the first part that does not parse names the failure)
    parsed =
      with {:ok, map} <- authority(authority, next),
           :ok <- check_path(path, relative? and authority == nil),
           :ok <- check(query, &query_char?/1),
           :ok <- check(fragment, &query_char?/1) do
        map = Map.put(map, :path, path)
        map = if query, do: Map.put(map, :query, query), else: map
        map = if fragment, do: Map.put(map, :fragment, fragment), else: map
        {:ok, map}
      end

    # a failure anywhere after a userinfo: the authority is read again as a host and port, which
    # names what stops that reading (the "@" at the latest)
    case parsed do
      {:ok, _} -> parsed
      bad -> if authority != nil and String.contains?(authority, "@"), do: host(authority, next), else: bad
    end
  end

  defp split_at(text, char) do
    case :binary.match(text, <<char>>) do
      {i, _} -> {binary_part(text, 0, i), binary_part(text, i + 1, byte_size(text) - i - 1)}
      :nomatch -> {text, nil}
    end
  end

  defp split_path(text) do
    case :binary.match(text, "/") do
      {i, _} -> {binary_part(text, 0, i), binary_part(text, i, byte_size(text) - i)}
      :nomatch -> {text, ""}
    end
  end

  defp check(nil, _ok?), do: :ok

  defp check(text, ok?) do
    case first_bad(text, ok?) do
      nil -> :ok
      c -> {:bad, c}
    end
  end

  defp first_bad(<<c::utf8, rest::binary>>, ok?), do: if(ok?.(c), do: first_bad(rest, ok?), else: c)
  defp first_bad(<<c, _::binary>>, _ok?), do: c
  defp first_bad(<<>>, _ok?), do: nil

  defp check_path(path, noscheme?) do
    if noscheme? and not String.starts_with?(path, "/") do
      {first, rest} = split_path(path)

      with :ok <- check(first, fn c -> c != ?: and path_char?(c) end), do: check(rest, &path_char?/1)
    else
      check(path, &path_char?/1)
    end
  end

  defp authority(nil, _next), do: {:ok, %{}}

  defp authority(auth, next) do
    {userinfo, hostport} =
      case :binary.split(auth, "@") do
        [hostport] -> {nil, hostport}
        [userinfo, hostport] -> {userinfo, hostport}
      end

    with :ok <- check(userinfo, &userinfo_char?/1),
         {:ok, host, port} <- host(hostport, next) do
      map = %{host: host}
      map = if userinfo, do: Map.put(map, :userinfo, userinfo), else: map
      map = if port == nil, do: map, else: Map.put(map, :port, port)
      {:ok, map}
    end
  end

  # an IP literal names what stops it: a character no IPv6 address holds (the one ending the
  # authority when it has no "]", "" at the end), the text when it is no IPv6 address ([] when
  # empty), the character after it that is no ":"
  defp host("[" <> rest, next) do
    case first_bad(rest, fn c -> hex?(c) or c in ':.' end) do
      ?] ->
        [ip, port] = :binary.split(rest, "]")

        cond do
          ip == "" -> {:bad_part, []}
          not valid_ip?(ip) -> {:bad_part, :erlang.binary_to_list(ip)}
          true -> port(ip, port)
        end

      nil ->
        if next, do: {:bad, next}, else: {:bad_part, ""}

      c ->
        {:bad, c}
    end
  end

  defp host(hostport, _next) do
    {host, port} =
      case :binary.split(hostport, ":") do
        [host] -> {host, ""}
        [host, port] -> {host, ":" <> port}
      end

    with :ok <- check(host, &reg_name_char?/1), do: port(host, port)
  end

  defp valid_ip?(ip) do
    match?({:ok, _}, :inet.parse_ipv6strict_address(:erlang.binary_to_list(ip)))
  end

  defp port(host, ""), do: {:ok, host, nil}
  defp port(host, ":"), do: {:ok, host, :undefined}

  defp port(host, ":" <> digits) do
    case first_bad(digits, fn c -> c in ?0..?9 end) do
      nil -> {:ok, host, String.to_integer(digits)}
      c -> {:bad, c}
    end
  end

  defp port(_host, <<c, _::binary>>), do: {:bad, c}

  defp unreserved?(c), do: c in ?a..?z or c in ?A..?Z or c in ?0..?9 or c in '-._~'
  defp sub_delim?(c), do: c in '!$&\'()*+,;='
  defp reg_name_char?(c), do: unreserved?(c) or sub_delim?(c) or c == ?%
  defp userinfo_char?(c), do: reg_name_char?(c) or c == ?:
  defp path_char?(c), do: userinfo_char?(c) or c in '@/'
  defp query_char?(c), do: path_char?(c) or c == ??
  defp hex?(c), do: c in ?0..?9 or c in ?a..?f or c in ?A..?F

  # ---------------------------------------------------------------------------
  # recompose

  @keys [:scheme, :userinfo, :host, :port, :path, :query, :fragment]

  def recompose(map) when is_map(map) and map_size(map) > 0 do
    if Enum.all?(Map.keys(map), &(&1 in @keys)) do
      list? = Enum.any?(Map.values(map), &is_list/1)
      get = fn key -> Map.get(map, key) |> as_binary() end

      authority? = Map.has_key?(map, :host) or Map.has_key?(map, :userinfo) or Map.has_key?(map, :port)

      authority =
        if authority? do
          userinfo = if u = get.(:userinfo), do: encode(u, &userinfo_char?/1) <> "@", else: ""

          host =
            case get.(:host) do
              nil -> ""
              h -> if String.contains?(h, ":"), do: "[" <> h <> "]", else: encode(h, &reg_name_char?/1)
            end

          port =
            case Map.fetch(map, :port) do
              {:ok, :undefined} -> ":"
              {:ok, p} when is_integer(p) -> ":" <> Integer.to_string(p)
              :error -> ""
            end

          "//" <> userinfo <> host <> port
        else
          ""
        end

      path = encode(get.(:path) || "", &path_char?/1)
      path = if authority? and path != "" and not String.starts_with?(path, "/"), do: "/" <> path, else: path

      result =
        if(s = get.(:scheme), do: s <> ":", else: "") <>
          authority <>
          path <>
          if(q = get.(:query), do: "?" <> encode(q, &query_char?/1), else: "") <>
          if(f = get.(:fragment), do: "#" <> encode(f, &query_char?/1), else: "")

      if list?, do: :unicode.characters_to_list(result), else: result
    else
      {:error, :invalid_map, map}
    end
  end

  def recompose(map), do: {:error, :invalid_map, map}

  defp as_binary(nil), do: nil
  defp as_binary(v) when is_list(v), do: :unicode.characters_to_binary(v)
  defp as_binary(v), do: v

  # percent-encodes (UTF-8, upper-case hex) each character the part cannot hold; '%' stays
  defp encode(text, ok?) do
    for <<c::utf8 <- text>>, into: "" do
      if c < 128 and ok?.(c), do: <<c>>, else: pct(<<c::utf8>>)
    end
  end

  defp pct(bytes), do: for(<<b <- bytes>>, into: "", do: "%" <> hex2(b))
  defp hex2(b), do: <<hex_digit(b >>> 4), hex_digit(b &&& 15)>>
  defp hex_digit(d) when d < 10, do: ?0 + d
  defp hex_digit(d), do: ?A + d - 10

  # ---------------------------------------------------------------------------
  # normalize

  def normalize(uri), do: normalize(uri, [])

  def normalize(uri, opts) when is_map(uri) do
    map = normalize_map(uri)
    if :return_map in opts, do: map, else: recompose(map)
  end

  def normalize(uri, opts) do
    case parse(uri) do
      %{} = map -> normalize(map, opts)
      error -> error
    end
  end

  defp normalize_map(map) do
    list? = Enum.any?(Map.values(map), &is_list/1)
    map = Map.new(map, fn {k, v} -> {k, as_binary(v)} end)

    map =
      map
      |> update(:scheme, &String.downcase/1)
      |> update(:host, &String.downcase/1)
      |> Map.new(fn
        {k, v} when k in [:userinfo, :host, :path, :query, :fragment] and is_binary(v) -> {k, normalize_pct(v)}
        other -> other
      end)
      |> update(:path, &remove_dot_segments/1)
      |> by_scheme()

    if list?, do: Map.new(map, fn {k, v} -> {k, to_list(v)} end), else: map
  end

  defp update(map, key, fun) do
    case map do
      %{^key => v} when is_binary(v) -> %{map | key => fun.(v)}
      _ -> map
    end
  end

  # an unreserved character is decoded, any other percent-encoding gets upper-case hex
  defp normalize_pct(<<?%, a, b, rest::binary>>) do
    if hex?(a) and hex?(b) do
      c = String.to_integer(<<a, b>>, 16)

      if unreserved?(c),
        do: <<c>> <> normalize_pct(rest),
        else: "%" <> String.upcase(<<a, b>>) <> normalize_pct(rest)
    else
      "%" <> normalize_pct(<<a, b, rest::binary>>)
    end
  end

  defp normalize_pct(<<c, rest::binary>>), do: <<c>> <> normalize_pct(rest)
  defp normalize_pct(<<>>), do: <<>>

  @default_ports %{"http" => 80, "https" => 443, "ftp" => 21, "ssh" => 22, "sftp" => 22, "tftp" => 69}

  defp by_scheme(map) do
    scheme = Map.get(map, :scheme)

    map =
      case map do
        %{port: :undefined} -> Map.delete(map, :port)
        %{port: p} -> if Map.get(@default_ports, scheme) == p, do: Map.delete(map, :port), else: map
        _ -> map
      end

    if scheme in ["http", "https"] and Map.get(map, :path) == "", do: %{map | path: "/"}, else: map
  end

  # RFC 3986 5.2.4
  defp remove_dot_segments(path), do: remove_dots(path, [])

  defp remove_dots("", acc), do: acc |> Enum.reverse() |> IO.iodata_to_binary()
  defp remove_dots("../" <> rest, acc), do: remove_dots(rest, acc)
  defp remove_dots("./" <> rest, acc), do: remove_dots(rest, acc)
  defp remove_dots("/./" <> rest, acc), do: remove_dots("/" <> rest, acc)
  defp remove_dots("/.", acc), do: remove_dots("/", acc)
  defp remove_dots("/../" <> rest, acc), do: remove_dots("/" <> rest, drop_last(acc))
  defp remove_dots("/..", acc), do: remove_dots("/", drop_last(acc))
  defp remove_dots(".", acc), do: remove_dots("", acc)
  defp remove_dots("..", acc), do: remove_dots("", acc)

  defp remove_dots(path, acc) do
    {segment, rest} =
      case path do
        "/" <> tail ->
          {seg, rest} = split_path(tail)
          {"/" <> seg, rest}

        _ ->
          split_path(path)
      end

    remove_dots(rest, [segment | acc])
  end

  defp drop_last([_ | acc]), do: acc
  defp drop_last([]), do: []

  # ---------------------------------------------------------------------------
  # resolve (RFC 3986 5.2.2, strict: a reference with a scheme is taken as it is)

  def resolve(ref, base), do: resolve(ref, base, [])

  def resolve(ref, base, opts) do
    list? = is_list(ref) or is_list(base)

    with %{} = r <- as_map(ref),
         %{} = b <- as_map(base) do
      if Map.has_key?(b, :scheme) do
        target = resolve_map(r, b)

        cond do
          :return_map in opts and list? -> Map.new(target, fn {k, v} -> {k, to_list(v)} end)
          :return_map in opts -> target
          list? -> :unicode.characters_to_list(recompose(target))
          true -> recompose(target)
        end
      else
        {:error, :invalid_scheme, []}
      end
    end
  end

  defp as_map(%{} = map), do: Map.new(map, fn {k, v} -> {k, as_binary(v)} end)
  defp as_map(uri) when is_list(uri), do: parse(:unicode.characters_to_binary(uri))
  defp as_map(uri), do: parse(uri)

  @authority [:userinfo, :host, :port]

  defp resolve_map(%{scheme: _} = r, _b), do: dots(r)

  defp resolve_map(r, b) do
    target =
      cond do
        Map.has_key?(r, :host) ->
          dots(r)

        Map.get(r, :path, "") == "" ->
          base = Map.take(b, @authority ++ [:path, :query])
          Map.merge(base, Map.take(r, [:query]))

        true ->
          path =
            case r.path do
              "/" <> _ = absolute -> absolute
              relative -> merge_path(b, relative)
            end

          b
          |> Map.take(@authority)
          |> Map.put(:path, remove_dot_segments(path))
          |> Map.merge(Map.take(r, [:query]))
      end

    target
    |> Map.put(:scheme, b.scheme)
    |> Map.merge(Map.take(r, [:fragment]))
  end

  defp dots(%{path: path} = map), do: %{map | path: remove_dot_segments(path)}
  defp dots(map), do: map

  defp merge_path(b, path) do
    case Map.get(b, :path, "") do
      "" -> if Map.has_key?(b, :host), do: "/" <> path, else: path
      base_path ->
        case :binary.matches(base_path, "/") do
          [] -> path
          matches ->
            {i, _} = List.last(matches)
            binary_part(base_path, 0, i + 1) <> path
        end
    end
  end

  # ---------------------------------------------------------------------------
  # queries (application/x-www-form-urlencoded)

  def compose_query(list), do: compose_query(list, [])

  def compose_query([], _opts), do: []

  def compose_query(list, opts) when is_list(list) do
    case Enum.find(opts, fn {:encoding, e} -> e not in [:utf8, :unicode]; _ -> false end) do
      {:encoding, e} ->
        {:error, :invalid_encoding, e}

      nil ->
        list? = Enum.any?(list, fn {k, _} -> is_list(k) end)

        text =
          list
          |> Enum.map(fn
            {k, true} -> form_encode(as_binary(k))
            {k, v} -> form_encode(as_binary(k)) <> "=" <> form_encode(as_binary(v))
          end)
          |> Enum.join("&")

        if list?, do: :unicode.characters_to_list(text), else: text
    end
  end

  defp form_encode(text) do
    for <<c::utf8 <- text>>, into: "" do
      cond do
        c == ?\s -> "+"
        c in ?a..?z or c in ?A..?Z or c in ?0..?9 or c in '*-._' -> <<c>>
        true -> pct(<<c::utf8>>)
      end
    end
  end

  def dissect_query(query) when is_list(query) do
    case dissect_query(:unicode.characters_to_binary(query)) do
      pairs when is_list(pairs) ->
        Enum.map(pairs, fn {k, v} -> {to_list(k), to_list(v)} end)

      error ->
        error
    end
  end

  def dissect_query(""), do: []

  def dissect_query(query) when is_binary(query) do
    query
    |> :binary.split("&", [:global])
    |> Enum.reduce_while([], fn pair, acc ->
      {key, value} =
        case :binary.split(pair, "=") do
          [k] -> {k, true}
          [k, v] -> {k, v}
        end

      with {:ok, key} <- form_decode(key),
           {:ok, value} <- if(value == true, do: {:ok, true}, else: form_decode(value)) do
        {:cont, [{key, value} | acc]}
      else
        error -> {:halt, error}
      end
    end)
    |> case do
      pairs when is_list(pairs) -> Enum.reverse(pairs)
      error -> error
    end
  end

  defp form_decode(text), do: form_decode(text, text, [])

  defp form_decode(<<?%, a, b, rest::binary>> = here, whole, acc) do
    if hex?(a) and hex?(b),
      do: form_decode(rest, whole, [String.to_integer(<<a, b>>, 16) | acc]),
      else: {:error, :invalid_percent_encoding, :erlang.binary_to_list(here)}
  end

  defp form_decode(<<?+, rest::binary>>, whole, acc), do: form_decode(rest, whole, [?\s | acc])
  defp form_decode(<<c, rest::binary>>, whole, acc), do: form_decode(rest, whole, [c | acc])
  defp form_decode(<<>>, _whole, acc), do: {:ok, acc |> Enum.reverse() |> :erlang.list_to_binary()}

  # ---------------------------------------------------------------------------
  # transcode: the same URI in another encoding, its percent-encoded bytes re-encoded too

  def transcode(uri, options) when is_binary(uri) do
    {in_enc, out_enc} = encodings(options)

    try do
      uri |> to_code_points(in_enc) |> transcode_chars(in_enc, out_enc) |> from_code_points(out_enc)
    catch
      {:error, _, _} = error -> error
    end
  end

  def transcode(uri, options) when is_list(uri) do
    {in_enc, out_enc} = encodings(options)

    try do
      uri |> flatten_chars(in_enc, []) |> transcode_chars(in_enc, out_enc)
    catch
      {:error, _, _} = error -> error
    end
  end

  defp encodings(options) do
    {:proplists.get_value(:in_encoding, options, :utf8), :proplists.get_value(:out_encoding, options, :utf8)}
  end

  # plain characters pass; each run of %XX triplets is bytes in the input encoding, re-encoded
  defp transcode_chars(chars, in_enc, out_enc), do: transcode_chars(chars, in_enc, out_enc, [])

  defp transcode_chars([?%, _, _ | _] = chars, in_enc, out_enc, acc) do
    {bytes, rest} = pct_run(chars, <<>>)
    encoded = bytes |> convert(in_enc, out_enc) |> pct_bytes()
    transcode_chars(rest, in_enc, out_enc, :lists.reverse(encoded, acc))
  end

  defp transcode_chars([c | rest], in_enc, out_enc, acc), do: transcode_chars(rest, in_enc, out_enc, [c | acc])
  defp transcode_chars([], _in_enc, _out_enc, acc), do: :lists.reverse(acc)

  defp pct_run([?%, a, b | rest] = here, bytes) do
    if hex?(a) and hex?(b),
      do: pct_run(rest, <<bytes::binary, String.to_integer(<<a, b>>, 16)>>),
      else: throw({:error, :invalid_percent_encoding, here})
  end

  defp pct_run(rest, bytes), do: {bytes, rest}

  defp pct_bytes(bytes), do: for(<<b <- bytes>>, do: [?%, hex_digit(b >>> 4), hex_digit(b &&& 15)]) |> :lists.append()

  defp convert(data, in_enc, out_enc) do
    case :unicode.characters_to_binary(data, in_enc, out_enc) do
      {tag, _done, rest} when tag in [:error, :incomplete] -> throw({:error, :invalid_input, rest})
      bin -> bin
    end
  end

  defp to_code_points(bin, enc) do
    case :unicode.characters_to_list(bin, enc) do
      {tag, _done, rest} when tag in [:error, :incomplete] -> throw({:error, :invalid_input, rest})
      chars -> chars
    end
  end

  defp from_code_points(chars, enc), do: convert(chars, :utf8, enc)

  defp flatten_chars([h | t], enc, acc) when is_binary(h), do: flatten_chars(t, enc, :lists.reverse(to_code_points(h, enc), acc))
  defp flatten_chars([h | t], enc, acc) when is_list(h), do: flatten_chars(h ++ t, enc, acc)
  defp flatten_chars([h | t], enc, acc), do: flatten_chars(t, enc, [h | acc])
  defp flatten_chars([], _enc, acc), do: :lists.reverse(acc)
  defp flatten_chars(other, _enc, _acc), do: throw({:error, :invalid_input, other})

  # ---------------------------------------------------------------------------
  # allowed_characters, quote/unquote, percent_decode (OTP 25)

  def allowed_characters do
    ascii = Enum.to_list(0..127)
    gen_delim? = &(&1 in ':/?#[]@')

    [
      scheme: Enum.filter(ascii, &(&1 in ?a..?z or &1 in ?A..?Z or &1 in ?0..?9 or &1 in '+-.')),
      userinfo: Enum.filter(ascii, &userinfo_char?/1),
      host: Enum.filter(ascii, &(unreserved?(&1) or sub_delim?(&1) or &1 == ?:)),
      ipv4: Enum.filter(ascii, &(&1 in ?0..?9 or &1 == ?.)),
      ipv6: Enum.filter(ascii, &(hex?(&1) or &1 in ':.')),
      regname: Enum.filter(ascii, &reg_name_char?/1),
      path: Enum.filter(ascii, &path_char?/1),
      query: Enum.filter(ascii, &query_char?/1),
      fragment: Enum.filter(ascii, &query_char?/1),
      reserved: Enum.filter(ascii, &(gen_delim?.(&1) or sub_delim?(&1))),
      unreserved: Enum.filter(ascii, &unreserved?/1)
    ]
  end

  # (quote and unquote are special forms in Elixir: the names are given as atoms)
  def unquote(:quote)(data), do: quote_chars(data, &unreserved?/1)
  def unquote(:quote)(data, safe), do: quote_chars(data, &(unreserved?(&1) or :lists.member(&1, safe)))

  # each character the predicate refuses becomes its UTF-8 bytes as %XX; a binary stays one
  defp quote_chars(data, keep?) when is_binary(data) do
    for <<c::utf8 <- data>>, into: "", do: if(keep?.(c), do: <<c::utf8>>, else: :erlang.list_to_binary(pct_bytes(<<c::utf8>>)))
  end

  defp quote_chars(data, keep?) do
    data |> :unicode.characters_to_list() |> Enum.flat_map(fn c -> if keep?.(c), do: [c], else: pct_bytes(<<c::utf8>>) end)
  end

  # a binary's bad %XX or invalid UTF-8 result is thrown (OTP 25 does not catch it), a list's answered
  def unquote(:unquote)(data), do: unquote_chars(data)

  defp unquote_chars(data) when is_binary(data), do: raw_decode(data, <<>>)

  defp unquote_chars(data) do
    try do
      data |> :unicode.characters_to_binary() |> raw_decode(<<>>) |> :unicode.characters_to_list()
    catch
      {:error, _, _} = error -> error
    end
  end

  defp raw_decode(<<?%, a, b, rest::binary>>, acc) do
    if hex?(a) and hex?(b),
      do: raw_decode(rest, <<acc::binary, String.to_integer(<<a, b>>, 16)>>),
      else: throw({:error, :invalid_percent_encoding, <<?%, a, b>>})
  end

  defp raw_decode(<<c, rest::binary>>, acc), do: raw_decode(rest, <<acc::binary, c>>)
  defp raw_decode(<<>>, acc), do: if(String.valid?(acc), do: acc, else: throw({:error, :invalid_utf8, acc}))

  def percent_decode(uri) when is_map(uri) do
    try do
      Map.new(uri, fn
        {k, v} when k in [:userinfo, :host, :path, :query, :fragment] ->
          case unquote_chars(v) do
            {:error, reason, input} -> throw({:error, {:invalid, {k, {reason, input}}}})
            decoded -> {k, decoded}
          end

        pair ->
          pair
      end)
    catch
      result -> result
    end
  end

  def percent_decode(uri) when is_list(uri) or is_binary(uri), do: unquote_chars(uri)
end
