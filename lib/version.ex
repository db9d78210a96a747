defmodule Version do
  @moduledoc "Semantic versions and requirements as Elixir 1.14's Version: parse, compare, match?."

  import Kernel, except: [match?: 2]

  @derive {Inspect, optional: [:pre, :build]}
  @enforce_keys [:major, :minor, :patch]
  defstruct [:major, :minor, :patch, pre: [], build: nil]

  defmodule Requirement do
    @moduledoc false
    # lexed: [op, {major, minor, patch | nil, pre, build}, :&& | :||, op, ...]
    defstruct [:source, :lexed]

    def new(source, lexed), do: %Requirement{source: source, lexed: lexed}

    def match?(%Requirement{lexed: lexed}, version), do: match_lexed?(lexed, version)

    def compile_requirement(%Requirement{} = requirement), do: requirement

    defp match_lexed?([op, req, :&& | rest], version), do: match_op?(op, req, version) and match_lexed?(rest, version)
    defp match_lexed?([op, req, :|| | rest], version), do: match_op?(op, req, version) or match_lexed?(rest, version)
    defp match_lexed?([op, req], version), do: match_op?(op, req, version)

    defp match_op?(:==, req, version), do: Version.__compare__(version, req) == :eq
    defp match_op?(:!=, req, version), do: Version.__compare__(version, req) != :eq
    defp match_op?(:<, req, version), do: Version.__compare__(version, req) == :lt
    defp match_op?(:<=, req, version), do: Version.__compare__(version, req) != :gt
    defp match_op?(:>, req, version), do: Version.__compare__(version, req) == :gt and pre_allowed?(req, version)
    defp match_op?(:>=, req, version), do: Version.__compare__(version, req) != :lt and pre_allowed?(req, version)

    # ~> 2.1 is >= 2.1.0 and < 3.0.0-0; ~> 2.1.3 is >= 2.1.3 and < 2.2.0-0
    defp match_op?(:~>, {major, minor, nil, pre, _}, version) do
      Version.__compare__(version, {major, minor, 0, pre, nil}) != :lt and
        Version.__compare__(version, {major + 1, 0, 0, [0], nil}) == :lt and pre_allowed?({major, minor, 0, pre, nil}, version)
    end

    defp match_op?(:~>, {major, minor, _, _, _} = req, version) do
      Version.__compare__(version, req) != :lt and
        Version.__compare__(version, {major, minor + 1, 0, [0], nil}) == :lt and pre_allowed?(req, version)
    end

    # a pre-release version only satisfies a lower bound when pre-releases are allowed or the
    # bound names a pre-release itself
    defp pre_allowed?({_, _, _, req_pre, _}, {_, _, _, pre, allow_pre}), do: allow_pre or req_pre != [] or pre == []
  end

  defmodule InvalidRequirementError do
    defexception [:requirement]

    @impl true
    def exception(requirement) when is_binary(requirement), do: %InvalidRequirementError{requirement: requirement}

    @impl true
    def message(%{requirement: requirement}), do: "invalid requirement: " <> inspect(requirement)
  end

  defmodule InvalidVersionError do
    defexception [:version]

    @impl true
    def exception(version) when is_binary(version), do: %InvalidVersionError{version: version}

    @impl true
    def message(%{version: version}), do: "invalid version: " <> inspect(version)
  end

  def match?(version, requirement, opts \\ [])

  def match?(version, requirement, opts) when is_binary(requirement) do
    match?(version, __at_line__(287, parse_requirement!(requirement)), opts)
  end

  def match?(version, requirement, opts) do
    allow_pre = Keyword.get(opts, :allow_pre, true)
    matchable = __at_line__(292, to_matchable(version, allow_pre))
    Requirement.match?(requirement, matchable)
  end

  def compare(version1, version2), do: __compare__(__at_line__(335, to_matchable(version1, true)), __at_line__(335, to_matchable(version2, true)))

  @doc false
  # build metadata never counts; a pre-release sorts before its release; pre parts compare as
  # Erlang terms (numbers before strings)
  def __compare__({major1, minor1, patch1, pre1, _}, {major2, minor2, patch2, pre2, _}) do
    cond do
      {major1, minor1, patch1} > {major2, minor2, patch2} -> :gt
      {major1, minor1, patch1} < {major2, minor2, patch2} -> :lt
      pre1 == [] and pre2 != [] -> :gt
      pre1 != [] and pre2 == [] -> :lt
      pre1 > pre2 -> :gt
      pre1 < pre2 -> :lt
      true -> :eq
    end
  end

  def parse(string) when is_binary(string) do
    case Version.Parser.parse_version(string, false) do
      {:ok, {major, minor, patch, pre, build}} -> {:ok, %Version{major: major, minor: minor, patch: patch, pre: pre, build: build}}
      :error -> :error
    end
  end

  def parse!(string) when is_binary(string) do
    case parse(string) do
      {:ok, version} -> version
      :error -> __at_line__(397, raise(InvalidVersionError, string))
    end
  end

  def parse_requirement(string) when is_binary(string) do
    lexed = lex(string, [])
    if valid_requirement?(lexed), do: {:ok, Requirement.new(string, lexed)}, else: :error
  end

  def parse_requirement!(string) when is_binary(string) do
    case parse_requirement(string) do
      {:ok, requirement} -> requirement
      :error -> __at_line__(441, raise(InvalidRequirementError, string))
    end
  end

  def compile_requirement(requirement), do: Requirement.compile_requirement(requirement)

  def to_string(%Version{} = version), do: String.Chars.Version.to_string(version)

  defp to_matchable(%Version{major: major, minor: minor, patch: patch, pre: pre}, allow_pre), do: {major, minor, patch, pre, allow_pre}

  defp to_matchable(string, allow_pre) do
    case __at_line__(458, Version.Parser.parse_version(string)) do
      {:ok, {major, minor, patch, pre, _build}} -> {major, minor, patch, pre, allow_pre}
      :error -> __at_line__(463, raise(InvalidVersionError, string))
    end
  end


  @operators [{">=", :>=}, {"<=", :<=}, {"~>", :~>}, {">", :>}, {"<", :<}, {"==", :==}, {"!=", :!=}, {"!", :!=}, {" or ", :||}, {" and ", :&&}]

  defp lex("", acc) do
    acc
    |> :lists.reverse()
    |> Enum.map(fn
      {:version, text} ->
        case Version.Parser.parse_version(text, true) do
          {:ok, version} -> version
          :error -> :error
        end

      op ->
        op
    end)
  end

  defp lex(string, acc) do
    case Enum.find(@operators, fn {text, _} -> String.starts_with?(string, text) end) do
      {text, op} ->
        if op == :!=, do: IO.warn("!= inside Version requirements is deprecated, use ~> or >= instead")
        lex(binary_part(string, byte_size(text), byte_size(string) - byte_size(text)), [op | acc])

      nil ->
        <<char::utf8, rest::binary>> = string

        cond do
          char == ?\s -> lex(rest, acc)
          true -> lex(rest, add_char(acc, <<char::utf8>>))
        end
    end
  end

  # a version with no operator before it is an exact requirement
  defp add_char([{:version, text} | acc], char), do: [{:version, text <> char} | acc]
  defp add_char([], char), do: [{:version, char}, :==]
  defp add_char([op | _] = acc, char) when op in [:||, :&&], do: [{:version, char}, :== | acc]
  defp add_char(acc, char), do: [{:version, char} | acc]

  defp valid_requirement?([]), do: false
  defp valid_requirement?([first | rest]), do: valid_requirement?(first, rest)

  defp valid_requirement?(version, []) when is_tuple(version), do: true
  defp valid_requirement?(join, [op | rest]) when join in [:||, :&&] and is_atom(op), do: valid_requirement?(op, rest)
  defp valid_requirement?(version, [join | rest]) when is_tuple(version) and join in [:||, :&&], do: valid_requirement?(join, rest)
  defp valid_requirement?(:~>, [version | rest]) when is_tuple(version), do: valid_requirement?(version, rest)

  defp valid_requirement?(op, [{_, _, patch, _, _} = version | rest]) when is_atom(op) and is_integer(patch),
    do: valid_requirement?(version, rest)

  defp valid_requirement?(_, _), do: false
end

# the parsing of a version's text, where Elixir has it (its frames name Version.Parser)
defmodule Version.Parser do
  @moduledoc false

  # approximate: the patch may be left out (the operand of ~>)
  def parse_version(string, approximate \\ false)

  def parse_version(string, approximate) when is_binary(string) do
    [version_pre | build] = :binary.split(string, "+")
    [version | pre] = :binary.split(version_pre, "-")

    with [major, minor | patch] when length(patch) <= 1 <- :binary.split(version, ".", [:global]),
         {:ok, major} <- number(major),
         {:ok, minor} <- number(minor),
         {:ok, patch} <- patch(patch, approximate),
         {:ok, pre} <- identifiers(pre),
         {:ok, pre} <- pre_parts(pre, []),
         {:ok, build} <- identifiers(build) do
      {:ok, {major, minor, patch, pre, if(build == [], do: nil, else: Enum.join(build, "."))}}
    else
      _ -> :error
    end
  end

  defp patch([], true), do: {:ok, nil}
  defp patch([patch], _approximate), do: number(patch)
  defp patch(_, _), do: :error

  defp number(<<?0, _, _::binary>>), do: :error
  defp number(""), do: :error
  defp number(digits), do: if(digits?(digits), do: {:ok, String.to_integer(digits)}, else: :error)

  defp digits?(<<c, rest::binary>>) when c in ?0..?9, do: digits?(rest)
  defp digits?(<<>>), do: true
  defp digits?(_), do: false

  defp identifiers([]), do: {:ok, []}

  defp identifiers([string]) do
    parts = :binary.split(string, ".", [:global])
    if Enum.all?(parts, &(&1 != "" and identifier?(&1))), do: {:ok, parts}, else: :error
  end

  defp identifier?(<<c, rest::binary>>) when c in ?0..?9 or c in ?a..?z or c in ?A..?Z or c == ?-, do: identifier?(rest)
  defp identifier?(<<>>), do: true
  defp identifier?(_), do: false

  # numeric pre-release parts are integers, and may not have leading zeros
  defp pre_parts([part | rest], acc) do
    cond do
      not digits?(part) -> pre_parts(rest, [part | acc])
      byte_size(part) > 1 and :binary.first(part) == ?0 -> :error
      true -> pre_parts(rest, [String.to_integer(part) | acc])
    end
  end

  defp pre_parts([], acc), do: {:ok, :lists.reverse(acc)}
end

defimpl String.Chars, for: Version do
  def to_string(%Version{major: major, minor: minor, patch: patch, pre: pre, build: build}) do
    pre = if pre == [], do: "", else: "-" <> Enum.map_join(pre, ".", &Kernel.to_string/1)
    build = if build, do: "+" <> build, else: ""
    "#{major}.#{minor}.#{patch}" <> pre <> build
  end
end

defimpl String.Chars, for: Version.Requirement do
  def to_string(%Version.Requirement{source: source}), do: source
end

defimpl Inspect, for: Version.Requirement do
  def inspect(%Version.Requirement{source: source}, _opts) do
    "Version.parse_requirement!(" <> Kernel.inspect(source) <> ")"
  end
end
