# A library module's md5 (and the vsn made of it) leaves out its docs: no wait for them
IO.inspect(byte_size(Enum.module_info(:md5)))
[vsn] = Enum.module_info(:attributes)[:vsn]
IO.inspect(is_integer(vsn))
