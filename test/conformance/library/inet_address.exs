# :inet's address text: ntoa/1 and parse_address/1 and their variants, as OTP 25 writes them.
for ip <- [
      {127, 0, 0, 1},
      {0, 0, 0, 0},
      {255, 255, 255, 255},
      {0, 0, 0, 0, 0, 0, 0, 0},
      {0, 0, 0, 0, 0, 0, 0, 1},
      {0, 0, 0, 0, 0, 0xFFFF, 0x7F00, 1},
      {0, 0, 0, 0, 0, 0, 0x7F00, 1},
      {0x2001, 0xDB8, 0, 0, 1, 0, 0, 1},
      {0x2001, 0xDB8, 0, 1, 1, 1, 1, 1},
      {1, 0, 0, 0, 0, 0, 0, 0},
      {0xFE80, 0, 0, 0, 0x1FF, 0xFE23, 0x4567, 0x890A},
      {256, 1, 1, 1},
      {1, 2, 3},
      :nope
    ] do
  IO.inspect(:inet.ntoa(ip), label: inspect(ip))
end

for text <- [
      '127.0.0.1',
      '1.2.3',
      '1.2',
      '10',
      '01.2.3.4',
      '256.1.1.1',
      '::1',
      '::',
      'fe80::1ff:fe23:4567:890a',
      'FE80::1',
      '::ffff:1.2.3.4',
      '1:2:3:4:5:6:7:8',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      'localhost',
      ''
    ] do
  IO.inspect(
    {:inet.parse_address(text), :inet.parse_strict_address(text), :inet.parse_ipv4_address(text),
     :inet.parse_ipv6_address(text), :inet.parse_ipv6strict_address(text)},
    label: inspect(text)
  )
end
