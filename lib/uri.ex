defmodule URI do
  @moduledoc "URIs (RFC 3986): parse, to_string, percent-encoding, queries and merge."

  defstruct scheme: nil, authority: nil, userinfo: nil, host: nil, port: nil, path: nil, query: nil, fragment: nil

  @ports %{
    "ftp" => 21, "sftp" => 22, "tftp" => 69, "http" => 80, "https" => 443, "ldap" => 389, "ws" => 80, "wss" => 443
  }

  def default_port(scheme) when is_binary(scheme) do
    Map.get(Application.get_env(:elixir, :uri_default_ports, @ports), scheme)
  end

  def default_port(scheme, port) when is_binary(scheme) and is_integer(port) and port >= 0 do
    ports = Application.get_env(:elixir, :uri_default_ports, @ports)
    Application.put_env(:elixir, :uri_default_ports, Map.put(ports, scheme, port))
  end

  # ---- parsing -----------------------------------------------------------------------------------

  def new(%URI{} = uri), do: {:ok, uri}
  # as Elixir 1.14: RFC 3986 parsing by :uri_string, whose error names the part it stopped at
  def new(string) when is_binary(string) do
    case :uri_string.parse(string) do
      %{} = parts -> {:ok, from_parts(parts)}
      {:error, :invalid_uri, part} -> {:error, Kernel.to_string(part)}
    end
  end

  def new!(%URI{} = uri), do: uri

  def new!(string) when is_binary(string) do
    case new(string) do
      {:ok, uri} -> uri
      {:error, part} -> __at_line__(637, raise(URI.Error, action: :parse, reason: :invalid_uri, part: part))
    end
  end

  # :uri_string's parts: an empty path is nil, the scheme in lowercase, and without a port
  # (:undefined for "h:" stays) the scheme's default one
  defp from_parts(parts) do
    uri = struct(URI, Map.update!(parts, :path, fn "" -> nil; path -> path end))

    case parts do
      %{scheme: scheme, port: _} -> %{uri | scheme: String.downcase(scheme, :ascii)}
      %{scheme: scheme} -> %{uri | scheme: String.downcase(scheme, :ascii), port: default_port(String.downcase(scheme, :ascii))}
      %{} -> uri
    end
  end

  def parse(%URI{} = uri), do: uri

  def parse(string) when is_binary(string) do
    parts = Regex.run(~r{^(([a-z][a-z0-9\+\-\.]*):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?}is, string)
    parts = parts ++ List.duplicate("", 10 - length(parts))
    [_, _, scheme, with_authority, authority, path, with_query, query, with_fragment, fragment] = parts
    scheme = if scheme == "", do: nil, else: String.downcase(scheme)
    path = if path == "", do: nil, else: path
    query = if with_query == "", do: nil, else: query
    fragment = if with_fragment == "", do: nil, else: fragment
    default = scheme && default_port(scheme)

    if with_authority == "" do
      %URI{scheme: scheme, path: path, query: query, fragment: fragment, port: default}
    else
      {userinfo, host, port} = split_authority(authority)

      %URI{
        scheme: scheme,
        authority: authority,
        userinfo: userinfo,
        host: host,
        port: port || default,
        path: path,
        query: query,
        fragment: fragment
      }
    end
  end

  defp split_authority(authority) do
    [_, userinfo, host, port] =
      Regex.run(~r/^(?:(.*)@)?(\[[a-zA-Z0-9:.]*\]|[^:]*)(?::(\d*))?/, authority) ++ ["", "", ""]
      |> Enum.take(4)

    userinfo = if userinfo == "", do: nil, else: userinfo
    # (an empty host is nil, but for "//" alone, as Elixir 1.14's split_authority/1 has it)
    host =
      cond do
        authority == "" -> ""
        host == "" -> nil
        true -> host |> String.trim_leading("[") |> String.trim_trailing("]")
      end

    port = if port == "", do: nil, else: String.to_integer(port)
    {userinfo, host, port}
  end

  # ---- to_string ---------------------------------------------------------------------------------

  @doc false
  # (String.Chars.URI.to_string/1's second clause: a map with those keys, the rest read as needed)
  def __to_string__(uri) do
    %{scheme: scheme, port: port, path: path, query: query, fragment: fragment} = uri

    authority =
      if uri.host do
        host = if String.contains?(uri.host, ":"), do: "[" <> uri.host <> "]", else: uri.host
        user = if uri.userinfo, do: uri.userinfo <> "@", else: ""
        port_part = if port && port != (scheme && default_port(scheme)), do: ":" <> Integer.to_string(port), else: ""
        "//" <> user <> host <> port_part
      else
        # (without a host, the authority as parsed)
        if uri.authority, do: "//" <> uri.authority, else: ""
      end

    IO.iodata_to_binary([
      if(scheme, do: [scheme, ?:], else: []),
      authority,
      path || "",
      if(query, do: [??, query], else: []),
      if(fragment, do: [?#, fragment], else: [])
    ])
  end

  # a URI struct (or map) only, as Elixir 1.14's delegation to String.Chars.URI: no string parsed
  def to_string(uri), do: String.Chars.URI.to_string(uri)

  def append_query(%URI{query: nil} = uri, query) when is_binary(query), do: %{uri | query: query}
  def append_query(%URI{} = uri, query) when is_binary(query), do: %{uri | query: uri.query <> "&" <> query}

  # ---- percent-encoding --------------------------------------------------------------------------

  # (any term: what is no such character is false, as Elixir 1.14's `in` tests)
  def char_reserved?(c), do: c in ':/?#[]@!$&\'()*+,;='

  def char_unreserved?(c), do: c in ?0..?9 or c in ?a..?z or c in ?A..?Z or c in '~_-.'

  def char_unescaped?(c), do: char_reserved?(c) or char_unreserved?(c)

  def encode(string, predicate \\ &char_unescaped?/1) when is_binary(string) and is_function(predicate, 1) do
    for <<c <- string>>, into: "", do: percent(c, predicate)
  end

  def encode_www_form(string) when is_binary(string) do
    for <<c <- string>>, into: "" do
      case percent(c, &char_unreserved?/1) do
        "%20" -> "+"
        other -> other
      end
    end
  end

  defp percent(c, predicate) do
    if predicate.(c), do: <<c>>, else: "%" <> hex(c)
  end

  defp hex(c) do
    digits = Integer.to_string(c, 16)
    if byte_size(digits) == 1, do: "0" <> digits, else: digits
  end

  # (any term: what is no binary fails in unpercent/3, as Elixir 1.14's)
  def decode(string), do: unpercent(string, "", false)

  def decode_www_form(string) when is_binary(string), do: unpercent(string, "", true)

  defp unpercent(<<?+, rest::binary>>, acc, true), do: unpercent(rest, <<acc::binary, ?\s>>, true)

  # a % not followed by two hex digits stays as it is (as in Elixir 1.14)
  defp unpercent(<<?%, a, b, rest::binary>>, acc, plus?) do
    if hex_digit?(a) and hex_digit?(b) do
      unpercent(rest, <<acc::binary, String.to_integer(<<a, b>>, 16)>>, plus?)
    else
      unpercent(<<a, b, rest::binary>>, <<acc::binary, ?%>>, plus?)
    end
  end

  defp unpercent(<<c, rest::binary>>, acc, plus?), do: unpercent(rest, <<acc::binary, c>>, plus?)
  defp unpercent(<<>>, acc, _plus?), do: acc

  defp hex_digit?(c), do: c in ?0..?9 or c in ?a..?f or c in ?A..?F

  # ---- queries -----------------------------------------------------------------------------------

  def encode_query(enumerable, encoding \\ :www_form) do
    Enum.map_join(enumerable, "&", &encode_kv_pair(&1, encoding))
  end

  # (a list is no key or value: to_string would take it for chardata)
  defp encode_kv_pair({key, _}, _encoding) when is_list(key) do
    __at_line__(140, raise(ArgumentError, "encode_query/2 keys cannot be lists, got: #{inspect(key)}"))
  end

  defp encode_kv_pair({_, value}, _encoding) when is_list(value) do
    __at_line__(144, raise(ArgumentError, "encode_query/2 values cannot be lists, got: #{inspect(value)}"))
  end

  # (each encoding a clause of its own, at Elixir's lines: a key or value with no String.Chars
  # fails under them; another encoding matches no clause)
  defp encode_kv_pair({key, value}, :rfc3986) do
    __at_line__(148, encode(Kernel.to_string(key), &char_unreserved?/1) <> "=" <> encode(Kernel.to_string(value), &char_unreserved?/1))
  end

  defp encode_kv_pair({key, value}, :www_form) do
    __at_line__(153, encode_www_form(Kernel.to_string(key)) <> "=" <> encode_www_form(Kernel.to_string(value)))
  end

  def decode_query(query, map \\ %{}, encoding \\ :www_form) when is_binary(query) do
    Enum.reduce(query_decoder(query, encoding), map, fn {k, v}, acc -> Map.put(acc, k, v) end)
  end

  def query_decoder(query, encoding \\ :www_form) when is_binary(query) do
    Stream.unfold(query, fn
      "" ->
        nil

      rest ->
        {pair, tail} =
          case :binary.split(rest, "&") do
            [pair, tail] -> {pair, tail}
            [pair] -> {pair, ""}
          end

        {k, v} =
          case :binary.split(pair, "=") do
            [k, v] -> {k, v}
            [k] -> {k, ""}
          end

        {{decode_kv(k, encoding), decode_kv(v, encoding)}, tail}
    end)
  end

  defp decode_kv(s, :www_form), do: decode_www_form(s)
  defp decode_kv(s, :rfc3986), do: decode(s)

  # ---- merge (RFC 3986 section 5.2) ----------------------------------------------------------------

  # (Elixir 1.14 merges only onto a URI with an authority: "mailto:x" and "http:/path" raise, "//h/a" merges)
  def merge(%URI{host: nil}, _rel), do: __at_line__(885, raise(ArgumentError, "you must merge onto an absolute URI"))
  def merge(%URI{}, %URI{scheme: scheme} = rel) when scheme != nil, do: %{rel | path: remove_dot_segments(rel.path)}

  def merge(%URI{} = base, %URI{host: host} = rel) when host != nil do
    %{rel | scheme: base.scheme, path: remove_dot_segments(rel.path)}
  end

  def merge(%URI{} = base, %URI{path: nil} = rel) do
    %{base | query: rel.query || base.query, fragment: rel.fragment}
  end

  def merge(%URI{} = base, %URI{} = rel) do
    path =
      case rel.path do
        "/" <> _ = p -> p
        p -> merge_paths(base, p)
      end

    %{base | path: remove_dot_segments(path), query: rel.query, fragment: rel.fragment}
  end

  def merge(base, rel), do: __at_line__(906, merge(parse(base), parse(rel)))

  defp merge_paths(%URI{host: host, path: nil}, rel) when host != nil, do: "/" <> rel

  defp merge_paths(%URI{path: base_path}, rel) do
    dir =
      case :binary.matches(base_path || "", "/") do
        [] -> ""
        matches -> binary_part(base_path, 0, elem(List.last(matches), 0) + 1)
      end

    dir <> rel
  end

  defp remove_dot_segments(nil), do: nil

  # "." and ".." segments are dropped (a final one leaves no trailing slash, as in Elixir 1.14)
  defp remove_dot_segments(path) do
    :binary.split(path, "/", [:global])
    |> Enum.reduce([], fn
      ".", acc -> acc
      "..", [""] -> [""]
      "..", [] -> []
      "..", [_ | rest] -> rest
      segment, acc -> [segment | acc]
    end)
    |> Enum.reverse()
    |> Enum.join("/")
  end
end

defimpl String.Chars, for: URI do
  # (Elixir 1.14's clauses: a host with a relative path raises, anything but such a map no clause)
  @beamlet_def_line 978
  def to_string(%{host: host, path: path} = uri)
      when host != nil and is_binary(path) and path != "" and binary_part(path, 0, 1) != "/" do
    __at_line__(981, raise(ArgumentError,
          ":path in URI must be empty or an absolute path if URL has a :host, got: #{inspect(uri)}"))
  end

  def to_string(%{scheme: _, port: _, path: _, query: _, fragment: _} = uri), do: URI.__to_string__(uri)
end
