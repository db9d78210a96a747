# @tag :tmp_dir, @tag tmp_dir: "sub/path", @describetag and @moduletag :tmp_dir: the directory
# tmp/<module>/<escaped test name>-<hash> under the current directory, emptied before the test, in
# the context as :tmp_dir (paths printed relative to the current directory). The suite removes
# what it created when its module is done.
ExUnit.start(seed: 0)

defmodule TmpDirTagTest do
  use ExUnit.Case

  setup_all do
    # a file left from an earlier run: the directory is emptied before the test
    stale = "tmp/TmpDirTagTest/test-plain-c4d7a9d0"
    File.mkdir_p!(stale)
    File.write!(Path.join(stale, "stale"), "x")
    on_exit(fn ->
      File.rm_rf!("tmp/TmpDirTagTest")
      # the suite's own tmp/ goes when nothing else is in it (this module runs last)
      File.rmdir("tmp")
    end)
    :ok
  end

  @tag :tmp_dir
  test "plain", %{tmp_dir: dir} do
    IO.inspect(Path.relative_to_cwd(dir))
    IO.inspect(File.ls!(dir))
    IO.inspect(File.dir?(dir))
    File.write!(Path.join(dir, "f"), "x")
  end

  @tag tmp_dir: "custom/path"
  test "custom: with/weird chars?*<>|\"~#%&{}\\+[]", ctx do
    IO.inspect(Path.relative_to_cwd(ctx.tmp_dir))
    IO.inspect(File.dir?(ctx.tmp_dir))
  end

  @tag tmp_dir: false
  test "false", ctx do
    IO.inspect(Map.get(ctx, :tmp_dir))
  end

  describe "a describe" do
    @describetag :tmp_dir
    setup %{tmp_dir: dir}, do: [seen_in_setup: Path.relative_to_cwd(dir)]

    test "with its tag", ctx do
      IO.inspect(Path.relative_to_cwd(ctx.tmp_dir))
      IO.inspect(ctx.seen_in_setup)
    end
  end

  @tag tmp_dir: "/abs"
  test "abs", ctx do
    IO.inspect(Path.relative_to_cwd(ctx.tmp_dir))
  end
end

defmodule Deep.Mod.TmpTest do
  use ExUnit.Case
  @moduletag :tmp_dir

  setup_all do
    on_exit(fn -> File.rm_rf!("tmp/Deep.Mod.TmpTest") end)
  end

  test "é unicode 日本 name with spaces  and  more", %{tmp_dir: dir} do
    IO.inspect(Path.relative_to_cwd(dir))
  end
end
