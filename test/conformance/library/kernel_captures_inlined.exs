# Captures of the Kernel functions Elixir inlines name the BIF (&Kernel.+/2 and &+/2 are &:erlang.+/2), others stay Kernel
IO.inspect [&-/1, &+/1, &not/1, &!==/2, &node/0, &binary_part/3, &make_ref/0, &Kernel.node/1, &Kernel.is_function/2, &Kernel.ceil/1, &floor/1, &bit_size/1, &is_bitstring/1, &is_port/1, &is_reference/1, &spawn/3, &spawn_link/1, &spawn_link/3, &Kernel.spawn_link/3, &Kernel.-/1, &Kernel.not/1, &Kernel.!==/2, &Kernel.make_ref/0, &Kernel.binary_part/3]
IO.inspect [&Kernel.+/2, &Kernel.hd/1, &Kernel.length/1, &Kernel.elem/2, &Kernel.is_atom/1, &Kernel.abs/1, &Kernel.div/2, &Kernel.==/2, &Kernel.max/2, &Kernel.send/2, &Kernel.self/0, &Kernel.map_size/1, &Kernel.put_elem/3, &Kernel.round/1, &Kernel.apply/3, &Kernel.exit/1, &Kernel.++/2, &Kernel.===/2, &Kernel.<=/2, &Kernel.is_map_key/2, &Kernel.inspect/1]
f = &Kernel.+/2
IO.inspect f.(1, 2)
IO.inspect Enum.map([1, -2], &Kernel.abs/1)
IO.inspect Enum.reduce([1, 2, 3], &Kernel.*/2)
