defmodule FsTree do
  def parse(lines), do: parse(lines, [], %{})

  defp parse([], _cwd, sizes), do: sizes
  defp parse(["$ cd /" | rest], _cwd, sizes), do: parse(rest, ["/"], sizes)
  defp parse(["$ cd .." | rest], [_ | cwd], sizes), do: parse(rest, cwd, sizes)
  defp parse(["$ cd " <> dir | rest], cwd, sizes), do: parse(rest, [dir | cwd], sizes)
  defp parse(["$ ls" | rest], cwd, sizes), do: parse(rest, cwd, sizes)
  defp parse(["dir " <> _ | rest], cwd, sizes), do: parse(rest, cwd, sizes)

  defp parse([file | rest], cwd, sizes) do
    {size, " " <> _name} = Integer.parse(file)

    sizes =
      cwd
      |> Enum.reverse()
      |> Enum.scan(&Path.join(&2, &1))
      |> Enum.reduce(sizes, fn path, acc -> Map.update(acc, path, size, &(&1 + size)) end)

    parse(rest, cwd, sizes)
  end
end

input = """
$ cd /
$ ls
dir a
14848514 b.txt
8504156 c.dat
dir d
$ cd a
$ ls
dir e
29116 f
2557 g
62596 h.lst
$ cd e
$ ls
584 i
$ cd ..
$ cd ..
$ cd d
$ ls
4060174 j
8033020 d.log
5626152 d.ext
7214296 k
"""

sizes = input |> String.split("\n", trim: true) |> FsTree.parse()
IO.inspect(sizes |> Enum.sort())
IO.puts(sizes |> Map.values() |> Enum.filter(&(&1 <= 100_000)) |> Enum.sum())
need = 30_000_000 - (70_000_000 - sizes["/"])
IO.puts(sizes |> Map.values() |> Enum.filter(&(&1 >= need)) |> Enum.min())
IO.inspect(Integer.parse("12abc"))
IO.inspect(Integer.parse("-7"))
IO.inspect(Integer.parse("abc"))
IO.inspect(Integer.parse("ff", 16))
IO.inspect(Float.parse("3.25e2xyz"))
IO.inspect(Float.parse(".5"))
IO.inspect(Path.join(["/", "a", "b"]))
IO.inspect(Path.split("/a/b/c.txt"))
IO.inspect({Path.basename("/a/b/c.txt", ".txt"), Path.extname("x.tar.gz"), Path.dirname("/a/b/c"), Path.rootname("a/b.ex")})
IO.inspect(Path.expand("a/../b", "/root"))
IO.inspect(Path.relative_to("/usr/local/bin", "/usr"))
