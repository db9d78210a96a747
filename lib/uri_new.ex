defmodule URI.Error do
  defexception [:action, :reason, :part]

  @impl true
  def message(%{action: action, reason: reason, part: part}) do
    "cannot #{action} due to reason #{reason}: #{inspect(part)}"
  end
end

defmodule URI.Strict do
  @moduledoc false
  # URI.new/1: RFC 3986 parsing as OTP's :uri_string.parse does it (no normalisation, no
  # percent-decoding; an empty port is :undefined). On failure the reported part is what
  # :uri_string reports: the first character a relative reference cannot hold.

  @absolute ~r/^([A-Za-z][A-Za-z0-9+.\-]*):(?:\/\/([^\/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s
  @relative ~r/^(?:\/\/([^\/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s

  def new(string) do
    case absolute(string) || relative(string) do
      nil -> {:error, error_part(string)}
      uri -> {:ok, uri}
    end
  end

  defp absolute(string) do
    case Regex.run(@absolute, string, capture: :all_but_first, return: :index) do
      nil ->
        nil

      indexes ->
        [scheme, authority, path, query, fragment] = parts(string, indexes, 5)
        build(String.downcase(scheme), authority, path, query, fragment)
    end
  end

  defp relative(string) do
    case Regex.run(@relative, string, capture: :all_but_first, return: :index) do
      nil ->
        nil

      indexes ->
        [authority, path, query, fragment] = parts(string, indexes, 4)

        if authority == nil and not String.starts_with?(path, "/") and
             String.contains?(hd(String.split(path, "/")), ":") do
          nil
        else
          build(nil, authority, path, query, fragment)
        end
    end
  end

  # a group that did not take part is nil; one that matched empty text is ""
  defp parts(string, indexes, count) do
    indexes = indexes ++ List.duplicate({-1, 0}, count - length(indexes))
    Enum.map(indexes, fn
      {-1, _} -> nil
      {start, len} -> binary_part(string, start, len)
    end)
  end

  defp build(scheme, authority, path, query, fragment) do
    with true <- path_ok?(path),
         true <- query == nil or query_ok?(query),
         true <- fragment == nil or query_ok?(fragment),
         {:ok, userinfo, host, port} <- split_authority(authority) do
      port = if port == nil and scheme != nil and host != nil, do: URI.default_port(scheme), else: port

      %URI{
        scheme: scheme,
        userinfo: userinfo,
        host: host,
        port: port,
        path: if(path == "", do: nil, else: path),
        query: query,
        fragment: fragment
      }
    else
      _ -> nil
    end
  end

  defp split_authority(nil), do: {:ok, nil, nil, nil}

  defp split_authority(authority) do
    {userinfo, hostport} =
      case String.split(authority, "@") do
        [hostport] -> {nil, hostport}
        [userinfo, hostport] -> {userinfo, hostport}
        _ -> {:bad, ""}
      end

    with true <- userinfo == nil or (userinfo != :bad and chars_ok?(userinfo, ":")),
         {:ok, host, port} <- split_host(hostport) do
      {:ok, userinfo, host, port}
    else
      _ -> :error
    end
  end

  defp split_host("[" <> rest) do
    case String.split(rest, "]", parts: 2) do
      [ip, port_part] -> if ip_literal?(ip), do: with_port(ip, port_part), else: :error
      _ -> :error
    end
  end

  defp split_host(hostport) do
    case String.split(hostport, ":", parts: 2) do
      [host] -> if chars_ok?(host, ""), do: {:ok, host, nil}, else: :error
      [host, port] -> if chars_ok?(host, ""), do: with_port(host, ":" <> port), else: :error
    end
  end

  defp with_port(host, ""), do: {:ok, host, nil}
  defp with_port(host, ":"), do: {:ok, host, :undefined}

  defp with_port(host, ":" <> port) do
    if port =~ ~r/^[0-9]+$/, do: {:ok, host, String.to_integer(port)}, else: :error
  end

  defp with_port(_host, _), do: :error

  defp ip_literal?(ip), do: ip =~ ~r/^[0-9A-Fa-f:.]+$/ or ip =~ ~r/^[vV][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+$/

  defp path_ok?(path), do: chars_ok?(path, ":@/")
  defp query_ok?(text), do: chars_ok?(text, ":@/?")

  # unreserved, sub-delims, percent, plus the extra characters the component allows
  defp chars_ok?(text, extra) do
    text |> String.to_charlist() |> Enum.all?(&allowed?(&1, extra))
  end

  defp allowed?(c, extra) do
    c in ?a..?z or c in ?A..?Z or c in ?0..?9 or c in '-._~!$&\'()*+,;=%' or c in String.to_charlist(extra)
  end

  defp error_part(string) do
    {authority, rest} =
      case string do
        "//" <> tail ->
          [auth | _] = String.split(tail, ["/", "?", "#"], parts: 2)
          {auth, binary_part(tail, byte_size(auth), byte_size(tail) - byte_size(auth))}

        _ ->
          {nil, string}
      end

    first_bad(authority, ":@[]") || first_bad_path(rest, authority == nil) || ":"
  end

  defp first_bad(nil, _extra), do: nil

  defp first_bad(text, extra) do
    Enum.find_value(String.codepoints(text), fn ch ->
      <<c::utf8>> = ch
      if allowed?(c, extra), do: nil, else: ch
    end)
  end

  defp first_bad_path(text, first_segment?) do
    text
    |> String.codepoints()
    |> Enum.reduce_while({first_segment?, :path}, fn ch, {first, part} ->
      <<c::utf8>> = ch

      cond do
        ch == "?" and part == :path -> {:cont, {false, :query}}
        ch == "#" and part != :fragment -> {:cont, {false, :fragment}}
        ch == ":" and first and part == :path -> {:halt, ":"}
        ch == "/" and part == :path -> {:cont, {false, part}}
        part != :path and allowed?(c, ":@/?") -> {:cont, {first, part}}
        part == :path and allowed?(c, ":@") -> {:cont, {first, part}}
        true -> {:halt, ch}
      end
    end)
    |> case do
      {_, _} -> nil
      ch -> ch
    end
  end
end
