# :beam_lib on object code from Code.compile_string and on files: version/1, md5/1 and the
# attributes, exports and compile_info chunks, with OTP's answers for what is not object code
source = """
defmodule Upgraded do
  @vsn 3
  Module.register_attribute(__MODULE__, :keep, persist: true)
  @keep 5
  @behaviour GenServer
  @behaviour Access
  @keep 6
  def init(x), do: {:ok, x}
  def f, do: g()
  defp g, do: :lists.reverse([1])
end
"""
[{Upgraded, bin}] = Code.compile_string(source)
IO.inspect(Upgraded.module_info(:attributes), label: "module_info")
IO.inspect(:beam_lib.chunks(bin, [:attributes]), label: "attributes chunk")
IO.inspect(:beam_lib.version(bin), label: "version")
IO.inspect(:beam_lib.chunks(bin, [:exports, :attributes]), label: "two chunks")
{:ok, {Upgraded, [compile_info: info]}} = :beam_lib.chunks(bin, [:compile_info])
IO.inspect(Keyword.take(info, [:version, :options]), label: "compile_info")
IO.inspect(:beam_lib.chunks(bin, []), label: "no chunks")
{:ok, {Upgraded, md5}} = :beam_lib.md5(bin)
IO.inspect(byte_size(md5), label: "md5 bytes")
IO.inspect(:beam_lib.chunks(bin, [:nope]) |> elem(2) |> elem(2), label: "unknown chunk")
IO.inspect(:beam_lib.chunks(<<1, 2>>, [:attributes]), label: "not object code")
IO.inspect(:beam_lib.chunks('nope', [:attributes]), label: "no file")
IO.inspect(:beam_lib.chunks(:"nope.x", [:attributes]), label: "atom file name")
IO.inspect(:beam_lib.md5('nope.beam'), label: "md5 no file")
dir = System.tmp_dir!() |> Path.join("beam_lib_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
File.write!(Path.join(dir, "junk.beam"), "junk")
{:error, :beam_lib, {:not_a_beam_file, name}} = :beam_lib.version(String.to_charlist(Path.join(dir, "junk")))
IO.inspect({is_atom(name), Path.basename(Atom.to_string(name))}, label: "junk file")
File.rm_rf!(dir)
{:ok, {Enum, [vsn]}} = :beam_lib.version(:code.which(Enum))
IO.inspect(is_integer(vsn), label: "library module's version")
{:ok, {Enum, [exports: exports]}} = :beam_lib.chunks(:code.which(Enum), [:exports])
IO.inspect({:map, 2} in exports and exports == Enum.sort(exports), label: "library exports sorted")
try do
  :beam_lib.chunks(bin, :attributes)
rescue
  e in FunctionClauseError -> IO.inspect({e.module, e.function, e.arity}, label: "refs not a list")
end
{:EXIT, {reason, _}} = :beam_lib.version(1)
IO.inspect(reason, label: "version of a number")
